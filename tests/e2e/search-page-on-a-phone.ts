import { expect as baseExpect, type Page, type Response } from '@playwright/test';
import { holdRequests, searchFor } from './helpers';

// The search page's own checks that need the state tests/e2e/every-page.spec.ts opens it in (a phone
// over a slow connection), run on that visit rather than on visits of their own: every-page opens
// /search/ with `open`, makes its own slow-connection checks (no layout shift; the first paint waits
// for nothing but the page's HTML and CSS), then runs `afterLoad`. The page's other checks:
// tests/e2e/search-page.spec.ts (a wide screen; its own script late, then its code failing once)
// and search.spec.ts (without JavaScript).

/** Search loads its code, index and excerpts over the network; on a busy machine that takes seconds. */
const expect = baseExpect.configure({ timeout: 20_000 });

/** What the reader sees in one frame: whether the no-JavaScript notice shows, and where the search box and footer are on the page. */
type Frame = { notice: boolean; box: number | null; footer: number | null };

export const searchPageOnAPhone = {
  /**
   * Opens /search/ with its search code held back, as on a connection slower still, until the form
   * has been seen without it; then lets it come, and sees it take the form over.
   */
  async open(page: Page): Promise<Response | null> {
    // Each frame the browser draws once it has painted the page. Frames before the first paint (its
    // stylesheet not yet applied) are never seen, and frames before the page has arrived as far as
    // its footer do not hold the form yet: not counted.
    await page.addInitScript(() => {
      const frames: { notice: boolean; box: number | null; footer: number | null }[] = [];
      Object.assign(window, { searchFrames: frames });
      const seen = (element: Element | null | undefined) =>
        Boolean(
          element?.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && element.getBoundingClientRect().height > 0,
        );
      const top = (element: Element | null) => (seen(element) ? element!.getBoundingClientRect().top + window.scrollY : null);
      requestAnimationFrame(function record() {
        const notice = [...document.querySelectorAll('main p')].find((p) => p.textContent?.includes('Search needs JavaScript'));
        if (performance.getEntriesByType('paint').length > 0 && document.querySelector('footer'))
          frames.push({
            notice: seen(notice),
            box: top(document.querySelector('main input')),
            footer: top(document.querySelector('footer')),
          });
        if (frames.length < 2000) requestAnimationFrame(record);
      });
    });
    const searchCode = await holdRequests(page, /\/_astro\/search-ui[^/]*\.js$/);

    const response = await page.goto('/search/', { waitUntil: 'domcontentloaded' });
    const box = page.getByRole('main').getByRole('searchbox', { name: 'Search this site' });
    await expect(box).toBeVisible();
    await expect(page.getByText('Search needs JavaScript')).toBeHidden();
    const settings = page.waitForResponse(/\/search-data\.json$/);
    expect(searchCode.held).toHaveLength(1);
    searchCode.release();
    // The code has arrived and taken the form over: it puts the reader in the search box, and fetches its settings.
    await expect(box).toBeFocused();
    await settings;
    await page.unrouteAll();
    return response;
  },

  /** The form from the first paint, never "Search needs JavaScript", and nothing moved as the code came; then a 320 px screen. */
  async afterLoad(page: Page): Promise<void> {
    const frames = await page.evaluate(() => (window as unknown as { searchFrames: Frame[] }).searchFrames);
    expect(frames.length, 'frames drawn').toBeGreaterThan(10);
    expect(frames.filter((frame) => frame.notice).length, 'frames showing "Search needs JavaScript"').toBe(0);
    expect(frames[0]?.box, 'the search box, from the first frame').not.toBeNull();
    expect(new Set(frames.map((frame) => frame.box)), 'where the search box is, frame by frame').toEqual(new Set([frames[0]?.box]));
    expect(new Set(frames.map((frame) => frame.footer)), 'where the footer is, frame by frame').toEqual(new Set([frames[0]?.footer]));

    // On a 320 px screen (search-quality): results never scroll sideways; the filters, folded as the
    // code found a narrow screen, sit under "Filter results", one-value filters left out.
    const panel = page.getByRole('main').locator('search-panel');
    await page.setViewportSize({ width: 320, height: 640 });
    for (const query of ['MARAC', 'police', 'Cambridgeshire and Peterborough NHS Foundation Trust']) {
      await searchFor(panel, query);
      await expect(panel.locator('.sp-result').first()).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth), query).toBeLessThanOrEqual(320);
    }
    const filters = panel.locator('details.sp-filters');
    await expect(filters.locator('summary')).toHaveText('Filter results');
    await expect(filters).not.toHaveAttribute('open');
    await filters.locator('summary').click();
    const legends = filters.locator('legend');
    await expect(legends.first()).toBeVisible();
    expect(await legends.allTextContents()).not.toContain('Year');
    // Readable filter headings: ordinary size, not small capitals.
    const style = await legends
      .first()
      .evaluate((e) => ({ size: parseFloat(getComputedStyle(e).fontSize), transform: getComputedStyle(e).textTransform }));
    expect(style.size).toBeGreaterThanOrEqual(16);
    expect(style.transform).toBe('none');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  },
};
