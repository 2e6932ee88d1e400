import { globSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Chart, Figure } from '../schemas/index.ts';
import { formatFigure, formatValue, numbersIn, statesFigure } from '../lib/figures.ts';
import { fileSizeProblem } from './safety/allow-list.ts';
import { listFileYear, progressFileYear, yearlyId } from '../lib/content-layout.ts';
import { lineAt, lineStarts } from './safety/yaml-markup.ts';
import { nearest, type ContentProblem } from './problems.ts';
import type { Entry, ValidContent } from './index.ts';

/** Ids of every entry that exists, valid or not, so a broken entry is not also reported as missing. */
interface ExistingIds {
  readonly years: readonly string[];
  readonly themes: readonly string[];
  /** `<year>/<id>`: a figure id is unique within its year, and names the same measure in every year. */
  readonly figures: readonly string[];
}

/** The ids of `year`'s figures, from `<year>/<id>` keys. */
function idsInYear(keys: readonly string[], year: string): string[] {
  return keys.filter((key) => key.startsWith(`${year}/`)).map((key) => key.slice(year.length + 1));
}

const unitName = { count: 'count', percent: 'percentage' } as const;

/** `item 3 → statement`: where in a list file, counting from 1 as an editor does. */
function itemField(entry: Entry<unknown>, field: string): string {
  return `item ${(entry.index ?? 0) + 1} → ${field}`;
}

/** Reports a year that is not its file's; returns whether the entry's year is right. */
function sameYearAsFile(
  entry: Entry<Figure | Chart>,
  kind: string,
  dir: string,
  yearIds: readonly string[],
  problems: ContentProblem[],
): boolean {
  const year = listFileYear(entry.file);
  if (!yearIds.includes(year)) {
    problems.push({
      file: entry.file,
      message: `the file name "${year}" is not a year listed in ${dir}/years/`,
      hint: `name the file after one of: ${yearIds.join(', ')}`,
    });
  } else if (entry.data.year !== year) {
    problems.push({
      file: entry.file,
      field: itemField(entry, 'year'),
      message: `the year "${entry.data.year}" does not match the file; expected "${year}"`,
      hint: `${kind} for a year live in the file named after it`,
    });
  }
  return entry.data.year === year;
}

/** Ids repeated within one year's file (the same id in another year's file is the same measure, to compare). */
function duplicateIds(entries: readonly Entry<{ id: string }>[], kind: string, hint: string, problems: ContentProblem[]): void {
  for (const entry of entries) {
    const others = entries.filter((other) => other !== entry && other.file === entry.file && other.data.id === entry.data.id);
    if (others.length === 0) continue;
    problems.push({
      file: entry.file,
      field: itemField(entry, 'id'),
      message: `the ${kind} id "${entry.data.id}" is also used by ${others.map((o) => `${o.file} (item ${(o.index ?? 0) + 1})`).join(', ')}`,
      hint,
    });
  }
}

function checkFigures(content: ValidContent, existing: ExistingIds, dir: string, problems: ContentProblem[]): void {
  const achievements = content.progress.flatMap((progress) => {
    const [year, theme] = progress.id.split('/') as [string, string];
    return progress.data.achievements.map((achievement) => ({ year, theme, file: progress.file, achievement }));
  });
  duplicateIds(
    content.figures,
    'figure',
    "a figure id names one number of a year: give this one its own id (the same id in another year's file is how two years are compared)",
    problems,
  );
  for (const entry of content.figures) {
    const figure = entry.data;
    // The same id in another year is the same measure, compared on the figures page: same unit.
    const earlier = content.figures.find((other) => other.data.id === figure.id && other.data.year < figure.year);
    if (earlier && earlier.data.unit !== figure.unit) {
      problems.push({
        file: entry.file,
        field: itemField(entry, 'unit'),
        message: `"${figure.id}" is a ${unitName[figure.unit]} here but a ${unitName[earlier.data.unit]} in ${earlier.file}; the same id in two years is the same measure, compared on the figures page`,
        hint: `use unit: ${earlier.data.unit}, or a new id for a new measure`,
      });
    }
    // A figure in the wrong year would be checked against the wrong achievements: fix the year first.
    if (!sameYearAsFile(entry, 'figures', dir, existing.years, problems)) continue;
    if (!existing.themes.includes(figure.theme)) {
      const guess = nearest(figure.theme, existing.themes);
      problems.push({
        file: entry.file,
        field: itemField(entry, 'theme'),
        message: `unknown theme "${figure.theme}"; expected a file name from ${dir}/themes/`,
        hint: guess ? `did you mean "${guess}"?` : `use one of: ${existing.themes.join(', ')}`,
      });
    }
    const inYear = achievements.filter((a) => a.year === figure.year);
    const source = inYear.find((a) => a.achievement.id === figure.statement);
    if (!source) {
      const guess = nearest(
        figure.statement,
        inYear.map((a) => a.achievement.id),
      );
      problems.push({
        file: entry.file,
        field: itemField(entry, 'statement'),
        message: `unknown achievement "${figure.statement}"; expected the id of an achievement in ${dir}/progress/${figure.year}/`,
        hint: guess ? `did you mean "${guess}"?` : 'use the id of the achievement whose text states this number',
      });
      continue;
    }
    if (existing.themes.includes(figure.theme) && source.theme !== figure.theme) {
      problems.push({
        file: entry.file,
        field: itemField(entry, 'theme'),
        message: `the figure's achievement "${figure.statement}" is under "${source.theme}" (${source.file}), not "${figure.theme}"`,
        hint: `set theme to "${source.theme}"`,
      });
    }
    if (!statesFigure(source.achievement.text, figure)) {
      problems.push({
        file: entry.file,
        field: itemField(entry, 'value'),
        message: `${formatFigure(figure)} is not what the text of "${figure.statement}" says: "${source.achievement.text}"`,
        hint: 'the figure and the achievement must say the same number (with "over" or "more than" if the text has it): correct whichever is wrong',
      });
    }
  }
}

/** The figures' values and the texts of their achievements: all a chart's title and summary may state. */
function numbersAllowedIn(chartFigures: readonly Figure[], content: ValidContent): { values: Set<string>; texts: string[] } {
  const statements = new Set(chartFigures.map((f) => f.statement));
  const related = content.figures
    .map((f) => f.data)
    .filter((f) => statements.has(f.statement) && chartFigures.some((c) => c.year === f.year));
  const texts = content.progress
    .filter((p) => chartFigures.some((f) => p.id.startsWith(`${f.year}/`)))
    .flatMap((p) => p.data.achievements.filter((a) => statements.has(a.id)).map((a) => a.text));
  return { values: new Set(related.map((f) => `${f.value} ${f.unit}`)), texts };
}

function checkCharts(content: ValidContent, existing: ExistingIds, dir: string, problems: ContentProblem[]): void {
  duplicateIds(
    content.charts,
    'chart',
    "each chart of a year needs its own id: it names its CSV file (the same id in another year's file compares the two)",
    problems,
  );
  const figures = new Map(content.figures.map((f) => [yearlyId(f.data.year, f.data.id), f.data]));
  for (const entry of content.charts) {
    const chart = entry.data;
    if (!sameYearAsFile(entry, 'charts', dir, existing.years, problems)) continue;
    const shown: Figure[] = [];
    chart.figures.forEach((id, index) => {
      const field = itemField(entry, `figures item ${index + 1}`);
      const figure = figures.get(yearlyId(chart.year, id));
      if (!figure) {
        if (existing.figures.includes(yearlyId(chart.year, id))) return; // broken, and already reported in its own file
        const otherYear = [...figures.values()].find((f) => f.id === id)?.year;
        if (otherYear) {
          problems.push({
            file: entry.file,
            field,
            message: `the figure "${id}" is from ${otherYear}, not ${chart.year}`,
            hint: `a chart shows one year: add "${id}" to ${dir}/figures/${chart.year}.yaml, or leave it out`,
          });
          return;
        }
        const guess = nearest(id, idsInYear([...figures.keys()], chart.year));
        problems.push({
          file: entry.file,
          field,
          message: `unknown figure "${id}"; expected an id from ${dir}/figures/${chart.year}.yaml`,
          hint: guess ? `did you mean "${guess}"?` : 'add the figure to the figures file first',
        });
        return;
      }
      if (figure.qualifier) {
        problems.push({
          file: entry.file,
          field,
          message: `the figure "${id}" is "${formatFigure(figure)}", not an exact number; a bar would show it as exact`,
          hint: 'leave it out of the chart: its card and the text still show it',
        });
        return;
      }
      shown.push(figure);
    });
    if (shown.length !== chart.figures.length) continue;

    const units = [...new Set(shown.map((f) => f.unit))];
    if (units.length > 1) {
      const byUnit = units.map(
        (unit) =>
          `${unit}: ${shown
            .filter((f) => f.unit === unit)
            .map((f) => f.id)
            .join(', ')}`,
      );
      problems.push({
        file: entry.file,
        field: itemField(entry, 'figures'),
        message: `mixes units (${byUnit.join('; ')}); expected one unit per chart`,
        hint: 'counts and percentages cannot share an axis: make a chart for each',
      });
      continue;
    }
    checkChartShape(entry, shown, problems);
    const allowed = numbersAllowedIn(shown, content);
    for (const field of ['title', 'summary'] as const) {
      for (const number of numbersIn(chart[field])) {
        if (allowed.values.has(`${number.value} ${number.unit}`)) continue;
        if (allowed.texts.some((text) => numbersIn(text).some((n) => n.written === number.written))) continue;
        problems.push({
          file: entry.file,
          field: itemField(entry, field),
          message: `"${number.written}" is not one of the chart's figures (${shown.map((f) => formatValue(f.value, f.unit)).join(', ')}) nor in the text they come from`,
          hint: 'a title or summary states only the numbers the report gives for these achievements',
        });
      }
    }
  }
}

function checkChartShape(entry: Entry<Chart>, shown: readonly Figure[], problems: ContentProblem[]): void {
  const chart = entry.data;
  const field = itemField(entry, 'figures');
  if (chart.kind === 'grouped-bar') {
    const areas = [...new Set(shown.map((f) => f.area))];
    const labels = [...new Set(shown.map((f) => f.label))];
    if (areas.length < 2) {
      problems.push({
        file: entry.file,
        field,
        message: `a grouped bar compares areas, but every figure is for "${areas[0]}"`,
        hint: 'use kind: bar',
      });
      return;
    }
    for (const label of labels) {
      for (const area of areas) {
        const count = shown.filter((f) => f.label === label && f.area === area).length;
        if (count === 1) continue;
        problems.push({
          file: entry.file,
          field,
          message: `"${label}" has ${count} figures for ${area}; expected exactly one (a grouped bar shows each label once per area)`,
          hint: 'give the figures of a group the same label, one per area',
        });
      }
    }
  }
  if (chart.kind === 'funnel') {
    if (shown.length < 2 || shown[0]!.unit !== 'count') {
      problems.push({ file: entry.file, field, message: 'a funnel needs at least two counts, first stage first', hint: 'use kind: bar' });
      return;
    }
    shown.slice(1).forEach((stage, index) => {
      const before = shown[index]!;
      if (stage.value <= before.value) return;
      problems.push({
        file: entry.file,
        field,
        message: `a funnel narrows, but stage ${index + 2} (${formatValue(stage.value, stage.unit)}) is larger than stage ${index + 1} (${formatValue(before.value, before.unit)})`,
        hint: 'list the stages in order, from the first (referrals) to the last (supported)',
      });
    });
  }
}

// [^<>]: a tag never runs past the next <, so the scan stays linear however many tags are unclosed.
const FIGURE_TAG = /<Figure\b([^<>]*)\/?>/g;

/** The value of `name="…"` (or '…') among a tag's attributes. */
function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)')`).exec(attributes);
  return match ? (match[1] ?? match[2]) : undefined;
}

/** What is wrong with one `<Figure … />`, if anything, and a hint. */
function figureTagProblem(
  tag: string,
  attributes: string,
  fileYear: string | undefined,
  figures: readonly string[],
): { message: string; hint: string } | undefined {
  const id = attribute(attributes, 'id');
  if (id === undefined) return { message: `${tag} has no id`, hint: 'name a figure of content/figures/, like <Figure id="marac-cases" />' };
  const year = attribute(attributes, 'year') ?? fileYear;
  const yearsWithId = figures.filter((key) => key.endsWith(`/${id}`)).map((key) => key.slice(0, key.indexOf('/')));
  if (year === undefined) {
    if (yearsWithId.length === 1) return undefined;
    if (yearsWithId.length > 1) {
      return {
        message: `<Figure id="${id}" /> is a figure of ${yearsWithId.join(', ')}; which year is meant?`,
        hint: `name the year, like <Figure id="${id}" year="${yearsWithId.at(-1)}" />`,
      };
    }
  } else if (yearsWithId.includes(year)) return undefined;
  const candidates = year === undefined ? figures.map((key) => key.slice(key.indexOf('/') + 1)) : idsInYear(figures, year);
  const guess = nearest(id, candidates);
  const where = year === undefined ? 'content/figures/' : `content/figures/${year}.yaml`;
  return {
    message: `<Figure id="${id}" /> names no figure${year === undefined ? '' : ` of ${year}`}`,
    hint: guess ? `did you mean "${guess}"?` : `use the id of a figure in ${where}, like <Figure id="marac-cases" />`,
  };
}

/**
 * Every `<Figure id="…" />` in an MDX body must name a figure that exists: in a progress file, one
 * of that file's year (src/lib/figure-year-plugin.ts gives it the year); elsewhere, the year given
 * by `year="…"`, or the only year with that id.
 */
function checkFigureTags(root: string, repoRelative: (p: string) => string, existing: ExistingIds, problems: ContentProblem[]): void {
  for (const relative of globSync('**/*.mdx', { cwd: root }).sort()) {
    const absolute = path.join(root, relative);
    // A file over the size limit is reported once, by the content check, and not read.
    if (fileSizeProblem(statSync(absolute).size)) continue;
    const text = readFileSync(absolute, 'utf8');
    const fileYear = progressFileYear(absolute);
    let starts: number[] | undefined;
    for (const match of text.matchAll(FIGURE_TAG)) {
      const problem = figureTagProblem(match[0], match[1] ?? '', fileYear, existing.figures);
      if (!problem) continue;
      starts ??= lineStarts(text);
      const line = lineAt(starts, match.index);
      problems.push({ file: repoRelative(absolute), field: `line ${line}`, ...problem });
    }
  }
}

/**
 * Checks figures and charts against everything they name: years, themes, the achievements whose
 * text states each number, the figures each chart draws, and the figures MDX text shows.
 */
export function checkFiguresAndCharts(
  root: string,
  content: ValidContent,
  existing: ExistingIds,
  problems: ContentProblem[],
  repoRelative: (p: string) => string,
): void {
  const dir = repoRelative(root);
  checkFigures(content, existing, dir, problems);
  checkCharts(content, existing, dir, problems);
  checkFigureTags(root, repoRelative, existing, problems);
}
