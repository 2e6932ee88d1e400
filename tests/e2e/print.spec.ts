import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Locator } from '@playwright/test';
import { parse } from 'yaml';
import { formatValue } from '../../src/lib/figures';
import type { Chart, Figure } from '../../src/schemas/index';
import { repoRoot } from './helpers';

const site = process.env['SITE_URL'] ?? 'https://www.cambsdasv.org.uk';
const charts = parse(readFileSync(path.join(repoRoot, 'content/charts/2024-25.yaml'), 'utf8')) as Chart[];
const figures = parse(readFileSync(path.join(repoRoot, 'content/figures/2024-25.yaml'), 'utf8')) as Figure[];
const CHART_CODE = /draw-chart|chart-element|chart\.js|Chart\.astro/i;

/** A table's cells as its reader sees them, row by row, the heading row first. */
async function cells(table: Locator): Promise<string[][]> {
  return table
    .locator('tr')
    .evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => (cell as HTMLElement).innerText.trim())));
}

test.describe('the whole report, printed', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/2024-25/report/');
    await page.emulateMedia({ media: 'print' });
  });

  test('has no navigation, help box, copy-link or print controls', async ({ page }) => {
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Footer' })).toBeHidden();
    await expect(page.getByRole('complementary', { name: 'Get help now' })).toBeHidden();
    await expect(page.getByRole('button', { name: /Copy link|Share|Print/ })).toHaveCount(0);
    await expect(page.locator('copy-link').first()).toBeHidden();
  });

  test('keeps the cover, the contents and every theme, each theme starting a page', async ({ page }) => {
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Domestic Abuse & Sexual Violence Strategy 2024-2027');
    await expect(page.getByRole('navigation', { name: 'Contents' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Contents' }).getByRole('link')).toHaveCount(9);
    await expect(page.locator('.report-section')).toHaveCount(9);
    await expect(page.locator('.report-section').first()).toHaveCSS('break-before', 'page');
    await expect(page.locator('li#peterborough-dasv-conference')).toBeVisible();
  });

  test('has no cookie line, and a light footer even in the dark scheme', async ({ page }) => {
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await expect(page.getByText('This site sets no cookies')).toBeHidden();
    const footer = page.getByRole('contentinfo');
    await expect(footer).toBeVisible();
    await expect(footer).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
    await expect(footer.getByText('Domestic Abuse & Sexual Violence Strategy 2024-2027.')).toHaveCSS('color', 'rgb(0, 0, 0)');
  });

  test('partner lines are no larger than the achievement they belong to', async ({ page }) => {
    // The report lists words only; the theme pages carry the partner lines, and print too.
    await page.goto('/2024-25/awareness/');
    await page.emulateMedia({ media: 'print' });
    const item = page.locator('li#peterborough-dasv-conference');
    const size = (locator: Locator) => locator.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(await size(item.locator('.item-tools'))).toBeLessThanOrEqual(await size(item.locator('.item-text')));
  });

  test('shows the absolute address of the report and of each theme’s own page', async ({ page }) => {
    await expect(page.getByText(`Online at ${site}/2024-25/report/`)).toBeVisible();
    const ownPage = page.getByRole('link', { name: 'Awareness on its own page' });
    await expect(ownPage).toBeVisible();
    const printed = await ownPage.evaluate((el) => getComputedStyle(el, '::after').content);
    expect(printed).toBe(`" (${site}/2024-25/awareness/)"`);
  });
});

test('printed, every chart of the year is a table of its figures, and the report loads no chart code', async ({ browser, page }) => {
  test.setTimeout(60_000);
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/2024-25/report/');
  await page.emulateMedia({ media: 'print' });
  // Read to the end, as a reader would: a chart element near the viewport would fetch its code.
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  });
  await page.waitForLoadState('networkidle');

  // The figures page's tables, for comparison: the same data, read from the same content.
  const figuresPage = await browser.newPage();
  await figuresPage.goto('/2024-25/figures/');

  expect(charts.length).toBeGreaterThan(0);
  await expect(page.locator('section.chart')).toHaveCount(charts.length);
  for (const chart of charts) {
    const section = page.locator(`#chart-${chart.id}`);
    const table = section.getByRole('table');
    await expect(section.getByRole('heading', { name: chart.title, exact: true }), chart.id).toBeVisible();
    await expect(section.getByText(chart.summary.replace(/\s+/g, ' ').trim(), { exact: true }), chart.id).toBeVisible();
    // Who collected the figures and when, not this report's own title.
    await expect(
      section.getByText('Source: DASV Partnership partners, April 2024 to March 2025.', { exact: true }),
      chart.id,
    ).toBeVisible();
    await expect(table, chart.id).toBeVisible();

    const shown = await cells(table);
    expect(shown, chart.id).toEqual(await cells(figuresPage.locator(`#chart-${chart.id}`).getByRole('table')));
    // Every figure of the chart is one value cell: right of the labels in a grouped bar, else the last cell.
    const values = shown.slice(1).flatMap((row) => row.slice(chart.kind === 'grouped-bar' ? 1 : -1));
    const expected = chart.figures.map((id) => figures.find((figure) => figure.id === id)!);
    expect(values.filter((value) => value !== '').sort(), chart.id).toEqual(expected.map((f) => formatValue(f.value, f.unit)).sort());

    // A download link is of no use on paper: on screen only.
    const csv = section.getByRole('link', { name: /Download this data as a CSV file/, includeHidden: true });
    await expect(csv).toHaveAttribute('href', `/2024-25/figures/${chart.id}.csv`);
    await expect(csv).toBeHidden();
  }
  await figuresPage.close();

  await expect(page.locator('dasv-chart, canvas')).toHaveCount(0);
  expect(scripts.filter((script) => CHART_CODE.test(script))).toEqual([]);
});

test('on screen, the Print or save as PDF button opens the print dialogue', async ({ page }) => {
  await page.addInitScript(() => {
    Object.assign(window, { printed: 0 });
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });
  await page.goto('/2024-25/report/');
  await page.getByRole('button', { name: 'Print or save as PDF' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});

test.describe('when JavaScript is unavailable', () => {
  test.use({ javaScriptEnabled: false });

  test('the report says how to print it with the browser', async ({ page }) => {
    await page.goto('/2024-25/report/');
    await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
    await expect(page.getByText("use your browser's Print command (Ctrl+P, or Command+P on a Mac)")).toBeVisible();
  });
});

test('each page says which year it covers, and shows no publication date that content does not give', async ({ page }) => {
  await page.goto('/2024-25/awareness/');
  // content/years/2024-25.yaml has no published or updated date: the source document gives none.
  await expect(page.getByRole('term')).toHaveText(['Covers']);
  await expect(page.getByRole('definition')).toHaveText(['Year One, 2024/25 (1 April 2024 to 31 March 2025)']);
});
