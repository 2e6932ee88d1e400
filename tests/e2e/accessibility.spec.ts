import { expect, test, type Page } from '@playwright/test';
import { baseURL } from '../../playwright.config';
import { keepRequestsLocal } from './site-pages';

// axe (WCAG 2.2 A/AA and best practices, light and dark) and 320 px reflow on every page:
// tests/e2e/every-page.spec.ts. Here: the keyboard, text at twice its size, reduced motion.

/** Tabs through the page from the top; returns what was focused, in order, until focus leaves the page or comes round. */
async function tabThrough(page: Page, check: (page: Page) => Promise<void>): Promise<string[]> {
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
async function focusIsVisible(page: Page): Promise<void> {
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

for (const path of ['/', '/2024-25/awareness/', '/2024-25/report/', '/get-help/', '/glossary/']) {
  test(`${path}: the keyboard alone reaches every link and control, and focus is never hidden`, async ({ page, context }) => {
    test.setTimeout(180_000);
    await keepRequestsLocal(context, baseURL);
    // Focus scrolls at once (no smooth scrolling), so where it lands can be checked straight away.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.setViewportSize({ width: 1024, height: 600 });
    await page.goto(path);
    const focusable = await page
      .locator('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')
      // Rendered ones: the links of a closed menu (<details>) are not, until it is opened.
      .evaluateAll(
        (els) =>
          els.filter(
            (el) => !el.closest('[hidden]') && getComputedStyle(el).visibility !== 'hidden' && (el as HTMLElement).checkVisibility(),
          ).length,
      );
    const reached = await tabThrough(page, focusIsVisible);
    expect(reached.length).toBe(focusable);
    // Going back up the page is when a sticky bar at the top could cover what is focused.
    if (path === '/2024-25/report/' || path === '/2024-25/awareness/') {
      for (let i = 0; i < reached.length - 1; i++) {
        await page.keyboard.press('Shift+Tab');
        await focusIsVisible(page);
      }
    }
  });
}

test.describe('with text at twice its size', () => {
  test.use({ bypassCSP: true });

  for (const path of ['/', '/2024-25/report/', '/get-help/', '/staying-safe-online/']) {
    test(`${path}: nothing is cut off or needs scrolling sideways, and the bar at the top stays short`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.goto(path);
      await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      // The bar must stay within the scroll padding that keeps focused items below it.
      const { bar, padding } = await page.evaluate(() => ({
        bar: document.querySelector('body > header')!.getBoundingClientRect().height,
        padding: parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop),
      }));
      expect(bar).toBeLessThan(padding);
    });
  }
});

test('smooth scrolling is turned off for readers who ask for reduced motion', async ({ page }) => {
  await page.goto('/2024-25/report/');
  await page.getByRole('link', { name: 'Skip to main content' }).focus();
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
});
