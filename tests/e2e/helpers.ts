import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
const dist = path.join(repoRoot, 'dist');

/** Every page of the built site as a URL path (`/`, `/2024-25/awareness/`), the 404 page aside. */
export function builtPages(): string[] {
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html'));
  return files
    .map(
      (f) =>
        `/${f
          .split(path.sep)
          .join('/')
          .replace(/index\.html$/, '')}`,
    )
    .sort();
}

/** Text as a reader compares it: one space between words, curly and straight quotes alike. */
export function normalise(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();
}

interface Correction {
  from: string;
  to: string;
}

/**
 * Every statement of the source document, as it should read on the site: one per line, with
 * list markers, bold markers and trailing colons removed and the listed typo corrections applied.
 */
export function sourceStatements(): string[] {
  const fixtures = path.join(repoRoot, 'tests/fixtures/source');
  const source = readFileSync(path.join(fixtures, 'dasv-progress-year-one-2024-25.txt'), 'utf8');
  const { corrections } = JSON.parse(readFileSync(path.join(fixtures, 'corrections.json'), 'utf8')) as { corrections: Correction[] };
  return source
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => {
      let statement = line.replace(/^- /, '').replace(/\*\*/g, '').replace(/:$/, '');
      for (const { from, to } of corrections) statement = statement.replaceAll(from, to);
      return normalise(statement);
    });
}
