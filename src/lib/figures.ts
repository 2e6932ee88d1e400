/**
 * Figures as readers see them: en-GB numbers, the tables charts are drawn from, and CSV files
 * holding exactly a table's data. Pure functions, shared by the pages, the build and the checker.
 */
import type { Chart, ChartKind, Figure } from '../schemas/index.ts';
import { csvField } from './csv.ts';

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

/**
 * The figure with this id among `figures` (one year's, where ids are unique). An unknown id, or one
 * used in several years when no year was named, throws rather than show a missing or wrong number.
 */
export function findFigure<F extends Pick<Figure, 'id' | 'year'>>(figures: readonly F[], id: string): F {
  const found = figures.filter((f) => f.id === id);
  if (found.length === 0) throw new Error(`<Figure id="${id}" />: there is no figure "${id}" in content/figures/`);
  if (found.length > 1) {
    const years = found.map((f) => f.year).join(', ');
    throw new Error(
      `<Figure id="${id}" />: "${id}" is a figure of ${years}; name the year, like <Figure id="${id}" year="${found[0]!.year}" />`,
    );
  }
  return found[0]!;
}

/** A number found in running text, with what the text says around it. */
export interface NumberInText {
  /** The number as written: `4,599`, `63%`, `1700`. */
  readonly written: string;
  readonly value: number;
  readonly unit: Unit;
  /** "over" or "more than" when the text puts it before the number. */
  readonly qualifier: Figure['qualifier'];
}

const NUMBER = /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(%?)/g;
const QUALIFIER_BEFORE = /\b(over|more than)\s+$/i;
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/**
 * Every number written in digits in `text`, with or without thousands separators ("1,237" and
 * "1700" both count), so a figure can be checked against the words that state it.
 */
export function numbersIn(text: string): NumberInText[] {
  return [...text.matchAll(NUMBER)].map((match) => {
    const before = text.slice(0, match.index);
    const qualifier = QUALIFIER_BEFORE.exec(before)?.[1]?.toLowerCase() as Figure['qualifier'];
    return {
      written: match[0],
      value: Number(`${match[1]!.replaceAll(',', '')}${match[2] ?? ''}`),
      unit: match[3] ? 'percent' : 'count',
      qualifier,
    };
  });
}

/**
 * Whether `text` states the figure: its number (in digits, or a count up to ten as a word such
 * as "Two") with its unit, and, if the figure has a qualifier ("over"), with that word before it.
 * A figure without one may still follow "over": "164 professionals over 5 sessions".
 */
export function statesFigure(text: string, figure: Pick<Figure, 'value' | 'unit' | 'qualifier'>): boolean {
  const inDigits = numbersIn(text).some(
    (n) => n.value === figure.value && n.unit === figure.unit && (figure.qualifier === undefined || n.qualifier === figure.qualifier),
  );
  if (inDigits) return true;
  const word = figure.unit === 'count' && !figure.qualifier ? NUMBER_WORDS[figure.value] : undefined;
  return word !== undefined && new RegExp(`\\b${word}\\b`, 'i').test(text);
}

/**
 * The numbers of an achievement's text a figure can take, in the order they are written: each
 * number in digits ("1,237", "63%", "1700") and each count from one to ten written as a word
 * ("Two events"). A figure names one of them by its place (`number` in content/figures/).
 */
export function statedNumbers(text: string): NumberInText[] {
  const inDigits = [...text.matchAll(NUMBER)].map((match) => ({ at: match.index, number: numbersIn(match[0])[0]! }));
  const inWords = [...text.matchAll(NUMBER_WORD)].map((match) => ({
    at: match.index,
    number: { written: match[0], value: NUMBER_WORDS.indexOf(match[0].toLowerCase()), unit: 'count', qualifier: undefined } as NumberInText,
  }));
  return [...inDigits, ...inWords]
    .sort((a, b) => a.at - b.at)
    .map(({ at, number }) => ({
      ...number,
      qualifier: QUALIFIER_BEFORE.exec(text.slice(0, at))?.[1]?.toLowerCase() as Figure['qualifier'],
    }));
}

const NUMBER_WORD = new RegExp(`\\b(?:${NUMBER_WORDS.join('|')})\\b`, 'gi');

/** "1st", "2nd", "3rd", "4th": the place of a number in a text, as messages say it. */
export function ordinal(place: number): string {
  const tens = place % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][place % 10] ?? 'th');
  return `${place}${suffix}`;
}

/** What a figure's number is taken from: its place among the stated numbers of its achievement's text (1 when not given). */
export interface FigureSource {
  readonly number?: number | undefined;
}

/**
 * The number a figure shows, taken from its achievement's text: the figure's `number`-th stated
 * number (the first when it names none), or undefined when the text has no such number. The text
 * is the one place the number is written, so a correction is one edit and text, cards, charts,
 * tables and open data cannot disagree.
 */
export function figureNumberIn(text: string, figure: FigureSource): NumberInText | undefined {
  return statedNumbers(text)[(figure.number ?? 1) - 1];
}

/** Where the figure's number first stands in `text` (characters from the start), for ordering. */
export function positionIn(text: string, figure: Pick<Figure, 'value' | 'unit'>): number {
  const match = [...text.matchAll(NUMBER)].find(
    (m) => Number(`${m[1]!.replaceAll(',', '')}${m[2] ?? ''}`) === figure.value && (m[3] ? 'percent' : 'count') === figure.unit,
  );
  return match?.index ?? 0;
}

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

/** The table as a CSV file (RFC 4180: CRLF line ends, fields quoted where needed, formulas neutralised: src/lib/csv.ts), values as plain numbers. */
export function tableCsv(table: Pick<ChartTable, 'headers' | 'rows'>): string {
  const lines = [table.headers, ...table.rows.map((row) => row.map((cell) => cell.csv))];
  return `${lines.map((line) => line.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/**
 * A chart's table as its CSV file is written: each number column's name carries the unit, "Number
 * (count)", "Percentage (%)", "Cambridgeshire (count)", so a spreadsheet or a board paper needs no
 * other note. A table whose rows differ in unit (every figure compared with the year before) gets a
 * Unit column instead, one per row.
 */
export function csvTable(table: ChartTable, figures: readonly Pick<Figure, 'unit'>[]): Pick<ChartTable, 'headers' | 'rows'> {
  const units = [...new Set(figures.map((figure) => figure.unit))];
  const numeric = new Set(table.numericColumns);
  if (units.length <= 1) {
    const unit = (units[0] ?? table.unit) === 'percent' ? '%' : 'count';
    return { headers: table.headers.map((header, index) => (numeric.has(index) ? `${header} (${unit})` : header)), rows: table.rows };
  }
  const unitCell = (figure: Pick<Figure, 'unit'> | undefined) => ({ text: figure?.unit ?? '', csv: figure?.unit ?? '' });
  return {
    headers: [...table.headers, 'Unit'],
    rows: table.rows.map((row, index) => [...row, unitCell(figures[index])]),
  };
}

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
