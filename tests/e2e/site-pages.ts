import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { repoRoot } from './helpers';

/** Every page the built sitemap lists, as a path on the preview server (`/2024-25/awareness/`). */
export function sitemapPaths(): string[] {
  const xml = readFileSync(path.join(repoRoot, 'dist/sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname).sort();
}

/** The sitemap's pages and the not-found page, which the sitemap leaves out. */
export function everyPage(): string[] {
  return [...sitemapPaths(), '/no-such-page/'];
}

/** Every page reached by following links from the home page, without leaving the site. */
export async function crawl(page: Page, baseURL: string): Promise<string[]> {
  const found = new Set<string>(['/']);
  const queue = ['/'];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    await page.goto(next);
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin !== new URL(baseURL).origin || found.has(url.pathname)) continue;
      // Pages end in "/"; files such as a chart's CSV are checked by the link test in pages.spec.ts.
      if (!url.pathname.endsWith('/')) continue;
      found.add(url.pathname);
      queue.push(url.pathname);
    }
  }
  return [...found].sort();
}

/** What quick exit leads to in content/safety.yaml. */
export const quickExitUrl = 'https://www.bbc.co.uk/weather';

/**
 * Keeps every request on this machine: the quick exit site is answered by a local stand-in page
 * (after `delay` ms, so a test can look at the page while it leaves), and any other request to
 * another origin is refused and recorded, so the test can show there were none.
 */
export async function keepRequestsLocal(context: BrowserContext, baseURL: string, delay = 0): Promise<string[]> {
  const elsewhere: string[] = [];
  await context.route(
    (url) => url.origin !== new URL(baseURL).origin,
    async (route) => {
      const url = route.request().url();
      if (url.startsWith(quickExitUrl)) {
        if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
        await route.fulfill({
          contentType: 'text/html',
          body: '<!doctype html><html lang="en"><title>Weather</title><h1>Weather forecast (local stand-in)</h1></html>',
        });
        return;
      }
      elsewhere.push(url);
      await route.abort();
    },
  );
  return elsewhere;
}
