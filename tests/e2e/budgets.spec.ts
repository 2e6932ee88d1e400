import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages, gzipSize, pageWeight } from '../../src/lib/built-site.ts';
import { budgets, hasChart, scriptHeavyByPurpose } from '../../src/lib/budgets.ts';
import { repoRoot } from './helpers';

// Budgets on the built site, in gzipped bytes (src/lib/budgets.ts): what a reader downloads.
const dist = path.join(repoRoot, 'dist');
// Every page but the content editor (/admin/): it is for the comms team, not readers, and loads
// Decap CMS (about 1.6 MB gzipped), which no reader's page ever loads (tests/e2e/cms-editor.spec.ts).
const pages = builtPages(dist).filter((page) => !page.urlPath.startsWith('/admin/'));

for (const page of pages) {
  const charted = hasChart(page.html);
  test(`${page.urlPath} fits its budget${charted ? ' (has a chart)' : ''}`, () => {
    const weight = pageWeight(dist, page);
    test.info().annotations.push({ type: 'bytes', description: JSON.stringify({ html: weight.html, css: weight.css, js: weight.js }) });
    expect(weight.html + weight.css, 'HTML + CSS').toBeLessThanOrEqual(budgets.htmlAndCssBytes);
    const loaded = `JavaScript loaded with the page: ${weight.scripts.map((s) => `${s.url} ${s.bytes}`).join(', ')}`;
    // The issue's budget: a page without charts ships at most 3 KB of script. A page with a chart
    // also has the small script that watches for it; chart.js itself must never load with the page.
    if (charted) expect(weight.scripts.map((s) => s.url).join(' '), loaded).not.toMatch(/draw-chart/);
    else expect(weight.js, loaded).toBeLessThanOrEqual(budgets.scriptBytes);
  });
}

test('a page without a chart loads no more script when read to the end', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const over: string[] = [];
  for (const built of pages.filter((p) => !hasChart(p.html) && !(p.urlPath in scriptHeavyByPurpose))) {
    const scripts: string[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(new URL(response.url()).pathname);
    });
    await page.goto(built.urlPath);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    page.removeAllListeners('response');
    const bytes = scripts.reduce((sum, url) => sum + gzipSize(readFileSync(path.join(dist, url))), 0);
    if (bytes > budgets.scriptBytes) over.push(`${built.urlPath}: ${bytes} bytes of script (${scripts.join(', ')})`);
  }
  expect(over, `served from ${baseURL}`).toEqual([]);
});
