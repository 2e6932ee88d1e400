/**
 * CSV files the site offers for download, made safe to open in a spreadsheet and discreet on a
 * device someone else may look at.
 */
import type { Figure } from '../schemas/index.ts';
import type { ChartTable } from './chart-table.ts';

/**
 * A text cell as a spreadsheet reads it, with formulas neutralised as OWASP advises ("CSV Injection"):
 * text starting with =, +, -, @, a tab or a carriage return (after any spaces) would be run as a
 * formula by Excel, LibreOffice or Google Sheets, so it gets a leading ' that makes it plain text.
 * Numbers are written as they are: -3 is a number, not a formula.
 */
export function neutraliseCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  return /^[ ]*[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One field of a CSV line (RFC 4180): neutralised, then quoted where it holds a quote, comma or line break. */
export function csvField(value: string | number): string {
  const text = neutraliseCell(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The name a downloaded CSV file is saved under: the chart and the year, `training-reach-2024-25.csv`,
 * so a file lifted into a board paper says what it holds (its address, /2024-25/figures/<chart>.csv,
 * is unchanged). Until issue 26 files were saved under neutral names (`data-2024-25-1a2b.csv`);
 * board members could not tell them apart.
 */
export function downloadName(yearId: string, tableId: string): string {
  return `${tableId}-${yearId}.csv`;
}

/** The table as a CSV file (RFC 4180: CRLF line ends, fields quoted where needed, formulas neutralised: csvField above), values as plain numbers. */
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
