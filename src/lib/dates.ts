/** A date as a reader in the UK writes it: "1 April 2024". Content dates are days, so UTC. */
export function formatDate(date: Date): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** The same date as a machine reads it, for <time datetime>: "2024-04-01". */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * The period a year's figures cover, as a reader says it: "April 2024 to March 2025" when it runs
 * from the first of a month to the last of one, otherwise "1 April 2024 to 15 March 2025".
 */
export function formatPeriod(start: Date, end: Date): string {
  const wholeMonths = start.getUTCDate() === 1 && new Date(end.getTime() + 86_400_000).getUTCDate() === 1;
  return wholeMonths ? `${monthYear.format(start)} to ${monthYear.format(end)}` : `${formatDate(start)} to ${formatDate(end)}`;
}
