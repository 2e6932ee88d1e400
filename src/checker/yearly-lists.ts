import { listFileYear } from '../lib/content-layout.ts';
import type { Chart, Figure } from '../schemas/index.ts';
import type { ContentProblem, Entry } from './types.ts';

/**
 * What the yearly lists (figures and charts: one file per year, `figures/2024-25.yaml`) have in
 * common: each item is named by its place in the file, its year is its file's, and its id is
 * unique within the file. Shared by figures.ts, charts.ts and figure-tags.ts.
 */

/** The ids of `year`'s figures, from `<year>/<id>` keys. */
export function idsInYear(keys: readonly string[], year: string): string[] {
  return keys.filter((key) => key.startsWith(`${year}/`)).map((key) => key.slice(year.length + 1));
}

/** `item 3 → statement`: where in a list file, counting from 1 as an editor does. */
export function itemField(entry: Entry<unknown>, field: string): string {
  return `item ${(entry.index ?? 0) + 1} → ${field}`;
}

/** Reports a year that is not its file's; returns whether the entry's year is right. */
export function sameYearAsFile(
  entry: Entry<Pick<Figure | Chart, 'year'>>,
  kind: string,
  dir: string,
  yearIds: readonly string[],
  problems: ContentProblem[],
): boolean {
  const year = listFileYear(entry.file);
  if (!yearIds.includes(year)) {
    problems.push({
      file: entry.file,
      message: `the file name "${year}" is not a year listed in ${dir}/years/`,
      hint: `name the file after one of: ${yearIds.join(', ')}`,
    });
  } else if (entry.data.year !== year) {
    problems.push({
      file: entry.file,
      field: itemField(entry, 'year'),
      message: `the year "${entry.data.year}" does not match the file; expected "${year}"`,
      hint: `${kind} for a year live in the file named after it`,
    });
  }
  return entry.data.year === year;
}

/** Ids repeated within one year's file (the same id in another year's file is the same measure, to compare). */
export function duplicateIds(entries: readonly Entry<{ id: string }>[], kind: string, hint: string, problems: ContentProblem[]): void {
  for (const entry of entries) {
    const others = entries.filter((other) => other !== entry && other.file === entry.file && other.data.id === entry.data.id);
    if (others.length === 0) continue;
    problems.push({
      file: entry.file,
      field: itemField(entry, 'id'),
      message: `the ${kind} id "${entry.data.id}" is also used by ${others.map((o) => `${o.file} (item ${(o.index ?? 0) + 1})`).join(', ')}`,
      hint,
    });
  }
}
