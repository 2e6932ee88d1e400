import { expect, test, type Page } from '@playwright/test';
import { baseURL } from '../../playwright.config';
import { keepRequestsLocal, quickExitUrl } from './site-pages';

// Phone first: what a phone reader does beyond what every page is checked for on a 390 x 844 touch
// screen (tests/e2e/every-page.spec.ts: the heading and help in the first screen, "Exit this page" on
// top at every scroll position, with the menu and the search dialog open, no sideways scroll at
// 320 px). Each test here opens a different page where the page does not matter, to spread the visits.

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test.describe('Shift pressed 3 times and the exit link work in every state', () => {
  let elsewhere: string[];
  /** Opens a page, with every request kept local (quick exit's script is in the page's <head>: it runs before the page shows). */
  async function open(page: Page, path: string): Promise<void> {
    elsewhere = await keepRequestsLocal(page.context(), baseURL);
    await page.goto(path);
  }
  test.afterEach(async ({ page }) => {
    await expect(page.getByRole('heading', { name: 'Weather forecast (local stand-in)' })).toBeVisible();
    expect(page.url()).toBe(quickExitUrl);
    expect(elsewhere).toEqual([]);
  });

  test('with the menu open, Shift 3 times', async ({ page }) => {
    await open(page, '/accessibility/');
    await page.getByRole('navigation', { name: 'Main' }).locator('summary').click();
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About' })).toBeVisible();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  });

  test('with the search dialog open, Shift 3 times', async ({ page }) => {
    await open(page, '/glossary/');
    await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  });

  test('with the search dialog open, the dialog’s own "Exit this page"', async ({ page }) => {
    await open(page, '/partners/victims-and-witness-hub/');
    await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByRole('link', { name: 'Exit this page' }).tap();
  });
});

test.describe('when JavaScript is unavailable', () => {
  test.use({ javaScriptEnabled: false });

  test('the menu opens and closes, and its links work', async ({ page }) => {
    await page.goto('/partners/adult-social-care/');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Partners' })).toBeHidden();
    await nav.locator('summary').click();
    // About: the menu's least visited page (the others are templates tested on a slow connection too).
    await expect(nav.getByRole('link', { name: 'Partners' })).toBeVisible();
    await nav.getByRole('link', { name: 'About' }).click();
    await expect(page).toHaveURL('/about/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('About this site');
  });
});

test('the "Ctrl K" hint is for keyboards: a touch screen does not show it', async ({ page }) => {
  await page.goto('/partners/aspire/');
  await expect(page.getByRole('banner').getByRole('button', { name: 'Search' })).toBeVisible();
  await expect(page.locator('.search-shortcut')).toBeHidden();
});

test.describe('on a desktop', () => {
  test.use({ viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false });

  test('the bar carries the navigation in a row, Partners with it, and the Ctrl K hint', async ({ page }) => {
    await page.goto('/partners/bunited/');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.locator('summary')).toBeHidden();
    for (const name of ['Year One progress', 'Whole report', 'Figures', 'Partners', 'About'])
      await expect(nav.getByRole('link', { name })).toBeVisible();
    await expect(page.locator('.search-shortcut')).toBeVisible();
    const boxes = await page
      .getByRole('banner')
      .getByRole('link')
      .evaluateAll((links) =>
        links.filter((l) => (l as HTMLElement).checkVisibility()).map((l) => l.getBoundingClientRect().toJSON() as DOMRect),
      );
    expect(boxes.length).toBeGreaterThanOrEqual(8);
    for (const box of boxes) expect(box.top < boxes[0]!.bottom && box.bottom > boxes[0]!.top, 'one row').toBe(true);
  });

  // "On this page" beside the text on a desktop: tests/e2e/awareness-page.spec.ts.
});
