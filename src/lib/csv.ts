/**
 * CSV files the site offers for download, made safe to open in a spreadsheet and discreet on a
 * device someone else may look at.
 */

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
 * The name a downloaded CSV file is saved under: `data-2024-25-1a2b.csv`. It says nothing of what
 * the file is about (a Downloads folder named "domestic-abuse-referrals.csv" tells anyone who looks),
 * yet each table's file has its own, the same on every build.
 */
export function neutralDownloadName(yearId: string, tableId: string): string {
  // FNV-1a: a stable short number from the id, with no Node module (figures.ts also runs in the browser).
  let hash = 0x811c9dc5;
  for (const char of tableId) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return `data-${yearId}-${(hash & 0xffff).toString(16).padStart(4, '0')}.csv`;
}
