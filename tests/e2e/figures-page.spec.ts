import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { builtSite } from '../support/built-dist.ts';
import { expectCsvOfTable } from './helpers';
import { pngSize } from '../support/png-size.ts';
import { repoRoot } from '../support/repo-root.ts';
import { siteUrl } from '../../src/lib/site-address.ts';

// The figures page (/2024-25/figures/) is where figures.spec.ts and figure-links.spec.ts meet: one
// visit with JavaScript and one without run their checks of it in turn, each step named after the
// spec it came from; with tests/e2e/every-page.spec.ts, three visits.

// The published address (astro.config `site`): what people share, whatever address the test server has.
const site = siteUrl();
const chartCount = (parse(readFileSync(path.join(repoRoot, 'content/charts/2024-25.yaml'), 'utf8')) as unknown[]).length;
/** Drawing waits for chart.js to download and run: allow for a slow, busy machine. */
const DRAWN = { timeout: 20_000 };
/** The page's first chart, as built: the address its copy-link control gives is the one this test opens. */
const firstChartId = /<section class="chart"[^>]* id="([^"]+)"/.exec(builtSite().find((p) => p.urlPath === '/2024-25/figures/')!.html)![1]!;

/** Text drawn on a canvas of the page: recorded by wrapping fillText before any script runs. */
interface DrawnText {
  text: string;
  x: number;
  y: number;
  font: string;
  canvas: { width: number; height: number };
}

test("with JavaScript: a chart's address copied and opened, its image, every CSV file, a chart printed", async ({ page, context }) => {
  test.setTimeout(180_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => {
    const drawn: DrawnText[] = [];
    const violations: string[] = [];
    Object.assign(window, { drawn, violations });
    document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
    const fillText = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (text: string, x: number, y: number, maxWidth?: number) {
      drawn.push({ text, x, y, font: this.font, canvas: { width: this.canvas.width, height: this.canvas.height } });
      return fillText.call(this, text, x, y, maxWidth);
    };
  });
  // Opened at the address the first chart's copy-link control gives (checked below), as a reader
  // who received it would.
  await page.goto(`/2024-25/figures/#${firstChartId}`);

  await test.step('figure-links: copies the absolute address of a chart, which leads back to it', async () => {
    const chart = page.locator('section.chart').first();
    const title = (await chart.getByRole('heading').innerText()).trim();
    const id = await chart.getAttribute('id');
    expect(id).toMatch(/^chart-[a-z0-9-]+$/);
    // The address opened leads to the chart.
    await expect(page.locator(`#${id}`).getByRole('heading', { name: title, exact: true })).toBeInViewport();
    await chart.getByRole('button', { name: /^Copy link to / }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${site}/2024-25/figures/#${id}`);
    await expect(page.locator('#copy-link-status')).toHaveText(/^Link copied: /);
    // ... and it is the address this page was opened at.
    expect(new URL(copied).pathname + new URL(copied).hash).toBe(new URL(page.url()).pathname + new URL(page.url()).hash);
  });

  await test.step('figure-links: Download image saves the chart as a PNG at print resolution, with its title, source and address', async () => {
    const chart = page.locator('section.chart').first();
    const id = (await chart.getAttribute('id'))!;
    const title = (await chart.getByRole('heading').innerText()).trim();
    const source = (await chart.getByText(/^Source: /).innerText()).trim();
    const bars = (await chart.locator('tbody tr').count()) * Math.max(1, (await chart.locator('thead th.numeric').count()) || 1);
    await chart.scrollIntoViewIfNeeded();
    const button = chart.getByRole('button', { name: `Download image of ${title}`, exact: true });
    await expect(button).toBeVisible({ timeout: 20_000 });

    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe(`${id}-2024-25.png`);
    const bytes = readFileSync((await download.path())!);
    const size = pngSize(bytes);
    // 960 CSS pixels at twice the density: about 16 cm wide at 300 dots per inch.
    expect(size.width).toBe(1920);
    // Tall enough for every bar at the page's height per bar (56 px), doubled, plus the title and source.
    expect(size.height).toBeGreaterThan(2 * (bars * 56 + 72));
    expect(size.height).toBeLessThan(2 * (bars * 56 + 72 + 600));

    // The words drawn on the canvas the PNG was made from (the one of the PNG's size).
    const drawn = (await page.evaluate(() => (window as unknown as { drawn: DrawnText[] }).drawn)).filter(
      (t) => t.canvas.width === size.width && t.canvas.height === size.height,
    );
    // The title is what is drawn largest; the rest, under the chart, its source and address.
    const px = (t: DrawnText) => Number(/(\d+)px/.exec(t.font)?.[1]);
    const largest = Math.max(...drawn.map(px));
    const titleLines = drawn.filter((t) => px(t) === largest);
    expect(titleLines.map((t) => t.text).join(' ')).toBe(title);
    const notes = drawn.filter((t) => px(t) < largest).map((t) => t.text);
    // Under the source, every acronym the image uses spelt out, so the image stands alone in a board paper.
    const acronyms = (await chart.locator('dasv-chart').getAttribute('data-acronyms')) ?? '';
    if (/\bDA\b/.test(`${title} ${source}`)) expect(acronyms).toContain('DA: Domestic Abuse.');
    expect(notes.join(' ')).toBe([source, acronyms, `www.cambsdasv.org.uk/2024-25/figures/#${id}`].filter(Boolean).join(' '));

    // And in the PNG's pixels: the first title line is ink as wide as its words, and the bars are the accent colour.
    const first = titleLines[0]!;
    const found = await page.evaluate(
      async ({ base64, line }) => {
        const blob = new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'image/png' });
        const bitmap = await createImageBitmap(blob);
        const canvas = document.createElement('canvas');
        canvas.width = bitmap.width;
        canvas.height = bitmap.height;
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        context.font = line.font;
        const expectedWidth = context.measureText(line.text).width * 2;
        // The band of the first title line (drawn from its top), in image pixels.
        const band = context.getImageData(0, line.y * 2, canvas.width, 56).data;
        let left = Infinity;
        let right = -Infinity;
        for (let i = 0; i < band.length; i += 4) {
          if (band[i]! < 80 && band[i + 1]! < 80 && band[i + 2]! < 80) {
            const x = (i / 4) % canvas.width;
            left = Math.min(left, x);
            right = Math.max(right, x);
          }
        }
        const all = context.getImageData(0, 0, canvas.width, canvas.height).data;
        let accent = 0;
        for (let i = 0; i < all.length; i += 4) if (all[i] === 0x5b && all[i + 1] === 0x2a && all[i + 2] === 0x86) accent++;
        return { left, inkWidth: right - left, expectedWidth, accent };
      },
      { base64: bytes.toString('base64'), line: first },
    );
    // Ink starts where the line was drawn (a glyph's side bearing aside).
    expect(found.left - 2 * first.x).toBeGreaterThanOrEqual(0);
    expect(found.left - 2 * first.x).toBeLessThan(16);
    expect(Math.abs(found.inkWidth - found.expectedWidth)).toBeLessThan(found.expectedWidth * 0.05);
    expect(found.accent).toBeGreaterThan(5000);
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
  });

  await test.step('figures: each downloaded CSV file holds exactly the data of its table', async () => {
    for (const chart of await page.locator('section.chart').all()) await expectCsvOfTable(page, chart);
  });

  await test.step('figures: printed, a chart is its table', async () => {
    await page.locator('#chart-training-reach dasv-chart').scrollIntoViewIfNeeded();
    await expect(page.locator('#chart-training-reach dasv-chart')).toHaveAttribute('data-drawn', 'true', DRAWN);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#chart-training-reach dasv-chart')).toBeHidden();
    await expect(page.locator('#chart-training-reach').getByRole('table')).toBeVisible();
  });
});

test.describe('when JavaScript is unavailable', () => {
  test.use({ javaScriptEnabled: false });

  test('every chart is a table with its CSV file and its own anchor, and offers no image', async ({ page }) => {
    await page.goto('/2024-25/figures/');
    await test.step('figures: every chart is a table with its CSV link, source and year', async () => {
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
    await test.step('figure-links: every chart and every card on the figures page links to its own anchor', async () => {
      const targets = page.locator('section.chart, .big-number');
      expect(await targets.count()).toBeGreaterThan(40);
      for (const target of await targets.all()) {
        const id = await target.getAttribute('id');
        expect(id).toMatch(/^(chart|figure)-[a-z0-9-]+$/);
        await expect(target.locator('copy-link a')).toHaveAttribute('href', `#${id}`);
      }
    });
    await test.step('figure-links: a chart offers no image to download, only its table and CSV file', async () => {
      const chart = page.locator('section.chart').first();
      await expect(chart.getByRole('table')).toBeVisible();
      await expect(chart.getByRole('link', { name: /Download this data as a CSV file/ })).toBeVisible();
      await expect(page.getByRole('button', { name: /Download image/ })).toHaveCount(0);
    });
  });
});
