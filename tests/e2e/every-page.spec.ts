import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type CDPSession, type Page, type Response } from '@playwright/test';
import { gzipSize } from '../../src/lib/page-weight.ts';
import { budgets, hasChart, scriptHeavyByPurpose } from '../support/budgets.ts';
import { headersFor, parseHeadersFile } from '../../src/lib/netlify-headers.ts';
import { validateContent } from '../../src/checker/index.ts';
import { builtSite, distDir } from '../support/built-dist.ts';
import { pngSize } from '../support/png-size.ts';
import { isTemplatePage, type TemplatePage } from '../support/template-pages.ts';
import { repoRoot } from '../support/repo-root.ts';
import { emulateSlow4G, expectPaintsFromOwnHtmlAndCss, recordLayoutShifts } from './helpers';
import { searchPageOnAPhone } from './search-page-on-a-phone';
import { siteUrl } from '../../src/lib/site-address.ts';

// Every page of the built site, visited once: everything a reader of any page relies on, checked on
// that one visit. Served as Netlify or Cloudflare Pages would serve it, with the headers of
// dist/_headers (scripts/serve-dist.ts). What needs no browser (valid HTML, budgets, the policy's wording, links) is
// checked over dist/ by tests/unit/built/; what one kind of page does, by the spec of its feature.
//
// Phone first: the page opens on a 390 x 844 touch screen (touch and a phone's screen are set when a
// page opens), is checked there, then turns into a desktop (touch off, 1280 x 720) for axe, reflow
// and reading, as a desktop browser sees it: the site's only touch-dependent style is
// `(pointer: coarse)`, which follows touch. One page per template opens over a slow connection
// (Lighthouse's slow 4G) and is checked as it loads before the rest.

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
const PHONE = { width: 390, height: 844 };
/** Desktop Chrome's screen (playwright.config.ts), where axe and the reading checks always ran. */
const DESKTOP = { width: 1280, height: 720 };
/** The bar at the top of every page: at most this tall on a phone, in one row. */
const BAR_MAX_HEIGHT = 64;
/** Where each page's <h1> must start, at the latest. */
const H1_MAX_TOP = 160;
/** Long pages that must have "On this page" (tests/unit/built/on-this-page.test.ts checks every long page's list). */
const WITH_CONTENTS = ['/2024-25/awareness/', '/2024-25/figures/', '/glossary/', '/staying-safe-online/'];

/**
 * Pages whose own checks need the state this visit opens them in (a phone over a slow connection):
 * their module opens the page its way, and runs the rest after this visit's slow-connection checks.
 */
const OWN_CHECKS: Partial<Record<TemplatePage, { open(page: Page): Promise<Response | null>; afterLoad(page: Page): Promise<void> }>> = {
  '/search/': searchPageOnAPhone,
};

/** WCAG 2.2 A and AA (axe's wcag22aa tag holds only target-size, so every level is listed) and axe's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** Chart code: chart.js and the modules that draw with it, which only a page with a chart may load. */
const CHART_CODE = /draw-chart|chart\.js|Chart\.astro/i;
/** The published address (astro.config `site`): what people share, whatever address the test server has. */
const site = siteUrl();
/** Drawing waits for chart.js to download and run: allow for a slow, busy machine. */
const DRAWN = { timeout: 20_000 };

const { content } = validateContent(path.join(repoRoot, 'content'));
const inHelpBox = content.help.flatMap(({ data }) => (data.inHelpBox && data.contact?.phone ? [{ phone: data.contact.phone }] : []));
const headerRules = parseHeadersFile(readFileSync(path.join(distDir, '_headers'), 'utf8'));

/**
 * The help strip under the bar: the helpline's number and 999, as links that dial what they show,
 * wholly in the first screen, on one line that needs no scrolling sideways.
 */
async function expectHelpStrip(page: Page, size: string): Promise<void> {
  await scrollTo(page, 'top');
  const strip = page.locator('.help-strip');
  for (const { phone } of inHelpBox) {
    const link = strip.locator(`a[href="tel:${phone.replaceAll(' ', '')}"]`);
    await expect(link, `${phone} in the help strip ${size}`).toHaveText(phone.replaceAll(' ', '\u00a0'));
    await expect(link, `${phone} in the first screen ${size}`).toBeInViewport({ ratio: 1 });
  }
  const line = await strip.evaluate((el) => ({
    lines: Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)),
    overflow: el.scrollWidth - el.clientWidth,
  }));
  expect(line, `the help strip is one whole line ${size}`).toEqual({ lines: 1, overflow: 0 });
}

/**
 * The rules whose outcome depends on colours. The dark scheme changes colours only (custom properties
 * of colours, tested over dist/ in tests/unit/built/), so in it only these can find anything new.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** HTML_CodeSniffer, the second checker: run inside the page (through the DevTools protocol, which the page's CSP does not govern). */
const htmlcs = readFileSync(path.join(repoRoot, 'node_modules/@pa11y/html_codesniffer/build/HTMLCS.js'), 'utf8');

/** HTML_CodeSniffer's errors against WCAG 2 AA (warnings and notices are for a person to judge). */
async function expectNoHtmlcsError(page: Page, where: string): Promise<void> {
  const errors = await page.evaluate(
    `${htmlcs};new Promise((done) => HTMLCS.process('WCAG2AA', document, () => done(HTMLCS.getMessages().filter((m) => m.type === HTMLCS.ERROR).map((m) => m.code + ': ' + m.element.outerHTML.slice(0, 160)))))`,
  );
  expect(errors, `HTML_CodeSniffer ${where}`).toEqual([]);
}

async function expectNoAxeViolation(page: Page, rules?: string[]): Promise<void> {
  // Details of violations only: collecting every passing node takes long on a long page.
  const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  const { violations } = await (rules ? builder.withRules(rules) : builder.withTags(AXE_TAGS)).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

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

/** A touch screen (the context's) or a desktop's mouse: `(pointer: coarse)` follows this. */
async function touch(cdp: CDPSession, on: boolean): Promise<void> {
  await cdp.send('Emulation.setTouchEmulationEnabled', on ? { enabled: true, maxTouchPoints: 1 } : { enabled: false });
}

for (const built of builtSite()) {
  const url = built.urlPath;
  const isNotFound = url === '/404.html';

  test(`${url}: loads, works on a phone, passes axe in light and dark, reflows at 320 px, shows help, keeps its policy and the reader's privacy, previews when shared`, async ({
    page,
    context,
    baseURL,
    request,
  }) => {
    // Two axe runs on the whole report take a while on a shared machine.
    test.setTimeout(180_000);
    const cdp = await context.newCDPSession(page);

    // What the page does from before its first byte: requests elsewhere (refused), console errors,
    // Content Security Policy violations, the scripts it loads.
    const elsewhere: string[] = [];
    await context.route(
      (requested) => requested.origin !== baseURL,
      async (route) => {
        elsewhere.push(route.request().url());
        await route.abort();
      },
    );
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

    const throttled = isTemplatePage(url);
    const endSlowConnection = throttled ? await emulateSlow4G(page) : undefined;
    // Each shift is kept with what moved, so a failure says where to look.
    const layoutShifts = await recordLayoutShifts(page);
    const own = throttled ? OWN_CHECKS[url] : undefined;
    const response = own ? await own.open(page) : await page.goto(url);

    if (endSlowConnection) {
      await test.step('over a slow connection, nothing shifts once painted, and the first paint waits only for its own HTML and CSS', async () => {
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(300);
        expect(await layoutShifts()).toEqual([]);
        await expectPaintsFromOwnHtmlAndCss(page, url);
        await endSlowConnection();
        await scrollTo(page, 'top');
      });
    }
    if (own) {
      await test.step("the page's own checks that need this visit's first state", () => own.afterLoad(page));
      await page.setViewportSize(PHONE);
      await scrollTo(page, 'top');
    }

    await test.step('loads with one h1, a title and a description', async () => {
      expect(response?.status()).toBe(200);
      // Served with its _headers (scripts/serve-dist.ts), so the policy checked below is the header's too.
      const policy = headersFor(headerRules, url)['Content-Security-Policy'];
      expect(policy).toContain("default-src 'self'");
      expect(response?.headers()['content-security-policy']).toBe(policy);
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
        if (theme && !['report', 'figures', 'priorities'].includes(theme[2]!)) expect(image).toBe(`${site}/og/${theme[1]}/${theme[2]}.png`);
        const png = await request.get(new URL(image!).pathname);
        expect(png.status()).toBe(200);
        expect(png.headers()['content-type']).toContain('image/png');
        expect(pngSize(await png.body())).toEqual({
          width: Number(await meta('og:image:width')),
          height: Number(await meta('og:image:height')),
        });
        expect(pngSize(await png.body())).toEqual({ width: 1200, height: 630 });
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
      for (const { phone } of inHelpBox) {
        const link = box.getByRole('link', { name: phone, exact: true });
        await expect(link).toHaveAttribute('href', `tel:${phone.replaceAll(' ', '')}`);
      }
      await expect(box).toContainText('press 55');
      await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility statement' })).toHaveAttribute(
        'href',
        '/accessibility/',
      );
    });

    await test.step('on the phone, the heading and a way to get help are in the first screen, under a bar of one row', async () => {
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
      await expectHelpStrip(page, 'at 390 × 844');

      // "On this page" on a long page: collapsed, in the first screen; the wide screen's list hidden.
      if (WITH_CONTENTS.includes(url) || built.html.includes('class="on-this-page-phone"')) {
        const contents = page.getByRole('navigation', { name: 'On this page' });
        await expect(contents).toHaveCount(1);
        await expect(contents.locator('details')).not.toHaveAttribute('open');
        await expect(contents.getByRole('link').first()).toBeHidden();
        const summary = await contents.locator('summary').boundingBox();
        expect(summary!.y + summary!.height, '"On this page" in the first screen').toBeLessThanOrEqual(PHONE.height);
      }
    });

    // "Exit this page" on top at every scroll position and with the menu open; with the search
    // dialog open at the end of the visit, as opening it loads the search's code.
    const exitProblems: (string | null)[] = [];
    await test.step('on the phone, "Exit this page" is on top at the top, middle and end, and with the menu open', async () => {
      for (const where of ['top', 'middle', 'end'] as const) {
        await scrollTo(page, where);
        exitProblems.push(await exitProblem(page, `scrolled to the ${where}`));
      }
      // The menu: a panel under the bar, the bar (and its exit) untouched.
      await scrollTo(page, 'middle');
      const menu = page.getByRole('navigation', { name: 'Main' }).locator('summary');
      await menu.click();
      await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Partners' })).toBeVisible();
      exitProblems.push(await exitProblem(page, 'menu open'));
      await menu.click();
      await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Partners' })).toBeHidden();
    });

    await test.step('at 320 pixels wide nothing needs scrolling sideways, on a touch screen or a desktop, and the bar stays one row', async () => {
      for (const touchScreen of [true, false]) {
        await touch(cdp, touchScreen);
        await page.setViewportSize({ width: 320, height: 640 });
        await scrollTo(page, 'top');
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, touchScreen ? 'touch screen' : 'desktop').toBeLessThanOrEqual(0);
      }
      await touch(cdp, true);
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
      await expectHelpStrip(page, 'at 320 × 640');
      await expect(page.getByRole('banner').getByRole('link', { name: 'Exit this page' })).toBeInViewport({ ratio: 1 });
    });

    await test.step('on the phone (390 px), axe and HTML_CodeSniffer find nothing, in the light and the dark colour scheme', async () => {
      await page.setViewportSize(PHONE);
      await scrollTo(page, 'top');
      await page.emulateMedia({ colorScheme: 'light' });
      await expectNoAxeViolation(page);
      await expectNoHtmlcsError(page, 'at 390 px, light');
      await page.emulateMedia({ colorScheme: 'dark' });
      await expectNoAxeViolation(page, COLOUR_RULES);
      await expectNoHtmlcsError(page, 'at 390 px, dark');
      await page.emulateMedia({ colorScheme: 'light' });
    });

    // A desktop from here: touch off, Desktop Chrome's screen.
    await touch(cdp, false);
    await page.setViewportSize(DESKTOP);
    await scrollTo(page, 'top');

    await test.step('axe finds no WCAG 2.2 A or AA failure and no best-practice violation, in the light colour scheme', async () => {
      await page.emulateMedia({ colorScheme: 'light' });
      await expectNoAxeViolation(page);
      await expectNoHtmlcsError(page, 'at 1280 px, light');
    });
    await test.step('... nor, in the dark colour scheme, any colour contrast failure', async () => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await expectNoAxeViolation(page, COLOUR_RULES);
      await expectNoHtmlcsError(page, 'at 1280 px, dark');
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

    await test.step('on the phone, the search dialog carries an "Exit this page" on top, and Escape closes it', async () => {
      await touch(cdp, true);
      await page.setViewportSize(PHONE);
      await page.emulateMedia({ colorScheme: 'light' });
      await scrollTo(page, 'middle');
      // The search dialog: the page behind it is inert; the dialog carries "Exit this page".
      await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      exitProblems.push(await exitProblem(page, 'search dialog open'));
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toBeHidden();
      expect(exitProblems.filter((problem) => problem !== null)).toEqual([]);
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
    // The search may still be fetching what it reads ahead; those requests end with the test.
    await context.unrouteAll({ behavior: 'ignoreErrors' });
  });
}
