import { expect, test, type Locator } from '@playwright/test';
import { baseURL } from '../../playwright.config';
import { expectKeyboardReachesEverything, expectSearchWithinPolicy, watchCspViolations } from './helpers';
import { expectBoardReadyPrint, flat } from './printed';
import { keepRequestsLocal } from './site-pages';
import { siteUrl } from '../../src/lib/site-address.ts';

// The Awareness page (/2024-25/awareness/) is the theme page other specs use as their example: one
// visit with JavaScript runs their checks of it in turn, each step named after the spec it came from.
// With tests/e2e/every-page.spec.ts and the walk without JavaScript (home-page.spec.ts), three visits.

const site = siteUrl();
/** Drawing waits for chart.js to download and run: allow for a slow, busy machine. */
const DRAWN = { timeout: 20_000 };
const PAGE = '/2024-25/awareness/';

test('keyboard, "On this page", glossary, year, print, sharing, a chart without motion, search, partners', async ({ page, context }) => {
  test.setTimeout(240_000);
  await keepRequestsLocal(context, baseURL);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => {
    // A desktop without a share sheet (sharing.spec.ts 'without a share sheet there is no Share button').
    Object.defineProperty(navigator, 'share', { value: undefined });
  });
  const cspViolations = await watchCspViolations(page);
  // Focus scrolls at once (no smooth scrolling), and charts draw without animating (figures.spec.ts).
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 1024, height: 600 });
  await page.goto(PAGE);
  const top = () => page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));

  await test.step('accessibility: the keyboard alone reaches every link and control, and focus is never hidden, down and back up', async () => {
    await expectKeyboardReachesEverything(page, true);
  });

  await page.setViewportSize({ width: 1280, height: 900 });
  await top();
  await test.step('phone (on a desktop): "On this page" stands beside the text and stays in view as the reader scrolls; its links lead to the sections', async () => {
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
  await page.setViewportSize({ width: 1280, height: 720 });

  await test.step('help-and-glossary: the first use of each term is explained and linked to the glossary; later uses are plain', async () => {
    const main = page.locator('main');
    const terms = await main.locator('a.glossary-term abbr').allTextContents();
    expect(terms).toEqual([...new Set(terms)]);
    expect(terms).toEqual(expect.arrayContaining(['DA', 'SV', 'DASV', 'CPFT', 'CUH', 'GP', 'Cambs']));
    await expect(main.locator('abbr', { hasText: /^DA$/ })).toHaveAttribute('title', 'Domestic Abuse');
    await expect(main.getByRole('link', { name: 'DASV', exact: true })).toHaveAttribute('href', '/glossary/#dasv');
    // "DA" inside "DASV" is never taken for the term DA.
    expect(await main.locator('abbr', { hasText: 'DA' }).allTextContents()).toEqual(expect.not.arrayContaining(['DAS']));
  });

  await test.step('print: the page says which year it covers, and shows no publication date that content does not give', async () => {
    // content/years/2024-25.yaml has no published or updated date: the source document gives none.
    await expect(page.getByRole('term')).toHaveText(['Covers']);
    await expect(page.getByRole('definition')).toHaveText(['Year One, 2024/25 (1 April 2024 to 31 March 2025)']);
  });

  await test.step('print: printed, partner lines are no larger than the achievement they belong to', async () => {
    await page.emulateMedia({ media: 'print' });
    const item = page.locator('li#peterborough-dasv-conference');
    const size = (locator: Locator) => locator.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(await size(item.locator('.item-tools'))).toBeLessThanOrEqual(await size(item.locator('.item-text')));
    await page.emulateMedia({ media: 'screen' });
  });

  await test.step('print: saved as PDF, every page names the site, its address, the date and its number; no bare path, no acronym spelt out twice', async () => {
    const pages = await expectBoardReadyPrint(page, site, PAGE);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.length).toBeLessThanOrEqual(8);
    const all = flat(pages.join(' '));
    // A link to another page of the site is followed by its full address.
    expect(all.replace(/ /g, '')).toContain(`(${site}/2024-25/figures/#figures-awareness)`);
    await page.emulateMedia({ media: 'screen' });
  });

  await test.step('sharing: without a share sheet there is no Share button', async () => {
    await expect(page.getByRole('button', { name: /^Copy link/ }).first()).toBeVisible();
    await expect(page.getByRole('button', { name: /^Share/ })).toHaveCount(0);
  });

  await test.step('sharing: one control per achievement, at least 24 by 24 pixels, in the same place on each', async () => {
    const buttons = page.locator('copy-link button:visible');
    expect(await buttons.count()).toBeGreaterThan(10);
    const items = page.getByRole('list', { name: 'Achievements in Year One' }).getByRole('listitem');
    const places = await items.evaluateAll((lis) =>
      lis.map((li) => {
        const controls = li.querySelectorAll('copy-link button');
        const [item, control] = [li.getBoundingClientRect(), controls[0]!.getBoundingClientRect()];
        return { controls: controls.length, right: Math.round(item.right - control.right), top: Math.round(control.top - item.top) };
      }),
    );
    expect(new Set(places.map((place) => JSON.stringify(place))).size).toBe(1);
    expect(places[0]!.controls).toBe(1);
    for (const box of await buttons.evaluateAll((els) => els.map((el) => el.getBoundingClientRect()))) {
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
  });

  await test.step('sharing: copies the absolute address of an achievement and says so to screen readers', async () => {
    const item = page.locator('li#peterborough-dasv-conference');
    await item.getByRole('button', { name: /^Copy link to Peterborough DASV Conference/ }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site}/2024-25/awareness/#peterborough-dasv-conference`);
    await expect(page.locator('#copy-link-status')).toHaveText('Link copied: Peterborough DASV Conference – 170 attendees at the Mosque');
    await expect(item.getByRole('button', { name: /^Link copied/ })).toBeVisible();
  });

  await test.step('sharing: copies a section heading’s address, from the keyboard', async () => {
    const button = page.getByRole('button', { name: 'Copy link to Achievements in Year One' });
    await button.focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site}/2024-25/awareness/#achievements`);
  });

  await test.step('figures: for a reader who prefers reduced motion, the chart appears complete at once, without animating', async () => {
    const element = page.locator('#chart-training-reach dasv-chart');
    await element.scrollIntoViewIfNeeded();
    await expect(element).toHaveAttribute('data-drawn', 'true', DRAWN);
    const snapshot = () => element.locator('canvas').evaluate((canvas: HTMLCanvasElement) => canvas.toDataURL());
    const first = await snapshot();
    await page.waitForTimeout(600);
    expect(await snapshot()).toBe(first);
  });

  await test.step('search: searching here breaks no rule of the Content Security Policy', async () => {
    await expectSearchWithinPolicy(page, cspViolations);
  });

  // Last, as it leaves the page.
  await test.step('partners: an achievement names its partners as links to their pages, and back again', async () => {
    const item = page.locator('li#cuh-signed-up-sexual-safety');
    await item.locator('.item-partners').getByRole('link', { name: 'CUH', exact: true }).click();
    await expect(page).toHaveURL('/partners/cuh/');
    // Back again: the link is checked, not followed (that would open this page a fourth time).
    await expect(page.getByRole('link', { name: /^CUH has signed up to the sexual safety Charter/ })).toHaveAttribute(
      'href',
      '/2024-25/awareness/#cuh-signed-up-sexual-safety',
    );
  });
});
