import { expect, test } from '@playwright/test';

const CHART_CODE = /draw-chart|chart\.js/i;
/** Drawing waits for chart.js to download and run: allow for a slow, busy machine. */
const DRAWN = { timeout: 20_000 };
// On the figures page (tests/e2e/figures-page.spec.ts, one visit with JavaScript and one without):
// without JavaScript every chart is a table with its CSV link, source and year; each downloaded CSV
// file holds exactly its table's data; printed, a chart is its table.

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

// Every page without a chart requests no chart code, even read to the end; every page with one draws
// it with no Content Security Policy violation or console error: tests/e2e/every-page.spec.ts.

// Every figure shown on a card and in its achievement equals its data (theme pages, figures page,
// home page): tests/unit/built/page-content.test.ts, over dist/.

// No page has two elements with one id: tests/unit/built/built-pages.test.ts.
