import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages, repoRoot } from './helpers';

/** The published address (astro.config `site`), which shared and canonical links use. */
const site = process.env['SITE_URL'] ?? 'https://www.cambsdasv.org.uk';

const pages = builtPages();

test('the site has every page the foundation promises', () => {
  for (const url of ['/', '/2024-25/', '/2024-25/awareness/', '/2024-25/prevention/', '/2024-25/report/', '/about/']) {
    expect(pages).toContain(url);
  }
});

for (const url of pages) {
  test(`${url} loads with one h1, a title and no console error`, async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    const response = await page.goto(url);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page).toHaveTitle(/DASV Strategy 2024-2027/);
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toBeTruthy();
    expect(errors).toEqual([]);
  });
}

test('an unknown address shows the not-found page with a way back', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page).toHaveURL('/');
});

test('every internal link and anchor on the site leads somewhere that exists', async ({ page }) => {
  // One visit per page (partner pages included): more than the default 30 s on two shared cores.
  test.setTimeout(180_000);
  const broken: string[] = [];
  const idsByPage = new Map<string, Set<string>>();
  const linksByPage = new Map<string, string[]>();
  for (const url of pages) {
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    idsByPage.set(url, new Set(await page.locator('[id]').evaluateAll((els) => els.map((el) => el.id))));
    const hrefs = await page.locator('a[href]').evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? ''));
    // The absolute addresses the copy-link controls copy, and the canonical one, are links too:
    // on the published site, they must lead to a page and an id that exist.
    const shared = await page
      .locator('copy-link[data-url], link[rel="canonical"]')
      .evaluateAll((els) => els.map((el) => (el instanceof HTMLLinkElement ? el.getAttribute('href') : el.getAttribute('data-url')) ?? ''));
    for (const address of shared) {
      if (!address.startsWith(`${site}/`)) broken.push(`${url} → ${address} (not on ${site})`);
    }
    linksByPage.set(url, [...hrefs, ...shared.map((address) => address.slice(site.length))]);
  }
  for (const [from, links] of linksByPage) {
    for (const href of links) {
      if (/^(https?:|tel:|mailto:)/.test(href)) continue;
      const target = new URL(href, `http://site${from}`);
      const ids = idsByPage.get(target.pathname);
      // A link to a file (a chart's CSV) must lead to a file the build wrote.
      if (!ids && path.extname(target.pathname) && existsSync(path.join(repoRoot, 'dist', target.pathname))) continue;
      if (!ids) broken.push(`${from} → ${href} (no such page)`);
      else if (target.hash && !ids.has(decodeURIComponent(target.hash.slice(1)))) broken.push(`${from} → ${href} (no such anchor)`);
    }
  }
  expect(broken).toEqual([]);
});
