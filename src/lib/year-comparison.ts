/** A year's figures beside the year before's: the change of each measure, and the table of both years. */
import type { Figure } from '../schemas/index.ts';
import { formatFigure } from './figure-format.ts';
import { sentenceCase, type ChartTable, type TableCell } from './chart-table.ts';

const signedCount = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
const signedPercent = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' });

/**
 * How a figure changed from one year to the next, as a reader says it: `+362 (+29%)` for a count,
 * `+5 percentage points` for a percentage. A number the report gives only as a lower bound
 * ("over 1,800") has no exact change, so none is claimed.
 */
export function changeCell(previous: Figure, current: Figure): TableCell {
  if (previous.qualifier || current.qualifier) return { text: 'Not known', csv: '' };
  const change = current.value - previous.value;
  if (change === 0) return { text: 'No change', csv: 0 };
  if (current.unit === 'percent') {
    const points = Math.abs(change) === 1 ? 'percentage point' : 'percentage points';
    return { text: `${signedCount.format(change)} ${points}`, csv: change };
  }
  const relative = previous.value > 0 ? ` (${signedPercent.format(change / previous.value)})` : '';
  return { text: `${signedCount.format(change)}${relative}`, csv: change };
}

/** A value beside another year's: with its qualifier ("over 1,800"), which the CSV keeps too. */
function comparedValueCell(figure: Figure): TableCell {
  return { text: formatFigure(figure), csv: figure.qualifier ? `${figure.qualifier} ${figure.value}` : figure.value };
}

/** A measure as a table row names it: its label, and its area where the report names one. */
function measureName(figure: Figure): string {
  const label = sentenceCase(figure.label);
  return figure.area === 'both' ? label : `${label}, ${figure.area}`;
}

/** One measure in two years: the same figure id in each year's figures file. */
export interface FigurePair {
  readonly previous: Figure;
  readonly current: Figure;
}

/**
 * Two years side by side: a row per measure with each year's number and the change, headed by the
 * years' names (`Year One 2024/25`). Drawn as a grouped bar, one bar per year, when the measures
 * share a unit.
 */
export function comparisonTable(years: { previous: string; current: string }, pairs: readonly FigurePair[]): ChartTable {
  return {
    kind: 'grouped-bar',
    unit: pairs[0]?.current.unit ?? 'count',
    headers: ['Measure', years.previous, years.current, 'Change'],
    rows: pairs.map(({ previous, current }) => {
      const name = measureName(current);
      return [{ text: name, csv: name }, comparedValueCell(previous), comparedValueCell(current), changeCell(previous, current)];
    }),
    drawnColumns: [1, 2],
    numericColumns: [1, 2, 3],
  };
}
