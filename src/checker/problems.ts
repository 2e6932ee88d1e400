import type { z } from 'astro/zod';
import type { ContentProblem } from './types.ts';

/**
 * How a problem is said: one line each with its hint underneath, a zod issue in an editor's words,
 * and the "did you mean" guess for a mistyped id.
 */

/** A path inside a file as an editor counts: list items from 1. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => {
      if (typeof key === 'number') return `item ${key + 1}`;
      return index === 0 ? String(key) : `→ ${String(key)}`;
    })
    .join(' ');
}

/** One line per problem, with its hint indented underneath. */
export function formatProblem(problem: ContentProblem): string {
  const position = problem.line ? `, line ${problem.line}${problem.column ? `, column ${problem.column}` : ''}` : '';
  const where = `${problem.file}${position}${problem.field ? ` → ${problem.field}` : ''}`;
  const line = `${where}: ${problem.message}`;
  return problem.hint ? `${line}\n    hint: ${problem.hint}` : line;
}

/** The summary a failed build or check prints. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return [`Content has ${count}:`, ...problems.map((p) => `  ${formatProblem(p)}`)].join('\n');
}

function describeValue(value: unknown): string {
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return value.trim() === '' ? 'empty text' : JSON.stringify(value);
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length}`;
  if (typeof value === 'object') return 'a group of fields';
  return JSON.stringify(value);
}

/** The value at a path inside parsed data, or undefined where there is none. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Fields content once had, with what to do instead: an editor used to the old way is told the new one. */
const retiredFields: Readonly<Record<string, string>> = {
  value:
    "a figure's number is no longer written in the figures file: it is taken from its achievement's text (statement, number). Delete value here, and correct the number in that text",
};

/**
 * Turns one zod issue into a problem an editor can act on. `data` is what the file held, so the
 * message can quote the value actually found at the field.
 */
export function problemFromIssue(file: string, issue: z.core.$ZodIssue, data: unknown, knownKeys: readonly string[] = []): ContentProblem {
  const field = issue.path.length > 0 ? formatFieldPath(issue.path) : undefined;
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => `"${k}"`).join(', ');
    const suggestion = issue.keys.map((k) => nearest(k, knownKeys)).find(Boolean);
    const retired = issue.keys.map((k) => retiredFields[k]).find(Boolean);
    return {
      file,
      ...(field ? { field } : {}),
      message: `unexpected field ${keys}`,
      hint: retired
        ? retired
        : suggestion
          ? `did you mean "${suggestion}"? Field names are case-sensitive.`
          : 'remove it, or check its spelling in content/README.md',
    };
  }
  const input = valueAt(data, issue.path);
  if (input === undefined) {
    return { file, ...(field ? { field } : {}), message: `is missing: ${issue.message}` };
  }
  return { file, ...(field ? { field } : {}), message: `${issue.message}; found ${describeValue(input)}` };
}

/** Levenshtein distance, for "did you mean" hints. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The closest known id to a mistyped one, if it is close enough to be a likely typo. */
export function nearest(wanted: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(wanted.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(wanted.length / 3)) ? best : undefined;
}
