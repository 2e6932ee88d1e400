import { expect, test, type Page } from '@playwright/test';
import { baseURL } from '../../playwright.config';
import { builtSite } from '../support/built-dist';
import { keepRequestsLocal, quickExitUrl } from './site-pages';

// Phone first: on a 390 x 844 touch screen, every page shows its heading and a way to get help in
// the first screen, and "Exit this page" on top at every scroll position, with the menu open and
// with the search dialog open. One visit per page for all of it.

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

/** The bar at the top of every page: at most this tall on a phone, in one row. */
const BAR_MAX_HEIGHT = 64;
/** Where each page's <h1> must start, at the latest. */
const H1_MAX_TOP = 160;

/** Why no "Exit this page" link is the topmost thing at its own centre, on screen; null when one is. */
function exitProblem(page: Page, state: string): Promise<string | null> {
  return page.evaluate((state) => {
    const links = [...document.querySelectorAll<HTMLAnchorElement>('a[data-quick-exit]')].filter(
      (link) => link.textContent?.trim() === 'Exit this page' && link.checkVisibility(),
    );
    for (const link of links) {
      const box = link.getBoundingClientRect();
      if (box.top < 0 || box.bottom > innerHeight || box.left < 0 || box.right > innerWidth) continue;
      // A modal dialog makes what is outside it inert, and elementFromPoint passes inert elements by.
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      if (hit && link.contains(hit)) return null;
    }
    return `${state}: no "Exit this page" is on screen and on top`;
  }, state);
}

async function scrollTo(page: Page, where: 'top' | 'middle' | 'end'): Promise<void> {
  await page.evaluate((where) => {
    const end = document.documentElement.scrollHeight - innerHeight;
    window.scrollTo({ top: where === 'top' ? 0 : where === 'middle' ? end / 2 : end, behavior: 'instant' });
  }, where);
}

/** Long pages that must have "On this page" (tests/unit/built/on-this-page.test.ts checks every long page's list). */
const WITH_CONTENTS = ['/2024-25/awareness/', '/2024-25/figures/', '/glossary/', '/staying-safe-online/'];

for (const { urlPath: path, html } of builtSite()) {
  test(`${path}: heading and help in the first screen, "Exit this page" on top in every state, no sideways scroll at 320 px`, async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await page.goto(path);
    const first = await page.evaluate(() => {
      /** Whether the elements sit side by side: each overlaps the first vertically. */
      const oneRow = (elements: Element[]) => {
        const [a, ...others] = elements.map((el) => el.getBoundingClientRect());
        return others.every((b) => a !== undefined && b.top < a.bottom && b.bottom > a.top);
      };
      const header = document.querySelector('body > header')!;
      const bar = header.getBoundingClientRect();
      const inFirstScreen = (el: Element) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.top >= 0 && box.bottom <= innerHeight && (el as HTMLElement).checkVisibility();
      };
      return {
        barHeight: bar.height,
        barInOneRow: oneRow([...header.querySelectorAll(':scope > * > *')].filter(inFirstScreen)),
        h1Top: document.querySelector('h1')!.getBoundingClientRect().top,
        helpLinks: [...document.querySelectorAll('a[href="/get-help/"], a[href^="tel:"]')].filter(inFirstScreen).length,
      };
    });
    expect(first.barHeight).toBeLessThanOrEqual(BAR_MAX_HEIGHT);
    expect(first.barInOneRow, 'the bar is one row').toBe(true);
    expect(first.h1Top).toBeLessThanOrEqual(H1_MAX_TOP);
    expect(first.helpLinks).toBeGreaterThan(0);

    // "On this page" on a long page: collapsed, in the first screen; the wide screen's list hidden.
    if (WITH_CONTENTS.includes(path) || html.includes('class="on-this-page-phone"')) {
      const contents = page.getByRole('navigation', { name: 'On this page' });
      await expect(contents).toHaveCount(1);
      await expect(contents.locator('details')).not.toHaveAttribute('open');
      await expect(contents.getByRole('link').first()).toBeHidden();
      const summary = await contents.locator('summary').boundingBox();
      expect(summary!.y + summary!.height, '"On this page" in the first screen').toBeLessThanOrEqual(844);
    }

    const problems: (string | null)[] = [];
    for (const where of ['top', 'middle', 'end'] as const) {
      await scrollTo(page, where);
      problems.push(await exitProblem(page, `scrolled to the ${where}`));
    }

    // The menu: a panel under the bar, the bar (and its exit) untouched.
    await scrollTo(page, 'middle');
    const menu = page.getByRole('navigation', { name: 'Main' }).locator('summary');
    await menu.click();
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Partners' })).toBeVisible();
    problems.push(await exitProblem(page, 'menu open'));
    await menu.click();
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Partners' })).toBeHidden();

    // The search dialog: the page behind it is inert; the dialog carries "Exit this page".
    await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    problems.push(await exitProblem(page, 'search dialog open'));
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();

    expect(problems.filter((problem) => problem !== null)).toEqual([]);

    await page.setViewportSize({ width: 320, height: 640 });
    await scrollTo(page, 'top');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // The bar stays one row at 320 px too, its words ("Get help", "Exit this page") shown.
    const narrowBar = await page.evaluate(() => {
      const header = document.querySelector('body > header')!;
      const items = [...header.querySelectorAll(':scope > * > *')].filter(
        (el) => (el as HTMLElement).checkVisibility() && el.getBoundingClientRect().width > 0,
      );
      const [a, ...others] = items.map((el) => el.getBoundingClientRect());
      return { height: header.getBoundingClientRect().height, oneRow: others.every((b) => b.top < a!.bottom && b.bottom > a!.top) };
    });
    expect(narrowBar.height).toBeLessThanOrEqual(BAR_MAX_HEIGHT);
    expect(narrowBar.oneRow, 'the bar is one row at 320 px').toBe(true);
    await expect(page.getByRole('banner').getByRole('link', { name: 'Get help' })).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole('banner').getByRole('link', { name: 'Exit this page' })).toBeInViewport({ ratio: 1 });
  });
}

test.describe('Shift pressed 3 times and the exit link work in every state', () => {
  let elsewhere: string[];
  test.beforeEach(async ({ context, page }) => {
    elsewhere = await keepRequestsLocal(context, baseURL);
    await page.goto('/2024-25/awareness/');
    // The quick exit script has run once it has shown its hint (hidden on a phone, but no longer [hidden]).
    await expect(page.locator('[data-quick-exit-hint]:not([hidden])')).toHaveCount(1);
  });
  test.afterEach(async ({ page }) => {
    await expect(page.getByRole('heading', { name: 'Weather forecast (local stand-in)' })).toBeVisible();
    expect(page.url()).toBe(quickExitUrl);
    expect(elsewhere).toEqual([]);
  });

  test('with the menu open, Shift 3 times', async ({ page }) => {
    await page.getByRole('navigation', { name: 'Main' }).locator('summary').click();
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About' })).toBeVisible();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  });

  test('with the search dialog open, Shift 3 times', async ({ page }) => {
    await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  });

  test('with the search dialog open, the dialog’s own "Exit this page"', async ({ page }) => {
    await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByRole('link', { name: 'Exit this page' }).tap();
  });
});

test.describe('when JavaScript is unavailable', () => {
  test.use({ javaScriptEnabled: false });

  test('the menu opens and closes, and its links work', async ({ page }) => {
    await page.goto('/get-help/');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Partners' })).toBeHidden();
    await nav.locator('summary').click();
    await nav.getByRole('link', { name: 'Partners' }).click();
    await expect(page).toHaveURL('/partners/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Partner organisations');
  });
});

test('the "Ctrl K" hint is for keyboards: a touch screen does not show it', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('banner').getByRole('button', { name: 'Search' })).toBeVisible();
  await expect(page.locator('.search-shortcut')).toBeHidden();
});

test.describe('on a desktop', () => {
  test.use({ viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false });

  test('the bar carries the navigation in a row, Partners with it, and the Ctrl K hint', async ({ page }) => {
    await page.goto('/');
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

  test('"On this page" stands beside the text and stays in view as the reader scrolls; its links lead to the sections', async ({
    page,
  }) => {
    await page.goto('/2024-25/awareness/');
    const contents = page.getByRole('navigation', { name: 'On this page' });
    await expect(contents).toHaveCount(1);
    await expect(contents.locator('details')).toBeHidden();
    const achievements = page.getByRole('heading', { level: 2, name: 'Achievements in Year One' });
    const list = (await contents.boundingBox())!;
    const heading = (await achievements.boundingBox())!;
    const firstItem = (await page.getByRole('list', { name: 'Achievements in Year One' }).getByRole('listitem').first().boundingBox())!;
    expect(list.x, 'to the right of the text').toBeGreaterThanOrEqual(Math.max(heading.x + heading.width, firstItem.x + firstItem.width));
    await expect(contents).toBeInViewport({ ratio: 1 });
    await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight / 2, behavior: 'instant' }));
    await expect(contents).toBeInViewport({ ratio: 1 });
    await contents.getByRole('link', { name: 'Awareness in numbers' }).click();
    await expect(page).toHaveURL(/#figures$/);
    await expect(page.getByRole('heading', { level: 2, name: 'Awareness in numbers' })).toBeInViewport();
    await page.getByRole('link', { name: 'Back to top' }).last().click();
    await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
  });
});
