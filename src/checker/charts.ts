import { yearlyId } from '../lib/content-layout.ts';
import { formatFigure, formatValue } from '../lib/figure-format.ts';
import { numbersIn } from '../lib/stated-numbers.ts';
import type { Chart, Figure } from '../schemas/index.ts';
import { nearest } from './problems.ts';
import type { CheckInput, ContentProblem, Entry, ValidContent } from './types.ts';
import { duplicateIds, idsInYear, itemField, sameYearAsFile } from './yearly-lists.ts';

/**
 * Charts (`content/charts/<year>.yaml`): each names the figures it draws. They must be figures
 * of the chart's year, exact (a bar cannot show "over 300"), of one unit, in the shape the kind
 * of chart needs; its title and summary may state no number the report does not give.
 */

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

/** Each chart against the figures it draws: of its year, exact, of one unit, in the shape its kind needs; its words state only their numbers. */
export function checkCharts({ content, existing, dir }: CheckInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
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
  return problems;
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
