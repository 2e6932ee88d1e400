import { devices, expect, test } from '@playwright/test';
import { builtPages, emulateSlow4G, expectPaintsFromOwnHtmlAndCss, recordLayoutShifts } from './helpers';

// Lighthouse-class checks on a phone over a slow connection: nothing moves once painted, and what
// the first paint waits for is this site's own HTML and CSS, within one round trip's worth of bytes.
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

for (const url of onePagePerTemplate) {
  test(`${url} paints from its own HTML and CSS alone, and nothing shifts`, async ({ page }) => {
    await emulateSlow4G(page);
    // Each shift is kept with what moved, so a failure says where to look.
    const layoutShifts = await recordLayoutShifts(page);
    await page.goto(url);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);

    expect(await layoutShifts()).toEqual([]);
    await expectPaintsFromOwnHtmlAndCss(page, url);
  });
}
