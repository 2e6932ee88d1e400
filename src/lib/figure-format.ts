/**
 * A figure as readers read it: en-GB numbers (`1,237`, `63%`), with the figure's qualifier, and the
 * name of its area. Shared by the pages, the charts in the browser and the checker.
 */
import type { Figure } from '../schemas/index.ts';

type Unit = Figure['unit'];
type Area = Figure['area'];

const countFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const percentFormat = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 });

/** A value as the report writes it: `1,237` for a count, `63%` for a percentage. */
export function formatValue(value: number, unit: Unit): string {
  return unit === 'percent' ? percentFormat.format(value / 100) : countFormat.format(value);
}

/** A figure's number with its qualifier, as shown on cards and in text: `over 1,800`. */
export function formatFigure(figure: Pick<Figure, 'value' | 'unit' | 'qualifier'>): string {
  const number = formatValue(figure.value, figure.unit);
  return figure.qualifier ? `${figure.qualifier} ${number}` : number;
}

/** The area as a reader names it. */
export function areaName(area: Area): string {
  return area === 'both' ? 'Cambridgeshire & Peterborough' : area;
}
