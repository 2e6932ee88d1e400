import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { distDir } from '../support/built-dist.ts';
import { siteUrl } from '../../src/lib/site-address.ts';
import { clipboardText } from './helpers';

// The published address (astro.config `site`): what people share, whatever address the test
// server has. A link copied from a preview must still work for whoever receives it.
const site = siteUrl();

test.describe('copy link', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  // On /2024-25/awareness/ (an achievement's address, a heading's from the keyboard, one control per
  // achievement in the same place): tests/e2e/awareness-page.spec.ts.

  test('copies the address of the page itself', async ({ page }) => {
    // Any page: a quiet one.
    await page.goto('/2024-25/trauma-informed-working/');
    await page.getByRole('button', { name: 'Copy link to this page' }).click();
    expect(await clipboardText(page)).toBe(`${site}/2024-25/trauma-informed-working/`);
  });

  // The whole report repeats no copy controls, and its themes' own pages have them: tests/e2e/report-page.spec.ts.
});

test.describe('on a touch screen', () => {
  test.use({ isMobile: true, hasTouch: true });

  test('where the device has a share sheet, the one control opens it with the absolute address', async ({ page }) => {
    await page.addInitScript(() => {
      const shared: ShareData[] = [];
      Object.assign(window, { shared });
      Object.defineProperty(navigator, 'share', { value: (data: ShareData) => (shared.push(data), Promise.resolve()) });
    });
    await page.goto('/2024-25/victim-survivor-voice/');
    await page
      .locator('li#police-victim-survey')
      .getByRole('button', { name: /^Share/ })
      .click();
    const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
    expect(shared).toEqual([{ title: await page.title(), url: `${site}/2024-25/victim-survivor-voice/#police-victim-survey` }]);
    await expect(page.locator('li#police-victim-survey').getByRole('button')).toHaveCount(1);
  });
});

// Without a share sheet there is no Share button: tests/e2e/awareness-page.spec.ts.

test.describe('when JavaScript is unavailable', () => {
  test.use({ javaScriptEnabled: false });

  test('each achievement and heading has a plain link to itself instead', async ({ page }) => {
    await page.goto('/2024-25/victim-survivor-voice/');
    await expect(page.getByRole('button', { name: /Copy link/ })).toHaveCount(0);
    const link = page.locator('li#police-victim-survey').getByRole('link', { name: 'Link to Police victim survey' });
    await link.click();
    await expect(page).toHaveURL('/2024-25/victim-survivor-voice/#police-victim-survey');
    await expect(page.getByRole('link', { name: 'Link to Achievements in Year One' })).toHaveAttribute('href', '#achievements');
  });
});

// Every page's canonical address and link preview: tests/e2e/every-page.spec.ts.

test('robots.txt points at the sitemap, which lists the partner pages', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${site}/sitemap-index.xml`);
  const sitemap = readFileSync(path.join(distDir, 'sitemap-0.xml'), 'utf8');
  expect(sitemap).toContain(`<loc>${site}/partners/</loc>`);
  expect(sitemap).toContain(`<loc>${site}/partners/police/</loc>`);
});
