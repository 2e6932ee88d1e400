import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { distDir as dist, editorPath, repoRoot } from '../support/built-dist.ts';

export { repoRoot };

/** The content editor's page: for the comms team, not readers; tested by cms-editor.spec.ts. */
export { editorPath };

/**
 * Every page of the built site a reader can reach, as a URL path (`/`, `/2024-25/awareness/`): the
 * 404 page and the content editor (/admin/, with its own policy and tests) aside.
 */
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
    .filter((url) => !url.startsWith(editorPath))
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

/** One CSV file as rows of fields (RFC 4180: quoted fields, doubled quotes, CRLF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.split('\r\n').filter((l) => l.length > 0)) {
    const fields = [...line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)].map((m) =>
      m[1] !== undefined ? m[1].replaceAll('""', '"') : (m[2] ?? ''),
    );
    rows.push(fields);
  }
  return rows;
}

/** Downloads a chart's CSV file through its link, as a reader would, and compares it with the chart's table. */
export async function expectCsvOfTable(page: Page, chart: Locator): Promise<void> {
  const table = chart.getByRole('table');
  const headers = (await table.locator('thead th').allInnerTexts()).map((h) => h.trim());
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => (cell as HTMLElement).innerText.trim())));
  // A column the same in every row is said once in the caption ("All figures: …"); the CSV keeps it.
  const same = new Map(
    await table
      .locator('caption [data-column]')
      .evaluateAll((spans) => spans.map((span) => [(span as HTMLElement).dataset['column']!, span.textContent.trim()] as const)),
  );
  const [download] = await Promise.all([page.waitForEvent('download'), chart.getByRole('link', { name: /Download this data/ }).click()]);
  const csv = parseCsv(readFileSync((await download.path())!, 'utf8'));
  expect(csv[0]!.filter((h) => !same.has(h))).toEqual(headers);
  expect(csv[0]!.filter((h) => same.has(h))).toEqual([...same.keys()]);
  expect(csv.slice(1).length).toBe(rows.length);
  csv.slice(1).forEach((fields, rowIndex) => {
    const cells = rows[rowIndex]!;
    expect(fields.length).toBe(cells.length + same.size);
    fields.forEach((field, fieldIndex) => {
      const header = csv[0]![fieldIndex]!;
      if (same.has(header)) {
        expect(field).toBe(same.get(header));
        return;
      }
      const cell = cells[headers.indexOf(header)]!;
      // Numbers are plain in the CSV and en-GB on the page: 8796 and "8,796", 63 and "63%", 251 and "+251 (+5%)".
      if (/^-?\d+(\.\d+)?$/.test(field)) expect(Number(cell.replace(/ .*/, '').replaceAll(',', '').replace('%', ''))).toBe(Number(field));
      // An empty field is an empty cell, or a change that cannot be known (a lower bound).
      else if (field === '') expect(['', 'Not known']).toContain(cell);
      // A lower bound keeps its word in both: "over 1800" and "over 1,800".
      else if (/^(over|more than) \d+$/.test(field)) expect(field.replace(/\d+/, (n) => Number(n).toLocaleString('en-GB'))).toBe(cell);
      else expect(field).toBe(cell);
    });
  });
}
