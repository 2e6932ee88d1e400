import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { gzipSize } from '../support/page-weight.ts';
import { budgets, hasChart, scriptHeavyByPurpose } from '../support/budgets.ts';
import { headersFor, parseHeadersFile } from '../support/headers-file.ts';
import { validateContent } from '../../src/checker/index.ts';
import { builtSite, distDir, repoRoot } from '../support/built-dist.ts';

// Every page of the built site, visited once: everything a reader of any page relies on, checked on
// that one visit. Served as Netlify or Cloudflare Pages would serve it, with the headers of
// dist/_headers. What needs no browser (valid HTML, budgets, the policy's wording, links) is
// checked over dist/ by tests/unit/built/; what one kind of page does, by the spec of its feature.

/** WCAG 2.2 A and AA (axe's wcag22aa tag holds only target-size, so every level is listed) and axe's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** Chart code: chart.js and the modules that draw with it, which only a page with a chart may load. */
const CHART_CODE = /draw-chart|chart\.js|Chart\.astro/i;
/** The published address (astro.config `site`): what people share, whatever address the test server has. */
const site = process.env['SITE_URL'] ?? 'https://www.cambsdasv.org.uk';
/** Drawing waits for chart.js to download and run: allow for a slow, busy machine. */
const DRAWN = { timeout: 20_000 };

const { content } = validateContent(path.join(repoRoot, 'content'));
const inHelpBox = content.help.filter((service) => service.data.inHelpBox);
const headerRules = parseHeadersFile(readFileSync(path.join(distDir, '_headers'), 'utf8'));

/** Width and height of a PNG, read from its header; throws if the bytes are not a PNG. */
function pngSize(bytes: Buffer): [number, number] {
  if (
    !bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) ||
    bytes.toString('ascii', 12, 16) !== 'IHDR'
  ) {
    throw new Error('not a PNG');
  }
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/**
 * The rules whose outcome depends on colours. The dark scheme changes colours only (custom properties
 * of colours, tested over dist/ in tests/unit/built/), so in it only these can find anything new.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

async function expectNoAxeViolation(page: Page, rules?: string[]): Promise<void> {
  // Details of violations only: collecting every passing node takes long on a long page.
  const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  const { violations } = await (rules ? builder.withRules(rules) : builder.withTags(AXE_TAGS)).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

for (const built of builtSite()) {
  const url = built.urlPath;
  const isNotFound = url === '/404.html';

  test(`${url}: loads, passes axe in light and dark, reflows at 320 px, shows help, keeps its policy and the reader's privacy, previews when shared`, async ({
    page,
    context,
    baseURL,
    request,
  }) => {
    // Two axe runs on the whole report take a while on a shared machine.
    test.setTimeout(180_000);

    // What the page does from before its first byte: requests elsewhere (refused), console errors,
    // Content Security Policy violations, the scripts it loads.
    const elsewhere: string[] = [];
    await context.route('**/*', async (route) => {
      const requested = new URL(route.request().url());
      if (requested.origin !== baseURL) {
        elsewhere.push(requested.href);
        await route.abort();
        return;
      }
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), ...headersFor(headerRules, requested.pathname) } });
    });
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    const scripts: string[] = [];
    page.on('request', (req) => {
      if (req.resourceType() === 'script') scripts.push(new URL(req.url()).pathname);
    });
    await page.addInitScript(() => {
      const violations: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = violations;
      document.addEventListener('securitypolicyviolation', (event) => {
        violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
      });
    });

    const response = await page.goto(url);

    await test.step('loads with one h1, a title and a description', async () => {
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page).toHaveTitle(/DASV Strategy 2024-2027/);
      expect(await page.locator('meta[name="description"]').getAttribute('content')).toBeTruthy();
    });

    if (!isNotFound) {
      await test.step('has a canonical address and a link preview with its image', async () => {
        const meta = (key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute('content');
        await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${site}${url}`);
        expect(await meta('og:url')).toBe(`${site}${url}`);
        expect(await meta('og:title')).toBe(await page.title());
        expect(await meta('og:description')).toBe(await meta('description'));
        expect(await meta('twitter:card')).toBe('summary_large_image');
        const image = await meta('og:image');
        expect(image).toMatch(new RegExp(`^${site.replace(/[.]/g, '\\.')}/og/.+\\.png$`));
        expect(await meta('twitter:image')).toBe(image);
        expect(await meta('og:image:alt')).toBeTruthy();
        const theme = /^\/(\d{4}-\d{2})\/([a-z-]+)\/$/.exec(url);
        // A theme or aim page has its own image; the year's report and figures pages use the default.
        if (theme && !['report', 'figures'].includes(theme[2]!)) expect(image).toBe(`${site}/og/${theme[1]}/${theme[2]}.png`);
        const png = await request.get(new URL(image!).pathname);
        expect(png.status()).toBe(200);
        expect(png.headers()['content-type']).toContain('image/png');
        expect(pngSize(await png.body())).toEqual([Number(await meta('og:image:width')), Number(await meta('og:image:height'))]);
        expect(pngSize(await png.body())).toEqual([1200, 630]);
      });
    }

    await test.step('the help box is in its place, after the content and before the footer, with working phone links', async () => {
      const box = page.getByRole('complementary', { name: 'Get help now' });
      await expect(box).toBeVisible();
      // Same place on every page (WCAG 3.2.6): straight after <main>, straight before the footer.
      expect(
        await box.evaluate((el) => {
          const wrapper = el.parentElement!;
          return wrapper.previousElementSibling?.tagName === 'MAIN' && wrapper.nextElementSibling?.tagName === 'FOOTER';
        }),
      ).toBe(true);
      for (const service of inHelpBox) {
        const link = box.getByRole('link', { name: service.data.phone, exact: true });
        await expect(link).toHaveAttribute('href', `tel:${service.data.phone.replaceAll(' ', '')}`);
      }
      await expect(box).toContainText('press 55');
      await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility statement' })).toHaveAttribute(
        'href',
        '/accessibility/',
      );
    });

    await test.step('axe finds no WCAG 2.2 A or AA failure and no best-practice violation, in the light colour scheme', async () => {
      await page.emulateMedia({ colorScheme: 'light' });
      await expectNoAxeViolation(page);
    });
    await test.step('... nor, in the dark colour scheme, any colour contrast failure', async () => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await expectNoAxeViolation(page, COLOUR_RULES);
    });

    await test.step('at 320 pixels wide nothing needs scrolling sideways', async () => {
      const viewport = page.viewportSize()!;
      await page.setViewportSize({ width: 320, height: 640 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.setViewportSize(viewport);
    });

    await test.step('no two elements share an id, so every anchor leads to one place', async () => {
      const ids = await page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id));
      expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    });

    await test.step('every link to another website sends no referrer', async () => {
      const links = await page
        .locator('a[href]')
        .evaluateAll((anchors) => anchors.map((a) => ({ href: (a as HTMLAnchorElement).href, rel: a.getAttribute('rel') ?? '' })));
      const leaky = links
        .filter(({ href }) => /^https?:/.test(href) && new URL(href).origin !== baseURL)
        .filter(({ rel }) => !rel.split(/\s+/).includes('noreferrer'))
        .map(({ href, rel }) => `${href} (rel="${rel}")`);
      expect(leaky).toEqual([]);
    });

    // What a reader might do: scroll to the end, each chart drawn as it comes into view, tab through.
    const charts = await page.locator('dasv-chart').all();
    await test.step('read to the end, every chart is drawn', async () => {
      // Half a screen at a time, as a reader scrolls, so anything loaded as it nears the viewport is.
      await page.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
          window.scrollTo(0, y);
          await new Promise((resolve) => setTimeout(resolve, 30));
        }
        window.scrollTo(0, document.body.scrollHeight);
      });
      for (const chart of charts) {
        await chart.scrollIntoViewIfNeeded();
        await expect(chart).toHaveAttribute('data-drawn', 'true', DRAWN);
      }
      for (let i = 0; i < 15; i++) await page.keyboard.press('Tab');
      await page.waitForLoadState('networkidle');
    });

    await test.step('no Content Security Policy violation (the <meta> policy and the _headers one), console error or warning', async () => {
      expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
      expect(errors).toEqual([]);
    });

    await test.step('asks nothing of any other website and leaves nothing behind', async () => {
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

    await test.step('loads chart code only if it has a chart, and within the script budget when read to the end', async () => {
      const charted = hasChart(built.html);
      expect(charts.length > 0, 'a chart in the HTML is a chart on the page').toBe(charted);
      if (charted) {
        // The pattern finds chart code where there is some, so its absence elsewhere means something.
        expect(scripts.filter((s) => CHART_CODE.test(s)).length).toBeGreaterThan(0);
        return;
      }
      expect(scripts.filter((s) => CHART_CODE.test(s))).toEqual([]);
      if (url in scriptHeavyByPurpose) return;
      const bytes = [...new Set(scripts)].reduce((sum, script) => sum + gzipSize(readFileSync(path.join(distDir, script))), 0);
      expect(bytes, `script loaded: ${scripts.join(', ')}`).toBeLessThanOrEqual(budgets.scriptBytes);
    });
  });
}
