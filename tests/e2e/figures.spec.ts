import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { expectCsvOfTable, repoRoot } from './helpers';

const chartCount = (parse(readFileSync(path.join(repoRoot, 'content/charts/2024-25.yaml'), 'utf8')) as unknown[]).length;
const CHART_CODE = /draw-chart|chart\.js/i;
/** Drawing waits for chart.js to download and run: allow for a slow, busy machine. */
const DRAWN = { timeout: 20_000 };
test.describe('when JavaScript is unavailable', () => {
  test.use({ javaScriptEnabled: false });

  test('every chart is a table with its CSV link, source and year', async ({ page }) => {
    await page.goto('/2024-25/figures/');
    const charts = page.locator('section.chart');
    expect(await charts.count()).toBe(chartCount);
    for (const chart of await charts.all()) {
      const table = chart.getByRole('table');
      await expect(table).toBeVisible();
      expect(await table.getByRole('row').count()).toBeGreaterThan(1);
      await expect(chart.getByRole('link', { name: /Download this data as a CSV file/ })).toHaveAttribute(
        'href',
        /^\/2024-25\/figures\/[a-z0-9-]+\.csv$/,
      );
      // Who collected the figures and the period they cover: never the page's own title again.
      await expect(chart.getByText(/^Source: .+, April 2024 to March 2025\.$/)).toBeVisible();
      await expect(chart.getByText(/Progress in Year One/)).toHaveCount(0);
      await expect(chart.locator('canvas')).toHaveCount(0);
    }
  });

  // The headline figures on the home page, linked to their achievements: tests/e2e/home-page.spec.ts.
});

test('a chart is drawn on a canvas once the reader scrolls to it, and not before', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => scripts.push(request.url()));
  await page.goto('/2024-25/pursuing-perpetrators/');
  const chart = page.locator('section.chart').first();
  await page.waitForLoadState('networkidle');
  await expect(chart.locator('canvas')).toHaveCount(0);
  expect(scripts.filter((url) => CHART_CODE.test(url))).toEqual([]);

  await chart.scrollIntoViewIfNeeded();
  const canvas = chart.getByRole('img', { name: /Grouped bar chart: Police reported 8,796 DA incidents/ });
  await expect(canvas).toBeVisible(DRAWN);
  await expect(chart.locator('dasv-chart')).toHaveAttribute('data-drawn', 'true', DRAWN);
  expect(scripts.filter((url) => CHART_CODE.test(url)).length).toBeGreaterThan(0);
  const painted = await canvas.evaluate((element: HTMLCanvasElement) => {
    const { data } = element.getContext('2d')!.getImageData(0, 0, element.width, element.height);
    let count = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) count++;
    return count;
  });
  expect(painted).toBeGreaterThan(1000);
  // The table stays: it is the data for everyone.
  await expect(chart.getByRole('table')).toBeVisible();
});

// The chart appears complete at once for a reader who prefers reduced motion: tests/e2e/awareness-page.spec.ts.

test('each downloaded CSV file holds exactly the data of its table', async ({ page }) => {
  await page.goto('/2024-25/figures/');
  for (const chart of await page.locator('section.chart').all()) await expectCsvOfTable(page, chart);
});

// Every page without a chart requests no chart code, even read to the end; every page with one draws
// it with no Content Security Policy violation or console error: tests/e2e/every-page.spec.ts.

// Every figure shown on a card and in its achievement equals its data (theme pages, figures page,
// home page): tests/unit/built/page-content.test.ts, over dist/.

test('printed, a chart is its table', async ({ page }) => {
  await page.goto('/2024-25/figures/');
  await page.locator('#chart-training-reach dasv-chart').scrollIntoViewIfNeeded();
  await expect(page.locator('#chart-training-reach dasv-chart')).toHaveAttribute('data-drawn', 'true', DRAWN);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#chart-training-reach dasv-chart')).toBeHidden();
  await expect(page.locator('#chart-training-reach').getByRole('table')).toBeVisible();
});

// No page has two elements with one id: tests/unit/built/built-pages.test.ts.
