import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Chart, Figure } from '../schemas/index.ts';
import { formatFigure, formatValue, numbersIn, statesFigure } from './figures.ts';
import { nearest, type ContentProblem } from './problems.ts';
import type { Entry, ValidContent } from './validate-content.ts';

/** Ids of every entry that exists, valid or not, so a broken entry is not also reported as missing. */
interface ExistingIds {
  readonly years: readonly string[];
  readonly themes: readonly string[];
  readonly figures: readonly string[];
}

/** `item 3 → statement`: where in a list file, counting from 1 as an editor does. */
function itemField(entry: Entry<unknown>, field: string): string {
  return `item ${(entry.index ?? 0) + 1} → ${field}`;
}

/** The year a list file is for: its name without `.yaml`. */
function fileYear(entry: Entry<unknown>): string {
  return path.basename(entry.file, '.yaml');
}

/** Reports a year that is not its file's; returns whether the entry's year is right. */
function sameYearAsFile(
  entry: Entry<Figure | Chart>,
  kind: string,
  dir: string,
  yearIds: readonly string[],
  problems: ContentProblem[],
): boolean {
  const year = fileYear(entry);
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

function duplicateIds(entries: readonly Entry<{ id: string }>[], kind: string, hint: string, problems: ContentProblem[]): void {
  for (const entry of entries) {
    const others = entries.filter((other) => other !== entry && other.data.id === entry.data.id);
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
    '<Figure id="…"> and charts name a figure by its id alone, so ids are unique across all years: add the year to a repeated one, like "marac-cases-2025-26"',
    problems,
  );
  for (const entry of content.figures) {
    const figure = entry.data;
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
  duplicateIds(content.charts, 'chart', 'each chart needs its own id: it names its CSV file', problems);
  const figures = new Map(content.figures.map((f) => [f.data.id, f.data]));
  for (const entry of content.charts) {
    const chart = entry.data;
    if (!sameYearAsFile(entry, 'charts', dir, existing.years, problems)) continue;
    const shown: Figure[] = [];
    chart.figures.forEach((id, index) => {
      const field = itemField(entry, `figures item ${index + 1}`);
      const figure = figures.get(id);
      if (!figure) {
        if (existing.figures.includes(id)) return; // broken, and already reported in its own file
        const guess = nearest(id, [...figures.keys()]);
        problems.push({
          file: entry.file,
          field,
          message: `unknown figure "${id}"; expected an id from ${dir}/figures/${chart.year}.yaml`,
          hint: guess ? `did you mean "${guess}"?` : 'add the figure to the figures file first',
        });
        return;
      }
      if (figure.year !== chart.year) {
        problems.push({
          file: entry.file,
          field,
          message: `the figure "${id}" is from ${figure.year}, not ${chart.year}`,
          hint: 'a chart shows one year',
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

const FIGURE_TAG = /<Figure\b([^>]*)\/?>/g;
const ID_ATTRIBUTE = /\bid=(?:"([^"]*)"|'([^']*)')/;

/** Every `<Figure id="…" />` in an MDX body must name a figure that exists. */
function checkFigureTags(root: string, repoRelative: (p: string) => string, existing: ExistingIds, problems: ContentProblem[]): void {
  for (const relative of globSync('**/*.mdx', { cwd: root }).sort()) {
    const absolute = path.join(root, relative);
    const text = readFileSync(absolute, 'utf8');
    for (const match of text.matchAll(FIGURE_TAG)) {
      const line = text.slice(0, match.index).split('\n').length;
      const id = ID_ATTRIBUTE.exec(match[1] ?? '');
      const figureId = id?.[1] ?? id?.[2];
      if (figureId !== undefined && existing.figures.includes(figureId)) continue;
      const guess = figureId === undefined ? undefined : nearest(figureId, existing.figures);
      problems.push({
        file: repoRelative(absolute),
        field: `line ${line}`,
        message: figureId === undefined ? `${match[0]} has no id` : `<Figure id="${figureId}" /> names no figure`,
        hint: guess ? `did you mean "${guess}"?` : 'use the id of a figure in content/figures/, like <Figure id="marac-cases" />',
      });
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
