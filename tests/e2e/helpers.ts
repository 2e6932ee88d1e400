import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { budgets } from '../support/budgets.ts';
import { distDir as dist } from '../support/built-dist.ts';
import { parseCsv } from '../support/parse-csv.ts';
import { repoRoot } from '../support/repo-root.ts';
import { gzipSize } from '../../src/lib/page-weight.ts';

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
  const statements = source
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => {
      let statement = line.replace(/^- /, '').replace(/\*\*/g, '').replace(/:$/, '');
      for (const { from, to } of corrections) statement = statement.replaceAll(from, to);
      return normalise(statement);
    });
  // 98 achievements, 6 principles, 4 collaboration points, 3 priorities, and the headings around
  // them: fewer means the document was misread, and a check against it would pass on nothing.
  if (statements.length <= 130) throw new Error(`the source document reads as ${statements.length} statements; expected over 130`);
  return statements;
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
  // Named after the chart and the year, as its address is after the chart.
  expect(download.suggestedFilename()).toBe(
    `${new URL(download.url()).pathname
      .split('/')
      .at(-1)!
      .replace(/\.csv$/, '')}-${new URL(download.url()).pathname.split('/')[1]}.csv`,
  );
  // Each number column names its unit in the CSV ("Number (count)", "Percentage (%)"), or, where the
  // rows differ in unit, a Unit column says it for each row; the page's table says it in each number.
  const unitColumn = csv[0]!.indexOf('Unit');
  if (unitColumn >= 0) {
    expect(headers).not.toContain('Unit');
    for (const fields of csv.slice(1)) expect(['count', 'percent']).toContain(fields[unitColumn]);
    for (const fields of csv) fields.splice(unitColumn, 1);
  } else {
    expect(csv[0]!.filter((header) => / \((count|%)\)$/.test(header)).length).toBeGreaterThan(0);
    csv[0] = csv[0]!.map((header) => header.replace(/ \((count|%)\)$/, ''));
  }
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

/** Tabs through the page from the top; returns what was focused, in order, until focus leaves the page or comes round. */
export async function tabThrough(page: Page, check: (page: Page) => Promise<void>): Promise<string[]> {
  const reached: string[] = [];
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    const key = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      return `${el.tagName.toLowerCase()}|${el.getAttribute('href') ?? ''}|${el.textContent?.trim().slice(0, 40) ?? ''}|${[...document.querySelectorAll('*')].indexOf(el)}`;
    });
    if (key === null || reached.includes(key)) break;
    reached.push(key);
    await check(page);
  }
  return reached;
}

/** The focused element is fully on screen, not under the sticky bar at the top, and visibly marked. */
export async function focusIsVisible(page: Page): Promise<void> {
  const problem = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const box = el.getBoundingClientRect();
    const header = document.querySelector('body > header')!;
    const bar = header.getBoundingClientRect();
    const name = `${el.tagName} "${el.textContent?.trim().slice(0, 40)}"`;
    if (box.bottom < 0 || box.top > innerHeight) return `${name} is off screen`;
    // Where it overlaps the sticky bar, the bar must not be drawn over it (a skip link is drawn over the bar).
    if (!header.contains(el) && box.top < bar.bottom && box.bottom > bar.top) {
      const overlap = (Math.max(box.top, bar.top) + Math.min(box.bottom, bar.bottom)) / 2;
      const hit = document.elementFromPoint(box.left + box.width / 2, overlap);
      if (hit && header.contains(hit)) return `${name} is under the bar at the top`;
    }
    const style = getComputedStyle(el);
    // An outline, a ring, or the yellow GOV.UK-style background that links take.
    const marked = style.outlineStyle !== 'none' || style.boxShadow !== 'none' || style.backgroundColor === 'rgb(255, 221, 0)';
    return marked ? null : `${name} has no visible focus indicator`;
  });
  expect(problem).toBeNull();
}

/**
 * The keyboard alone reaches every rendered link and control of the page just opened, focus never
 * hidden; with `back`, Shift+Tab up a long page, where a sticky bar could cover what is focused.
 * Call it before anything else has taken focus. (tests/e2e/accessibility.spec.ts)
 */
export async function expectKeyboardReachesEverything(page: Page, back: boolean): Promise<void> {
  const focusable = await page
    .locator('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')
    // Rendered ones: the links of a closed menu (<details>) are not, until it is opened.
    .evaluateAll(
      (els) =>
        els.filter((el) => !el.closest('[hidden]') && getComputedStyle(el).visibility !== 'hidden' && (el as HTMLElement).checkVisibility())
          .length,
    );
  const reached = await tabThrough(page, focusIsVisible);
  expect(reached.length).toBe(focusable);
  if (back) {
    for (let i = 0; i < reached.length - 1; i++) {
      await page.keyboard.press('Shift+Tab');
      await focusIsVisible(page);
    }
  }
}

/**
 * With text at twice its size on a 1280 x 720 screen, nothing needs scrolling sideways and the bar
 * at the top stays within the scroll padding that keeps focused items below it. The size is set
 * through the CSS object model, which no Content Security Policy blocks; it is undone after.
 * (tests/e2e/accessibility.spec.ts)
 */
export async function expectTextAtTwiceItsSizeFits(page: Page): Promise<void> {
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%', 'important'));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const { bar, padding } = await page.evaluate(() => ({
    bar: document.querySelector('body > header')!.getBoundingClientRect().height,
    padding: parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop),
  }));
  expect(bar).toBeLessThan(padding);
  await page.evaluate(() => document.documentElement.style.removeProperty('font-size'));
  if (viewport) await page.setViewportSize(viewport);
}

/** Scroll behaviour is smooth, and turns off when the reader asks for reduced motion. (tests/e2e/accessibility.spec.ts) */
export async function expectSmoothScrollingOffForReducedMotion(page: Page): Promise<void> {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.getByRole('link', { name: 'Skip to main content' }).focus();
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
}

/**
 * What the first paint of `url` waited for (render-blocking files) is the site's own, and with the
 * page's HTML weighs at most the HTML-and-CSS budget, gzipped: one round trip's worth of bytes.
 */
export async function expectPaintsFromOwnHtmlAndCss(page: Page, url: string): Promise<void> {
  const blocking = await page.evaluate(() =>
    (performance.getEntriesByType('resource') as (PerformanceResourceTiming & { renderBlockingStatus?: string })[])
      .filter((entry) => entry.renderBlockingStatus === 'blocking')
      .map((entry) => entry.name),
  );
  const origin = new URL(page.url()).origin;
  for (const resource of blocking) expect(new URL(resource).origin, resource).toBe(origin);
  const bytes = blocking.reduce(
    (sum, resource) => sum + gzipSize(readFileSync(path.join(dist, new URL(resource).pathname))),
    gzipSize(readFileSync(path.join(dist, url.endsWith('.html') ? url : `${url}index.html`))),
  );
  expect(bytes, `HTML and ${blocking.join(', ')}`).toBeLessThanOrEqual(budgets.htmlAndCssBytes);
  expect(blocking.length, 'render-blocking files').toBeGreaterThan(0);
}

/** Network conditions for Chromium to emulate (CDP's Network.emulateNetworkConditions). */
type Connection = { offline: boolean; latency: number; downloadThroughput: number; uploadThroughput: number };

/** Lighthouse's "slow 4G": 150 ms round trips, 1.6 Mbit/s down. */
const SLOW_4G: Connection = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};

/**
 * Makes `page` load as over `connection`. Chromium applies it to what the network serves, not to
 * responses a test's route fulfils. Returns what ends it.
 */
export async function emulateConnection(page: Page, connection: Connection): Promise<() => Promise<void>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', connection);
  return async () => {
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  };
}

/** Lighthouse's "slow 4G" for this page; returns what ends it. */
export const emulateSlow4G = (page: Page): Promise<() => Promise<void>> => emulateConnection(page, SLOW_4G);

/**
 * Holds back the requests of `page` whose address matches `pattern`, as a connection slower still
 * would, until `release()`; `held` lists the paths held, in order.
 */
export async function holdRequests(page: Page, pattern: RegExp): Promise<{ held: string[]; release: () => void }> {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  const held: string[] = [];
  await page.route(pattern, async (route) => {
    held.push(new URL(route.request().url()).pathname);
    await released;
    await route.continue();
  });
  return { held, release };
}

/**
 * Records every layout shift of the pages `page` opens from now on, with what moved from where to
 * where, and returns a reader of them. Every shift counts, hadRecentInput or not: Chromium marks
 * shifts in about the first second under phone emulation as following input although nothing was
 * pressed, and filtering on it once hid the header's controls moving 140 px at first paint.
 */
export async function recordLayoutShifts(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    type LayoutShift = PerformanceEntry & {
      value: number;
      sources: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
    };
    const shifts: string[] = [];
    Object.assign(window, { layoutShifts: shifts });
    const where = (rect: DOMRectReadOnly): string =>
      `${Math.round(rect.x)},${Math.round(rect.y)} ${Math.round(rect.width)}×${Math.round(rect.height)}`;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as LayoutShift[]) {
        const moved = entry.sources.map((source) => {
          const node = source.node instanceof Element ? `${source.node.localName}.${source.node.className}` : String(source.node?.nodeName);
          return `${node} ${where(source.previousRect)} → ${where(source.currentRect)}`;
        });
        shifts.push(`${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms: ${moved.join('; ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return () => page.evaluate(() => (window as unknown as { layoutShifts: string[] }).layoutShifts);
}

/** Records the Content Security Policy violations of the pages `page` opens from now on; returns a reader of them. */
export async function watchCspViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const violations: string[] = [];
    Object.assign(window, { cspViolations: violations });
    document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

/** Search loads its code, index and excerpts over the network; on a busy machine that takes seconds. */
const searchWait = { timeout: 20_000 };

/** Opens the header's search dialog with the keyboard and waits for its search box to take focus. */
export async function openSearchDialog(page: Page): Promise<{ dialog: Locator; box: Locator }> {
  await page.keyboard.press('Control+K');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  const box = dialog.getByRole('searchbox', { name: 'Search this site' });
  await expect(box).toBeFocused(searchWait);
  return { dialog, box };
}

/** Types a query into a search panel (the page's or the dialog's) and waits until its results, or "No results", are shown. */
export async function searchFor(panel: Locator, query: string): Promise<void> {
  await panel.getByRole('searchbox', { name: 'Search this site' }).fill(query);
  await expect(panel.getByRole('status')).toContainText(`for “${query}”`, searchWait);
}

/** Closes the search dialog (a first Escape may only leave a filter or a result). */
export async function closeSearchDialog(page: Page, dialog: Locator): Promise<void> {
  await page.keyboard.press('Escape');
  if (await dialog.isVisible()) await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

/** Searching from the header's dialog on the open page finds results and breaks no rule of the policy. */
export async function expectSearchWithinPolicy(page: Page, cspViolations: () => Promise<string[]>): Promise<void> {
  const { dialog, box } = await openSearchDialog(page);
  await box.fill('MARAC');
  await expect(dialog.locator('.sp-result a').first()).toBeVisible(searchWait);
  expect(await cspViolations()).toEqual([]);
  await closeSearchDialog(page, dialog);
}

/** What the page put on the clipboard (the context needs the clipboard-read permission). */
export async function clipboardText(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}
