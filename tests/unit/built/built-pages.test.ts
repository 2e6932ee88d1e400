import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { quickExitScript } from '../../../src/lib/quick-exit-script.ts';
import { editorPolicy, parseCsp, readersPolicy } from '../../../src/lib/security-policy.ts';
import { budgets, hasChart } from '../../support/budgets.ts';
import { elementsOf } from '../../../src/lib/html.ts';
import { builtSite, distDir, editorPath } from '../../support/built-dist.ts';
import { repoRoot } from '../../support/repo-root.ts';
import { headersFor, parseHeadersFile, rulesFor } from '../../../src/lib/netlify-headers.ts';
import { inlineCodeRefused } from '../../support/inline-code.ts';
import { pageWeight } from '../../../src/lib/page-weight.ts';
import { secondYearDir } from '../../support/page-text.ts';
import { siteUrl } from '../../../src/lib/site-address.ts';

// Checks of the built site (dist/) that need no browser: what every page's HTML says, what it
// weighs, where its links lead. The browser tests (tests/e2e/every-page.spec.ts) check what the
// pages do once loaded.
const pages = builtSite();
const parsed = new Map(pages.map((page) => [page.urlPath, elementsOf(page.html)]));
const elementsOfPage = (urlPath: string) => parsed.get(urlPath)!;
/** The published address (astro.config `site`), which shared and canonical links use. */
const site = siteUrl();

describe('valid HTML by html-validate’s recommended rules (.htmlvalidate.json)', () => {
  // What browsers and assistive technology will parse, not what the templates look like.
  const config = JSON.parse(readFileSync(path.join(repoRoot, '.htmlvalidate.json'), 'utf8'));
  const validator = new HtmlValidate(new StaticConfigLoader(config));
  test.each(pages.map((page) => [page.urlPath, page] as const))('%s', async (_url, page) => {
    const report = await validator.validateString(page.html, page.file);
    const messages = report.results.flatMap((result) => result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(messages).toEqual([]);
  });
});

// The real site, and the second-year fixture (tests/fixtures/sites/second-year): a year that reports
// on the last year's promises makes that year's pages grow (Year One's whole report did, by about
// 450 bytes), so a budget the next year will break fails here first.
describe.each([
  ['the site (dist/)', distDir, pages],
  ['the second-year fixture', secondYearDir, builtSite(secondYearDir)],
] as const)('byte budgets, gzipped (tests/support/budgets.ts): what a reader downloads, on %s', (_site, dir, sitePages) => {
  test.each(sitePages.map((page) => [page.urlPath, page] as const))('%s fits its budget', (_url, page) => {
    const weight = pageWeight(dir, page);
    expect(weight.html + weight.css, 'HTML + CSS').toBeLessThanOrEqual(budgets.htmlAndCssBytes);
    const loaded = `JavaScript loaded with the page: ${weight.scripts.map((s) => `${s.url} ${s.bytes}`).join(', ')}`;
    // A page without charts ships at most 3 KB of script. A page with a chart also has the small
    // script that watches for it; chart.js itself must never load with the page.
    if (hasChart(page.html)) expect(weight.scripts.map((s) => s.url).join(' '), loaded).not.toMatch(/draw-chart/);
    else expect(weight.js, loaded).toBeLessThanOrEqual(budgets.scriptBytes);
  });
});

describe('Content Security Policy in every page', () => {
  /** The policies of a page's <meta http-equiv="content-security-policy"> elements (a page has one). */
  const metaPolicies = (html: string) =>
    elementsOf(html)
      .filter((el) => el.tag === 'meta' && el.attrs['http-equiv']?.toLowerCase() === 'content-security-policy')
      .map((el) => el.attrs['content'] ?? '');
  const editor = readFileSync(path.join(distDir, 'admin/index.html'), 'utf8');

  test.each(pages.map((page) => [page.urlPath, page] as const))(
    "%s carries the readers' policy (src/lib/security-policy.ts), before anything it governs",
    (_url, page) => {
      expect(metaPolicies(page.html)).toEqual([readersPolicy]);
      // A <meta> policy governs only what comes after it: nothing loads or runs before it.
      const elements = elementsOf(page.html);
      const policyAt = elements.findIndex((el) => el.tag === 'meta' && el.attrs['http-equiv'] !== undefined);
      const before = elements.slice(0, policyAt).filter((el) => ['script', 'style', 'link', 'img'].includes(el.tag));
      expect(before.map((el) => el.tag)).toEqual([]);
    },
  );

  test.each(pages.map((page) => [page.urlPath, page] as const))(
    '%s writes no inline code its policy does not allow by hash, and no inline style',
    (_url, page) => {
      expect(inlineCodeRefused(page.html)).toEqual([]);
    },
  );

  test.each(pages.map((page) => [page.urlPath] as const))(
    '%s runs its inline script before its stylesheet, and before any "Exit this page" link',
    (url) => {
      const elements = elementsOfPage(url);
      const inline = elements.filter((el) => el.tag === 'script' && el.attrs['src'] === undefined);
      const stylesheet = elements.find((el) => el.tag === 'link' && el.attrs['rel'] === 'stylesheet');
      // After a stylesheet still loading, a classic inline script stops the parser until it arrives,
      // and the browser paints the page as parsed so far: the bar without its Exit button, whose
      // controls then moved 140 px on a phone (tests/e2e/every-page.spec.ts, over a slow connection).
      for (const script of inline) expect(script.start, script.text.slice(0, 60)).toBeLessThan(stylesheet?.start ?? Infinity);
      // Quick exit's click handler (src/lib/quick-exit-script.ts) works from the moment a link shows.
      const handler = inline.find((el) => el.text === quickExitScript);
      const exitLinks = elements.filter((el) => el.tag === 'a' && el.attrs['data-quick-exit'] !== undefined);
      expect(exitLinks.length).toBeGreaterThan(0);
      for (const link of exitLinks) expect(handler?.start ?? Infinity).toBeLessThan(link.start);
    },
  );

  test('the content editor carries its own policy, and no inline code', () => {
    expect(metaPolicies(editor)).toEqual([editorPolicy]);
    expect(inlineCodeRefused(editor)).toEqual([]);
  });
});

test('every page tells the browser to send no referrer, for links an editor may add later', () => {
  const without = pages
    .filter(
      (page) =>
        !elementsOfPage(page.urlPath).some(
          (el) => el.tag === 'meta' && el.attrs['name'] === 'referrer' && el.attrs['content'] === 'no-referrer',
        ),
    )
    .map((page) => page.urlPath);
  expect(without).toEqual([]);
});

test('no page has two elements with one id, so every anchor leads to one place', () => {
  const clashes = pages.flatMap((page) => {
    const ids = elementsOfPage(page.urlPath)
      .map((el) => el.attrs['id'])
      .filter((id): id is string => id !== undefined);
    return ids.filter((id, index) => ids.indexOf(id) !== index).map((id) => `${page.urlPath}#${id}`);
  });
  expect(clashes).toEqual([]);
});

/** The page a URL path is served from: `/about/` is about/index.html. */
const pageAt = (urlPath: string) => pages.find((page) => page.urlPath === urlPath);

test('every internal link and anchor on the site leads somewhere that exists', () => {
  const broken: string[] = [];
  for (const page of pages) {
    const elements = elementsOfPage(page.urlPath);
    const hrefs = elements.filter((el) => el.tag === 'a' && el.attrs['href'] !== undefined).map((el) => el.attrs['href']!);
    // The absolute addresses the copy-link controls copy, and the canonical one, are links too:
    // on the published site, they must lead to a page and an id that exist.
    const shared = elements
      .filter(
        (el) => (el.tag === 'copy-link' && el.attrs['data-url'] !== undefined) || (el.tag === 'link' && el.attrs['rel'] === 'canonical'),
      )
      .map((el) => (el.tag === 'link' ? el.attrs['href'] : el.attrs['data-url']) ?? '');
    for (const address of shared) if (!address.startsWith(`${site}/`)) broken.push(`${page.urlPath} → ${address} (not on ${site})`);
    for (const href of [...hrefs, ...shared.filter((a) => a.startsWith(`${site}/`)).map((a) => a.slice(site.length))]) {
      if (/^(https?:|tel:|sms:|mailto:)/.test(href)) continue;
      const target = new URL(href, `http://site${page.urlPath}`);
      const targetPage = pageAt(target.pathname);
      if (!targetPage) {
        // A link to a file (a chart's CSV) must lead to a file the build wrote.
        if (!(path.extname(target.pathname) && existsSync(path.join(distDir, decodeURIComponent(target.pathname))))) {
          broken.push(`${page.urlPath} → ${href} (no such page)`);
        }
        continue;
      }
      const id = decodeURIComponent(target.hash.slice(1));
      if (id && !elementsOfPage(targetPage.urlPath).some((el) => el.attrs['id'] === id))
        broken.push(`${page.urlPath} → ${href} (no such anchor)`);
    }
  }
  expect(broken).toEqual([]);
});

/** Every page a reader reaches from the home page by following the site's links, each one built. */
function pagesFoundByLinks(): string[] {
  const found = new Set(['/']);
  const queue = ['/'];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const page = pageAt(next);
    expect(page, `${next}, linked from a page, is built`).toBeDefined();
    for (const el of elementsOfPage(next)) {
      if (el.tag !== 'a' || el.attrs['href'] === undefined) continue;
      const url = new URL(el.attrs['href'], `http://site${next}`);
      // Pages end in "/"; files such as a chart's CSV are checked by the link test above.
      if (url.origin !== 'http://site' || !url.pathname.endsWith('/') || found.has(url.pathname)) continue;
      found.add(url.pathname);
      queue.push(url.pathname);
    }
  }
  return [...found].sort();
}

test('every page found by following links from the home page is in the sitemap, and every page in the sitemap is found', () => {
  const sitemap = [...readFileSync(path.join(distDir, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map((match) => new URL(match[1]!).pathname)
    .sort();
  const crawled = pagesFoundByLinks();
  expect(crawled.filter((p) => !sitemap.includes(p))).toEqual([]);
  expect(sitemap.filter((p) => !crawled.includes(p))).toEqual([]);
});

describe('the _headers file', () => {
  const text = readFileSync(path.join(distDir, '_headers'), 'utf8');
  const rules = parseHeadersFile(text);

  test('fits the limits of the hosts that read it', () => {
    // Cloudflare Pages: at most 100 rules, each line at most 2,000 characters.
    expect(rules.length).toBeLessThanOrEqual(100);
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(2000);
  });

  test('covers every page and the search index with exactly one caching rule, which stores nothing, and turns off DNS prefetching', () => {
    for (const url of ['/pagefind/pagefind-entry.json', '/pagefind/pagefind.js'])
      expect(headersFor(rules, url)['Cache-Control'], url).toBe('no-store');
    for (const page of pages) {
      expect(headersFor(rules, page.urlPath)['Cache-Control'], page.urlPath).toBe('no-store');
      expect(headersFor(rules, page.urlPath)['X-DNS-Prefetch-Control'], page.urlPath).toBe('off');
    }
  });
  test("sends each page and file exactly one Content-Security-Policy header: the readers' policy with framing forbidden", () => {
    // Hosts apply every rule that matches and join a header's values: two rules setting the policy
    // for one URL would make the browser enforce both, and the readers' one would block the editor.
    const policiesOf = (url: string) => rulesFor(rules, url).flatMap((rule) => rule.headers['Content-Security-Policy'] ?? []);
    const readers = [`${readersPolicy}; frame-ancestors 'none'`];
    for (const page of pages) expect(policiesOf(page.urlPath), page.urlPath).toEqual(readers);
    for (const url of ['/_astro/x.js', '/pagefind/pagefind.js', '/favicon.svg', '/sitemap-index.xml'])
      expect(policiesOf(url), url).toEqual(readers);
    for (const url of [editorPath, `${editorPath}config.yml`])
      expect(policiesOf(url), url).toEqual([`${editorPolicy}; frame-ancestors 'none'`]);
    expect(parseCsp(policiesOf(editorPath)[0]!).get('frame-ancestors')).toEqual(["'none'"]);
    expect(headersFor(rules, editorPath)['Cache-Control']).toBe('no-store');
  });

  test('gives every file and folder at the top of the built site its rule, so none is left without a policy or cached', () => {
    const patterns = new Set(rules.map((rule) => rule.pattern));
    const missing = readdirSync(distDir, { withFileTypes: true })
      .filter((entry) => entry.name !== '_headers')
      .map((entry) => (entry.isDirectory() ? `/${entry.name}/*` : `/${entry.name}`))
      .filter((pattern) => !patterns.has(pattern));
    expect(missing).toEqual([]);
  });
});

test('the dark colour scheme changes colours only, so the browser tests run only axe’s colour rules again in it', () => {
  // tests/e2e/every-page.spec.ts runs every axe rule in the light scheme and, in the dark one, the
  // rules that read colours (colour contrast, links told apart by colour). Were the dark scheme to
  // change anything else (a size, a display), every rule would have to run in it too.
  const colour = /^(#[0-9a-f]{3,8}|(rgba?|hsla?|oklch|oklab|lab|lch|color)\(.*\)|var\(--[a-z0-9-]+\)|transparent|currentcolor)$/i;
  const stylesheets = readdirSync(path.join(distDir, '_astro')).filter((file) => file.endsWith('.css'));
  let blocks = 0;
  const notColours: string[] = [];
  for (const file of stylesheets) {
    const css = readFileSync(path.join(distDir, '_astro', file), 'utf8');
    for (const media of css.matchAll(/@media[^{]*prefers-color-scheme\s*:\s*dark[^{]*\{/g)) {
      blocks++;
      let depth = 1;
      let end = media.index + media[0].length;
      for (; depth > 0 && end < css.length; end++) depth += css[end] === '{' ? 1 : css[end] === '}' ? -1 : 0;
      const block = css.slice(media.index + media[0].length, end - 1);
      for (const rule of block.matchAll(/\{([^{}]*)\}/g)) {
        for (const declaration of rule[1]!.split(';').filter((d) => d.trim() !== '')) {
          const [property = '', ...value] = declaration.split(':');
          const isColour =
            /^--|color$/.test(property.trim()) &&
            colour.test(
              value
                .join(':')
                .replace(/!important/, '')
                .trim(),
            );
          if (!isColour) notColours.push(`${file}: ${declaration}`);
        }
      }
    }
  }
  expect(blocks, 'dark scheme rules found').toBeGreaterThan(0);
  expect(notColours).toEqual([]);
});

// (It was a browser test that read a listing of dist/, which passed while no link led to a page.)
test('a reader reaches every page the foundation promises from the home page, by its links', () => {
  const crawled = pagesFoundByLinks();
  for (const url of ['/', '/2024-25/', '/2024-25/awareness/', '/2024-25/prevention/', '/2024-25/report/', '/about/']) {
    expect(crawled, url).toContain(url);
  }
});
