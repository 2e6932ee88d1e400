import path from 'node:path';
import { readFileSync } from 'node:fs';
import { expect, test, type Locator } from '@playwright/test';
import { parse } from 'yaml';
import { baseURL } from '../../playwright.config';
import { formatValue } from '../../src/lib/figure-format';
import { validateContent } from '../../src/checker/index.ts';
import type { Chart, Figure } from '../../src/schemas/index';
import {
  expectKeyboardReachesEverything,
  expectSmoothScrollingOffForReducedMotion,
  expectTextAtTwiceItsSizeFits,
  normalise,
  sourceStatements,
} from './helpers';
import { repoRoot } from '../support/repo-root.ts';
import { expectBoardReadyPrint, flat } from './printed';
import { keepRequestsLocal } from './site-pages';
import { siteUrl } from '../../src/lib/site-address.ts';

// The whole report (/2024-25/report/) is where most features meet: printing, the keyboard, the
// glossary, quick exit, sharing, every statement of the source document. Each used to open it anew;
// here one visit with JavaScript and one without run them all in turn (each step names the spec its
// feature belongs to), so the page is opened three times in all with tests/e2e/every-page.spec.ts.

const site = siteUrl();
const REPORT = '/2024-25/report/';
const charts = parse(readFileSync(path.join(repoRoot, 'content/charts/2024-25.yaml'), 'utf8')) as Chart[];
const CHART_CODE = /draw-chart|chart-element|chart\.js|Chart\.astro/i;
const { content } = validateContent(path.join(repoRoot, 'content'));
// Each with the number its achievement's text states (the figures file holds none), as the site shows it.
const figures: Figure[] = content.figures.filter((f) => f.data.year === '2024-25').map((f) => f.data);
const statements = sourceStatements();

/** A table's cells as its reader sees them, row by row, the heading row first. */
async function cells(table: Locator): Promise<string[][]> {
  return table
    .locator('tr')
    .evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => (cell as HTMLElement).innerText.trim())));
}

test('with JavaScript: keyboard, reduced motion, large text, statements, glossary, sharing, quick exit, print', async ({
  page,
  context,
}) => {
  test.setTimeout(240_000);
  await keepRequestsLocal(context, baseURL);
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  // The Print button calls window.print, which would open a dialogue: counted instead.
  await page.addInitScript(() => {
    Object.assign(window, { printed: 0 });
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });
  // Focus scrolls at once (no smooth scrolling), so where it lands can be checked straight away.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 1024, height: 600 });
  await page.goto(REPORT);

  await test.step('accessibility: the keyboard alone reaches every link and control, and focus is never hidden, down and back up', async () => {
    await expectKeyboardReachesEverything(page, true);
  });
  await test.step('accessibility: smooth scrolling is turned off for readers who ask for reduced motion', async () => {
    await expectSmoothScrollingOffForReducedMotion(page);
  });
  await test.step('accessibility: with text at twice its size, nothing is cut off or needs scrolling sideways, and the bar stays short', async () => {
    await expectTextAtTwiceItsSizeFits(page);
  });
  await page.setViewportSize({ width: 1280, height: 720 });

  await test.step('source statements: the whole report holds every statement of the source document', async () => {
    const text = normalise(await page.locator('main').innerText());
    expect(statements.filter((statement) => !text.includes(statement))).toEqual([]);
  });

  await test.step('themes: every achievement of every progress file of the year is in it, as an item of its own', async () => {
    // Words only: no partners, copy-link control or id (an achievement's anchor is on its theme page).
    const items = (await page.locator('.report-section .item-list > li').allTextContents()).map(normalise);
    for (const progress of content.progress.filter((p) => p.id.startsWith('2024-25/'))) {
      for (const achievement of progress.data.achievements) expect(items, progress.file).toContain(normalise(achievement.text));
    }
  });

  await test.step('glossary: each glossary term used in it is explained once', async () => {
    const terms = await page.locator('main a.glossary-term abbr').allTextContents();
    expect(new Set(terms).size).toBe(terms.length);
    // "IDVA" is first used in "Year One in numbers", before the achievements' "IDVAs".
    for (const term of ['MARAC', 'IDVA', 'SARC', 'DARDR', 'JTAI', 'PSHE', 'ICB', 'DARA', 'CARA', 'CGL', 'NWAFT', 'PWA', 'Op']) {
      expect(terms).toContain(term);
    }
  });

  await test.step('quick exit: the button stays on screen while reading a long page, and is not printed', async () => {
    const exitButton = page.getByRole('banner').getByRole('link', { name: 'Exit this page' });
    await page.mouse.wheel(0, 20_000);
    await expect(exitButton).toBeInViewport();
    await page.emulateMedia({ media: 'print' });
    await expect(exitButton).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
  });

  await test.step('print: on screen, the Print or save as PDF button opens the print dialogue', async () => {
    await page.getByRole('button', { name: 'Print or save as PDF' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  });

  await test.step('sharing: no copy controls in the report; its themes have anchors', async () => {
    await page.evaluate(() => (location.hash = 'data'));
    await expect(page.getByRole('heading', { level: 2, name: 'Data', exact: true })).toBeInViewport();
    await expect(page.getByRole('button', { name: /Copy link/ })).toHaveCount(0);
  });

  await page.emulateMedia({ media: 'print' });
  await test.step('print: no navigation, help box, copy-link or print controls', async () => {
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Footer' })).toBeHidden();
    await expect(page.getByRole('complementary', { name: 'Get help now' })).toBeHidden();
    await expect(page.getByRole('button', { name: /Copy link|Share|Print/ })).toHaveCount(0);
    await expect(page.locator('copy-link').first()).toBeHidden();
  });

  await test.step('print: keeps the cover, the contents and every theme, each theme starting a page', async () => {
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Domestic Abuse & Sexual Violence Strategy 2024-2027');
    await expect(page.getByRole('navigation', { name: 'Contents' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Contents' }).getByRole('link')).toHaveCount(9);
    await expect(page.locator('.report-section')).toHaveCount(9);
    await expect(page.locator('.report-section').first()).toHaveCSS('break-before', 'page');
    await expect(page.locator('.report-section li', { hasText: 'Peterborough DASV Conference – 170 attendees' })).toBeVisible();
  });

  await test.step('print: shows the absolute address of the report and of each theme’s own page', async () => {
    await expect(page.getByText(`Online at ${site}/2024-25/report/`)).toBeVisible();
    const ownPage = page.getByRole('link', { name: 'Awareness on its own page' });
    await expect(ownPage).toBeVisible();
    const printed = await ownPage.evaluate((el) => getComputedStyle(el, '::after').content);
    expect(printed).toBe(`" (${site}/2024-25/awareness/)"`);
  });

  await test.step('print: every chart of the year is a table of its figures, and the report loads no chart code', async () => {
    // Read to the end, as a reader would: a chart element near the viewport would fetch its code.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
        window.scrollTo(0, y);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    });
    await page.waitForLoadState('networkidle');
    expect(charts.length).toBeGreaterThan(0);
    await expect(page.locator('section.chart')).toHaveCount(charts.length);
    for (const chart of charts) {
      const section = page.locator(`#chart-${chart.id}`);
      const table = section.getByRole('table');
      await expect(section.getByRole('heading', { name: chart.title, exact: true }), chart.id).toBeVisible();
      // The report's tables carry no summary in words: the theme's achievements just above say the same
      // (the figures and theme pages show it with the drawn chart).
      await expect(section.getByText(chart.summary.replace(/\s+/g, ' ').trim(), { exact: true }), chart.id).toHaveCount(0);
      // Who collected the figures and when, not this report's own title.
      await expect(
        section.getByText('Source: DASV Partnership partners, April 2024 to March 2025.', { exact: true }),
        chart.id,
      ).toBeVisible();
      await expect(table, chart.id).toBeVisible();
      // The same table as the figures page's: tests/unit/built/report-tables.test.ts, over dist/.
      const shown = await cells(table);
      // Every figure of the chart is one value cell: right of the labels in a grouped bar, else the last cell.
      const values = shown.slice(1).flatMap((row) => row.slice(chart.kind === 'grouped-bar' ? 1 : -1));
      const expected = chart.figures.map((id) => figures.find((figure) => figure.id === id)!);
      expect(values.filter((value) => value !== '').sort(), chart.id).toEqual(expected.map((f) => formatValue(f.value, f.unit)).sort());
      // A download link is of no use on paper: on screen only.
      const csv = section.getByRole('link', { name: /Download this data as a CSV file/, includeHidden: true });
      await expect(csv).toHaveAttribute('href', `/2024-25/figures/${chart.id}.csv`);
      await expect(csv).toBeHidden();
    }
    await expect(page.locator('dasv-chart, canvas')).toHaveCount(0);
    expect(scripts.filter((script) => CHART_CODE.test(script))).toEqual([]);
  });

  await test.step('print: no cookie line, and a light footer even in the dark scheme', async () => {
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await expect(page.getByText('This site sets no cookies')).toBeHidden();
    const footer = page.getByRole('contentinfo');
    await expect(footer).toBeVisible();
    await expect(footer).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
    await expect(footer.getByText('Domestic Abuse & Sexual Violence Strategy 2024-2027.')).toHaveCSS('color', 'rgb(0, 0, 0)');
  });

  await test.step('print: saved as PDF, it opens with its contents and the year in numbers, each page names the site, the address, the date and its number', async () => {
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    const pages = await expectBoardReadyPrint(page, site, REPORT);
    // Its opening pages are full: cover, contents and the year in numbers, no near-empty page first.
    const opening = flat(pages.slice(0, 2).join(' '));
    expect(opening).toContain('Contents');
    expect(opening).toContain('Year One in numbers');
    for (const [index, text] of pages.slice(0, 2).entries()) expect(flat(text).length, `page ${index + 1}`).toBeGreaterThan(600);
    // Then each of the 9 themes and aims starts a page.
    expect(pages.length).toBeGreaterThanOrEqual(10);
    expect(pages.length).toBeLessThanOrEqual(24);
    // MARAC is spelt out once where the text does not already say it.
    expect(flat(pages.join(' ')).match(/Multi Agency Risk Assessment Conference/g)?.length).toBeGreaterThanOrEqual(1);
  });

  // Last, as it leaves the report.
  await test.step('sharing: a theme’s own page, linked from the report, has the copy controls', async () => {
    await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
    await page.getByRole('link', { name: 'Data on its own page' }).click();
    await expect(page.getByRole('button', { name: 'Copy link to Achievements in Year One' })).toBeVisible();
  });
});

test.describe('when JavaScript is unavailable', () => {
  test.use({ javaScriptEnabled: false });

  test('the statements, the help numbers and how to print', async ({ page }) => {
    await page.goto(REPORT);
    await test.step('source statements: the whole report holds every statement of the source document', async () => {
      const text = normalise(await page.locator('main').innerText());
      expect(statements.filter((statement) => !text.includes(statement))).toEqual([]);
    });
    await test.step('no JavaScript: the help numbers are there as phone links', async () => {
      // In the box after the report, and in the help strip under the bar.
      for (const name of ['Get help now', 'Help']) {
        const help = page.getByRole('complementary', { name, exact: true });
        await expect(help.getByRole('link', { name: '0808 2000 247' })).toHaveAttribute('href', 'tel:08082000247');
        await expect(help.getByRole('link', { name: '999', exact: true })).toHaveAttribute('href', 'tel:999');
      }
    });
    await test.step('print: the report says how to print it with the browser', async () => {
      await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
      await expect(page.getByText("use your browser's Print command (Ctrl+P, or Command+P on a Mac)")).toBeVisible();
    });
  });
});
