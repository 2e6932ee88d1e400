/** A date as a reader in the UK writes it: "1 April 2024". Content dates are days, so UTC. */
export function formatDate(date: Date): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** The same date as a machine reads it, for <time datetime>: "2024-04-01". */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
