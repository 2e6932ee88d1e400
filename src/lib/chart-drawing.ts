/** What the browser needs to draw a chart (src/browser/draw-chart.ts), made from its table at build time. */
import type { ChartKind, Figure } from '../schemas/index.ts';
import type { ChartTable } from './chart-table.ts';

type Unit = Figure['unit'];

/** What the browser needs to draw a chart: series of values per row label. */
export interface ChartDrawing {
  readonly kind: ChartKind;
  readonly unit: Unit;
  readonly labels: readonly string[];
  readonly series: readonly { readonly name: string; readonly values: readonly number[] }[];
}

/** The drawing data of a chart table: one series per drawn column. */
export function chartDrawing(table: ChartTable): ChartDrawing {
  return {
    kind: table.kind,
    unit: table.unit,
    labels: table.rows.map((row) => row[0]!.text),
    series: table.drawnColumns.map((column) => ({
      name: table.headers[column]!,
      values: table.rows.map((row) => Number(row[column]!.csv)),
    })),
  };
}
