/**
 * A chart's figures as a table: the page's table, the CSV file (src/lib/csv.ts) and the drawn chart
 * (src/lib/chart-drawing.ts) all read it, so they cannot disagree.
 */
import type { Chart, ChartKind, Figure } from '../schemas/index.ts';
import { areaName, formatValue } from './figure-format.ts';

type Unit = Figure['unit'];

/** A table cell: what the page shows, and what the CSV file holds (a plain number for values). */
export interface TableCell {
  readonly text: string;
  readonly csv: string | number;
}

/** The data of one chart as a table: the page's table, the CSV file and the drawn chart all read it. */
export interface ChartTable {
  readonly kind: ChartKind;
  readonly unit: Unit;
  /** Column headings, the first naming the row labels. */
  readonly headers: readonly string[];
  /** One row per bar (bar, funnel) or per group of bars (grouped bar); the first cell is its label. */
  readonly rows: readonly (readonly TableCell[])[];
  /** The columns drawn as bars, one series each (by index into `headers`). */
  readonly drawnColumns: readonly number[];
  /** The columns holding numbers (right-aligned): the drawn ones, and any others such as a change. */
  readonly numericColumns: readonly number[];
}

/** The first letter in upper case: labels read after a number ("cases heard…") start a table row. */
export function sentenceCase(label: string): string {
  return label.replace(/\p{L}/u, (letter) => letter.toUpperCase());
}

function valueCell(figure: Figure): TableCell {
  return { text: formatValue(figure.value, figure.unit), csv: figure.value };
}

/**
 * The table of a chart's figures, in the chart's order. A grouped bar has one row per label and
 * one column per area; a bar chart or funnel has one row per figure with its area.
 */
export function chartTable(chart: Pick<Chart, 'kind'>, figures: readonly Figure[]): ChartTable {
  const unit = figures[0]?.unit ?? 'count';
  const valueHeading = unit === 'percent' ? 'Percentage' : 'Number';
  if (chart.kind === 'grouped-bar') {
    const areas = [...new Set(figures.map((f) => f.area))];
    const labels = [...new Set(figures.map((f) => f.label))];
    const valueColumns = areas.map((_, index) => index + 1);
    return {
      kind: chart.kind,
      unit,
      drawnColumns: valueColumns,
      numericColumns: valueColumns,
      headers: ['Measure', ...areas.map(areaName)],
      rows: labels.map((label) => {
        const labelCell = { text: sentenceCase(label), csv: sentenceCase(label) };
        const cells = areas.map((area) => {
          const figure = figures.find((f) => f.label === label && f.area === area);
          return figure ? valueCell(figure) : { text: '', csv: '' };
        });
        return [labelCell, ...cells];
      }),
    };
  }
  return {
    kind: chart.kind,
    unit,
    drawnColumns: [2],
    numericColumns: [2],
    headers: [chart.kind === 'funnel' ? 'Stage' : 'Measure', 'Area', valueHeading],
    rows: figures.map((figure) => {
      const label = sentenceCase(figure.label);
      const area = areaName(figure.area);
      return [{ text: label, csv: label }, { text: area, csv: area }, valueCell(figure)];
    }),
  };
}

/** A column the page leaves out of a table because every row says the same, said once instead. */
export interface SameInEveryRow {
  readonly header: string;
  readonly text: string;
}

/**
 * The table as the page shows it: a column other than the labels and the numbers whose every row
 * says the same ("Cambridgeshire & Peterborough" in every row of an Area column) is left out and
 * returned in `same`, for the caption to say once. The CSV file and the drawing keep every column.
 */
export function shownTable(table: ChartTable): { table: ChartTable; same: SameInEveryRow[] } {
  const numeric = new Set(table.numericColumns);
  const dropped = table.headers
    .map((_, index) => index)
    .filter((index) => index > 0 && !numeric.has(index) && table.rows.length > 0)
    .filter((index) => table.rows.every((row) => row[index]?.text === table.rows[0]![index]?.text));
  if (dropped.length === 0) return { table, same: [] };
  const kept = table.headers.map((_, index) => index).filter((index) => !dropped.includes(index));
  const moved = (columns: readonly number[]) => columns.map((column) => kept.indexOf(column));
  return {
    table: {
      ...table,
      headers: kept.map((index) => table.headers[index]!),
      rows: table.rows.map((row) => kept.map((index) => row[index]!)),
      drawnColumns: moved(table.drawnColumns),
      numericColumns: moved(table.numericColumns),
    },
    same: dropped.map((index) => ({ header: table.headers[index]!, text: table.rows[0]![index]!.text })),
  };
}
