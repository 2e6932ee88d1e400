import { expect, test, type Page } from '@playwright/test';
import { baseURL } from '../../playwright.config';
import { keepRequestsLocal, quickExitUrl } from './site-pages';
import { recordLayoutShifts } from './helpers';

// Quick exit: the way out for a reader whose device someone else may check.
// No request leaves this machine: the exit site is answered by a local stand-in (site-pages.ts).
// Quick exit is the same on every page: each test opens a different quiet page to spread the visits.

const exitButton = (page: Page) => page.getByRole('banner').getByRole('link', { name: 'Exit this page' });
const status = (page: Page) => page.getByRole('banner').getByRole('status');
const onExitSite = (page: Page) => expect(page.getByRole('heading', { name: 'Weather forecast (local stand-in)' })).toBeVisible();

test.describe('with JavaScript', () => {
  let elsewhere: string[];
  test.beforeEach(async ({ context }) => {
    elsewhere = await keepRequestsLocal(context, baseURL);
  });
  test.afterEach(() => {
    expect(elsewhere).toEqual([]);
  });

  test('the button leaves for the neutral site, and Back does not show the page again', async ({ page }) => {
    // Quiet pages (the test opens the first twice): a theme and a partner it names.
    await page.goto('/2024-25/system-wide-collaboration/');
    const before = await page.getByRole('heading', { level: 1 }).innerText();
    await page.locator('main a[href="/partners/cgl/"]').first().click();
    await expect(page).toHaveURL('/partners/cgl/');
    // The Shift hint shows once the page's script has run; the button works before that too
    // (quick-exit-slow-connection.spec.ts).
    await expect(page.getByText('Or press Shift 3 times')).toBeVisible();
    await exitButton(page).click();
    await onExitSite(page);
    expect(page.url()).toBe(quickExitUrl);

    await page.goBack();
    // Back leads to the page before the one that was left; the page left is gone from history.
    await expect(page).toHaveURL('/2024-25/system-wide-collaboration/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(before);
    await page.goForward();
    await expect(page).toHaveURL(quickExitUrl);
  });

  test('the page and its tab title are blanked at once, before the next site is asked for', async ({ page }) => {
    // What the reader sees at the moment of leaving, reported from inside the page as it happens.
    const seen: { title: string; visibility: string }[] = [];
    await page.exposeFunction('reportLeaving', (title: string, visibility: string) => seen.push({ title, visibility }));
    await page.goto('/partners/east-cambridgeshire-district-council/');
    await expect(page).toHaveTitle(/East Cambridgeshire/);
    await page.evaluate(() => {
      const report = (window as unknown as { reportLeaving: (title: string, visibility: string) => void }).reportLeaving;
      addEventListener('beforeunload', () => report(document.title, getComputedStyle(document.body).visibility));
    });
    await exitButton(page).click();
    await onExitSite(page);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.title.trim()).toBe('');
    expect(seen[0]!.visibility).toBe('hidden');
  });

  test('the Shift hint shows without moving anything, and pressing Shift three times leaves, counting each press aloud and on screen', async ({
    page,
  }) => {
    // Every layout shift on a desktop, hadRecentInput or not, with what moved (as every-page.spec.ts
    // does on a phone over a slow connection): the header's scripted controls (this hint, and the search button with its
    // "Ctrl K") once took more room when their scripts ran, moving the bar's links and the hint itself.
    const layoutShifts = await recordLayoutShifts(page);
    await page.goto('/partners/cambridge-city-council/');
    // The hint shows once the page's script has run (and takes Shift from then on).
    await expect(page.getByText('Or press Shift 3 times')).toBeVisible();
    await expect(page.getByRole('banner').getByRole('button', { name: 'Search' })).toBeVisible();
    // Two frames drawn after the scripts ran, so any shift they caused has been reported.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await layoutShifts(), 'layout shifts').toEqual([]);
    await page.keyboard.press('Shift');
    await expect(status(page)).toHaveText('Shift pressed once. Press Shift 2 more times to exit this page.');
    await expect(status(page)).toBeVisible();
    await page.keyboard.press('Shift');
    await expect(status(page)).toHaveText('Shift pressed twice. Press Shift once more to exit this page.');
    await page.keyboard.press('Shift');
    await onExitSite(page);
    await page.goBack();
    expect(page.url()).not.toContain('/partners/cambridge-city-council/');
  });

  test('any other key starts the count again, and so does holding Shift with a letter', async ({ page }) => {
    await page.goto('/partners/cpft/');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('a');
    await expect(status(page)).toHaveText('');
    await page.keyboard.press('Shift+A');
    await page.keyboard.press('Shift');
    await expect(status(page)).toHaveText('Shift pressed once. Press Shift 2 more times to exit this page.');
    await expect(page).toHaveURL('/partners/cpft/');
  });

  test('presses more than 5 seconds apart do not add up', async ({ page }) => {
    await page.clock.install();
    await page.goto('/partners/dahlia-project/');
    // The page's time stands still but for runFor: left to flow, a busy machine's own delays between
    // the steps below added to the 4.9 s, and the presses fell more than 5 s apart (it failed a CI run).
    await page.clock.pauseAt(Date.now() + 60_000);
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.clock.runFor(5_100);
    await expect(status(page)).toHaveText('');
    await page.keyboard.press('Shift');
    await page.clock.runFor(4_900);
    await page.keyboard.press('Shift');
    await expect(status(page)).toHaveText('Shift pressed twice. Press Shift once more to exit this page.');
    await expect(page).toHaveURL('/partners/dahlia-project/');
  });

  test('a page shown again (pageshow) is reset: visible, titled, count cleared', async ({ page }) => {
    await page.goto('/partners/fenland-district-council/');
    await page.keyboard.press('Shift');
    await expect(status(page)).not.toHaveText('');
    // As a page left by quick exit would be if the browser restored it from its back-forward cache.
    await page.evaluate(() => {
      document.documentElement.classList.add('quick-exit-leaving');
      document.title = '\u00a0';
    });
    await expect(page.locator('main')).toBeHidden();
    await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
    await expect(page.locator('main')).toBeVisible();
    await expect(page).toHaveTitle(/Fenland/);
    await expect(status(page)).toHaveText('');
  });

  test('the second skip link, the second Tab stop, exits too', async ({ page }) => {
    await page.goto('/partners/icb/');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
    await page.keyboard.press('Tab');
    const skip = page.locator('a.skip-link[data-quick-exit]');
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await onExitSite(page);
    await page.goBack();
    expect(page.url()).not.toContain('/partners/icb/');
  });

  test('after in-page links (On this page, Back to top, the skip link) and a search result on the page, Exit then Back does not show the page', async ({
    page,
  }) => {
    // Each in-page link once added a history entry; Exit replaced only the last, and Back showed the page.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/partners/nwaft/');
    await page.goto('/accessibility/');
    const entries = await page.evaluate(() => history.length);

    const contents = page.getByRole('navigation', { name: 'On this page' }).getByRole('link');
    const section = (await contents.nth(1).getAttribute('href'))!;
    await contents.nth(1).click();
    await expect(page).toHaveURL(new RegExp(`${section}$`));
    await expect(page.locator(section)).toBeInViewport();
    await expect(page.locator(`${section}:target`)).toHaveCount(1);

    await page.getByRole('link', { name: 'Back to top' }).last().click();
    await expect(page).toHaveURL(/#main-content$/);
    await expect(page.locator('main')).toBeFocused();

    // The skip link, from the keyboard (focus is in <main> now, so it is focused directly).
    await page.getByRole('link', { name: 'Skip to main content' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();

    // The search dialog, opened and closed; and a search result on this very page.
    await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('searchbox').fill('enforcement procedure');
    const here = dialog.locator('a[href^="/accessibility/#"]').first();
    await expect(here).toBeVisible();
    await here.click();
    await expect(page).toHaveURL(/\/accessibility\/#/);
    await expect(dialog).toBeHidden();
    await expect(page.locator(new URL(page.url()).hash)).toBeFocused();

    expect(await page.evaluate(() => history.length), 'no history entry added').toBe(entries);
    await exitButton(page).click();
    await onExitSite(page);
    await page.goBack();
    await expect(page).toHaveURL('/partners/nwaft/');
  });

  // The button stays on screen while reading a long page, and is not printed: tests/e2e/report-page.spec.ts.
});

test.describe('when JavaScript is unavailable', () => {
  test.use({ javaScriptEnabled: false });

  test('the button is a plain link to the neutral site that sends no referrer', async ({ page, context }) => {
    const elsewhere = await keepRequestsLocal(context, baseURL);
    await page.goto('/2024-25/data/');
    await expect(exitButton(page)).toHaveAttribute('href', quickExitUrl);
    await expect(exitButton(page)).toHaveAttribute('rel', 'nofollow noreferrer');
    // Shift does nothing without JavaScript, so the page does not offer it.
    await expect(page.getByText('Or press Shift 3 times')).toBeHidden();
    await exitButton(page).click();
    await onExitSite(page);
    expect(elsewhere).toEqual([]);
  });
});
