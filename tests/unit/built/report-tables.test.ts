import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { builtSite } from '../../support/built-dist.ts';
import { all, find, parseHtml, text } from '../../support/html-tree.ts';
import { repoRoot } from '../../support/repo-root.ts';

// The whole report prints each chart as a table (tests/e2e/report-page.spec.ts checks it shows, in
// print, with its figures): the same table, cell for cell, as the figures page's. Compared here in
// the built HTML, so the browser test need not open the figures page as well.

const charts = parseYaml(readFileSync(path.join(repoRoot, 'content/charts/2024-25.yaml'), 'utf8')) as { id: string }[];
const pages = new Map(builtSite().map((page) => [page.urlPath, parseHtml(page.html)]));

/** The cells of the table of one chart section of a page, row by row, as text. */
function tableCells(urlPath: string, chartId: string): string[][] {
  const section = find(pages.get(urlPath)!, (n) => n.attrs?.some((a) => a.name === 'id' && a.value === `chart-${chartId}`) ?? false);
  const table = section && find(section, (n) => n.nodeName === 'table');
  expect(table, `${urlPath} #chart-${chartId} has a table`).toBeDefined();
  return all(table!, (n) => n.nodeName === 'tr').map((row) =>
    (row.childNodes ?? []).filter((c) => c.nodeName === 'td' || c.nodeName === 'th').map((cell) => text(cell)),
  );
}

test('every chart of the year is in the whole report as the same table as on the figures page', () => {
  expect(charts.length).toBeGreaterThan(0);
  for (const chart of charts) {
    const inReport = tableCells('/2024-25/report/', chart.id);
    expect(inReport.length, chart.id).toBeGreaterThan(1);
    expect(inReport, chart.id).toEqual(tableCells('/2024-25/figures/', chart.id));
  }
});
