/** Who collected a figure or a chart's figures, as the source line under a chart or table says. */
import type { Chart, Figure } from '../schemas/index.ts';

/**
 * Who collected a figure when content does not say: the partnership's partners, who report their
 * numbers to it. A figure or chart names an organisation in `source` only where the report does.
 */
export const defaultSource = 'DASV Partnership partners';

/** Who collected a figure: its `source`, or the default. */
export function figureSource(figure: Pick<Figure, 'source'>): string {
  return figure.source ?? defaultSource;
}

/** Who collected a chart's figures: the chart's `source`, or each source of its figures once, in order. */
export function chartSource(chart: Pick<Chart, 'source'>, figures: readonly Pick<Figure, 'source'>[]): string {
  return chart.source ?? [...new Set(figures.map(figureSource))].join('; ');
}
