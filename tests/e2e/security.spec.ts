import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { metaCsp } from '../../src/lib/built-site.ts';
import { headersFor, parseCsp, parseHeadersFile } from '../../src/lib/security-headers.ts';
import { builtPages, repoRoot } from './helpers';

const dist = path.join(repoRoot, 'dist');
const pages = [...builtPages(), '/404.html'];
const htmlOf = (url: string) => readFileSync(path.join(dist, url.endsWith('.html') ? url : `${url}index.html`), 'utf8');

/** Records every Content-Security-Policy violation the page reports, from before its first byte. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

/** What a reader might do on a page: scroll to the end (charts load as they near), tab through it. */
async function interact(page: Page): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  for (let i = 0; i < 15; i++) await page.keyboard.press('Tab');
  await page.waitForLoadState('networkidle');
}

test.describe('Content Security Policy', () => {
  for (const url of pages) {
    test(`${url} has a strict policy and breaks none of it`, async ({ page }) => {
      const csp = parseCsp(metaCsp(htmlOf(url)) ?? '');
      expect(csp.get('object-src')).toEqual(["'none'"]);
      expect(csp.get('base-uri')).toEqual(["'self'"]);
      expect(csp.get('form-action')).toEqual(["'self'"]);
      expect(csp.get('default-src')).toEqual(["'self'"]);
      for (const [directive, sources] of csp) {
        expect(sources, directive).not.toContain("'unsafe-inline'");
        expect(sources, directive).not.toContain("'unsafe-eval'");
        // Nothing from another origin: only keywords, hashes and data: images.
        for (const source of sources) expect(source, directive).toMatch(/^('[a-z-]+'|'sha(256|384|512)-[A-Za-z0-9+/=]+'|data:)$/);
      }

      const violations = await recordViolations(page);
      await page.goto(url);
      await interact(page);
      expect(await violations()).toEqual([]);
    });
  }

  test('served with the headers of dist/_headers, every page works and none can be framed', async ({ page, baseURL }) => {
    test.setTimeout(120_000);
    const rules = parseHeadersFile(readFileSync(path.join(dist, '_headers'), 'utf8'));
    // As Netlify or Cloudflare Pages would serve it: each response with the headers its path matches.
    await page.route('**/*', async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers(), ...headersFor(rules, new URL(route.request().url()).pathname) };
      await route.fulfill({ response, headers });
    });
    // A header the browser does not understand (a misspelt feature, say) is reported in the console.
    const consoleMessages: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') consoleMessages.push(message.text());
    });
    const violations = await recordViolations(page);
    for (const url of pages) {
      await page.goto(url);
      await interact(page);
    }
    expect(await violations()).toEqual([]);
    expect(consoleMessages).toEqual([]);

    await page.goto('/about/');
    await page.evaluate(() => {
      const frame = document.createElement('iframe');
      frame.src = '/';
      document.body.append(frame);
    });
    // Chromium shows its own error page in place of a frame it refuses to fill.
    await expect.poll(() => page.frames().map((frame) => frame.url())).toEqual([`${baseURL}/about/`, 'chrome-error://chromewebdata/']);
  });

  test('the _headers file fits the limits of the hosts that read it', () => {
    const text = readFileSync(path.join(dist, '_headers'), 'utf8');
    const rules = parseHeadersFile(text);
    // Cloudflare Pages: at most 100 rules, each line at most 2,000 characters.
    expect(rules.length).toBeLessThanOrEqual(100);
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(2000);
    // Every page and the search index are covered by exactly one caching rule, which stores nothing.
    for (const url of [...pages, '/pagefind/pagefind-entry.json', '/pagefind/pagefind.js']) {
      expect(headersFor(rules, url)['Cache-Control'], url).toBe('no-store');
    }
  });
});

test.describe('privacy', () => {
  for (const url of pages) {
    test(`${url} asks nothing of any other website and leaves nothing behind`, async ({ page, context, baseURL }) => {
      const elsewhere: string[] = [];
      page.on('request', (request) => {
        const requestUrl = new URL(request.url());
        if (requestUrl.origin !== baseURL && requestUrl.protocol !== 'data:') elsewhere.push(request.url());
      });
      await page.goto(url);
      await interact(page);
      expect(elsewhere).toEqual([]);

      const stored = await page.evaluate(async () => ({
        cookies: document.cookie,
        localStorage: localStorage.length,
        sessionStorage: sessionStorage.length,
        indexedDB: (await indexedDB.databases()).map((db) => db.name),
        caches: await caches.keys(),
        serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
      }));
      expect(stored).toEqual({ cookies: '', localStorage: 0, sessionStorage: 0, indexedDB: [], caches: [], serviceWorkers: 0 });
      expect(await context.cookies()).toEqual([]);
    });
  }

  test('every link to another website sends no referrer', async ({ page, baseURL }) => {
    // Visits every page (58 now): the time limit is for the walk, not for any one check.
    test.setTimeout(180_000);
    const leaky: string[] = [];
    let outbound = 0;
    for (const url of pages) {
      await page.goto(url);
      const links = await page
        .locator('a[href]')
        .evaluateAll((anchors) => anchors.map((a) => ({ href: (a as HTMLAnchorElement).href, rel: a.getAttribute('rel') ?? '' })));
      for (const { href, rel } of links) {
        if (!/^https?:/.test(href) || new URL(href).origin === baseURL) continue;
        outbound++;
        if (!rel.split(/\s+/).includes('noreferrer')) leaky.push(`${url} → ${href} (rel="${rel}")`);
      }
    }
    expect(leaky).toEqual([]);
    // Every page also tells the browser not to send one, for links an editor may add later.
    for (const url of pages) expect(htmlOf(url), url).toContain('<meta name="referrer" content="no-referrer">');
    test.info().annotations.push({ type: 'outbound links', description: String(outbound) });
  });
});
