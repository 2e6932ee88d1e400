import { readFileSync } from 'node:fs';
import path from 'node:path';
import { devices, expect, test } from '@playwright/test';
import { gzipSize } from '../support/page-weight.ts';
import { budgets } from '../support/budgets.ts';
import { distDir } from '../support/built-dist.ts';
import { builtPages } from './helpers';

// Lighthouse-class checks on a phone over a slow connection: nothing moves once painted, and what
// the first paint waits for is this site's own HTML and CSS, within one round trip's worth of bytes.
const dist = distDir;
// A phone's screen and touch; the browser stays Chromium, as for every other test.
const { viewport, deviceScaleFactor, isMobile, hasTouch, userAgent } = devices['Pixel 7'];
test.use({ viewport, deviceScaleFactor, isMobile, hasTouch, userAgent });

// Once per template: each page made by one template loads the same files in the same way, and
// every page's HTML and CSS are weighed against the same budget over dist/ (tests/unit/built/).
const onePagePerTemplate = [
  '/',
  '/2024-25/',
  // A theme page with a chart, which draws as it nears the viewport.
  '/2024-25/pursuing-perpetrators/',
  '/2024-25/report/',
  '/2024-25/figures/',
  '/partners/',
  '/partners/police/',
  // For the standing pages (accessibility, get help, glossary, staying safe online): words and lists
  // in the base layout, with no script of their own.
  '/about/',
  // /search/: the same checks ride on search.spec.ts's visit on a slow connection, which also
  // follows the search form frame by frame while its code arrives.
];

test('the templates tested here are pages of the built site', () => {
  for (const url of onePagePerTemplate) expect(builtPages(), url).toContain(url);
});

/** A layout-shift entry (not in TypeScript's DOM types): how much moved, and which nodes from where to where. */
type LayoutShift = PerformanceEntry & {
  value: number;
  sources: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
};

for (const url of onePagePerTemplate) {
  test(`${url} paints from its own HTML and CSS alone, and nothing shifts`, async ({ page, baseURL }) => {
    const cdp = await page.context().newCDPSession(page);
    // Lighthouse's "slow 4G": 150 ms round trips, 1.6 Mbit/s down.
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    });
    // Every layout shift counts, hadRecentInput or not: nothing is pressed before the measurement,
    // yet Chromium marks shifts in about the first second under this phone emulation as following
    // input, and filtering on it hid the header's controls moving 140 px at first paint. Each shift
    // is kept with what moved, so a failure says where to look.
    await page.addInitScript(() => {
      const shifts: string[] = [];
      (window as unknown as { layoutShifts: string[] }).layoutShifts = shifts;
      const where = (rect: DOMRectReadOnly): string =>
        `${Math.round(rect.x)},${Math.round(rect.y)} ${Math.round(rect.width)}×${Math.round(rect.height)}`;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as LayoutShift[]) {
          const moved = entry.sources.map((source) => {
            const node =
              source.node instanceof Element ? `${source.node.localName}.${source.node.className}` : String(source.node?.nodeName);
            return `${node} ${where(source.previousRect)} → ${where(source.currentRect)}`;
          });
          shifts.push(`${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms: ${moved.join('; ')}`);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(url);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);

    expect(await page.evaluate(() => (window as unknown as { layoutShifts: string[] }).layoutShifts)).toEqual([]);

    const blocking = await page.evaluate(() =>
      (performance.getEntriesByType('resource') as (PerformanceResourceTiming & { renderBlockingStatus?: string })[])
        .filter((entry) => entry.renderBlockingStatus === 'blocking')
        .map((entry) => entry.name),
    );
    for (const resource of blocking) expect(new URL(resource).origin, resource).toBe(baseURL);
    const html = readFileSync(path.join(dist, `${url}index.html`));
    const bytes = blocking.reduce(
      (sum, resource) => sum + gzipSize(readFileSync(path.join(dist, new URL(resource).pathname))),
      gzipSize(html),
    );
    expect(bytes, `HTML and ${blocking.join(', ')}`).toBeLessThanOrEqual(budgets.htmlAndCssBytes);
    expect(blocking.length, 'render-blocking files').toBeGreaterThan(0);
  });
}
