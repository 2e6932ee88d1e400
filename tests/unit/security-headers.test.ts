import { describe, expect, test } from 'vitest';
import type { AstroIntegration } from 'astro';
import { formatHeadersFile, headerRules, securityHeaders } from '../../src/integrations/security-headers.ts';
import { editorPolicy, readersPolicy } from '../../src/lib/security-policy.ts';
import { headersFor, parseHeadersFile, rulesFor } from '../../src/lib/netlify-headers.ts';

const topLevel = [
  { name: '_astro', isFolder: true },
  { name: '2024-25', isFolder: true },
  { name: 'index.html', isFolder: false },
  { name: 'favicon.svg', isFolder: false },
  { name: 'pagefind', isFolder: true },
];
const withEditor = [...topLevel, { name: 'admin', isFolder: true }];
const urls = ['/', '/index.html', '/2024-25/', '/2024-25/awareness/', '/_astro/a.B1c2.js', '/favicon.svg', '/pagefind/pagefind.js'];

/** Every policy a host would send for the URL: one per matching rule (joined values would read as one). */
const policiesOf = (rules: ReturnType<typeof headerRules>, url: string) =>
  rulesFor(rules, url).flatMap((rule) => rule.headers['Content-Security-Policy'] ?? []);

describe('the _headers file', () => {
  const rules = headerRules(topLevel, false);
  const file = formatHeadersFile(rules);

  test('reads back as the rules it was written from', () => {
    expect(parseHeadersFile(file)).toEqual(rules);
  });

  test("sends every page and file exactly one policy: the readers', with framing forbidden, which a <meta> cannot", () => {
    for (const url of urls) expect(policiesOf(parseHeadersFile(file), url), url).toEqual([`${readersPolicy}; frame-ancestors 'none'`]);
  });

  test('sends the privacy and security headers with every response', () => {
    for (const url of urls) {
      const headers = headersFor(parseHeadersFile(file), url);
      expect(headers['Referrer-Policy']).toBe('no-referrer');
      expect(headers['X-Content-Type-Options']).toBe('nosniff');
      expect(headers['X-DNS-Prefetch-Control']).toBe('off');
      expect(headers['Strict-Transport-Security']).toMatch(/^max-age=\d{8,}/);
      expect(headers['Permissions-Policy']).toContain('camera=()');
      expect(headers['Cross-Origin-Opener-Policy']).toBe('same-origin');
    }
  });

  test('caches hashed assets for a year and stores no page or search index, one Cache-Control each', () => {
    const cacheOf = (url: string) => headersFor(parseHeadersFile(file), url)['Cache-Control'];
    expect(cacheOf('/_astro/BaseLayout.DewEbh7l.css')).toBe('public, max-age=31536000, immutable');
    for (const url of ['/', '/index.html', '/2024-25/', '/2024-25/awareness/', '/favicon.svg', '/pagefind/pagefind-entry.json']) {
      expect(cacheOf(url)).toBe('no-store');
    }
  });
});

describe('the content editor at /admin/', () => {
  const rules = parseHeadersFile(formatHeadersFile(headerRules(withEditor, true)));

  test("is sent the editor's policy, and only that one, with framing forbidden", () => {
    for (const url of ['/admin/', '/admin/config.yml']) {
      expect(policiesOf(rules, url), url).toEqual([`${editorPolicy}; frame-ancestors 'none'`]);
    }
    expect(headersFor(rules, '/admin/')['Cache-Control']).toBe('no-store');
    // The sign-in window of the repository host must be able to answer the editor.
    expect(headersFor(rules, '/admin/')['Cross-Origin-Opener-Policy']).toBe('same-origin-allow-popups');
  });

  test("leaves the readers' pages exactly the readers' policy, without the editor's allowances", () => {
    for (const url of urls) {
      expect(policiesOf(rules, url), url).toEqual([`${readersPolicy}; frame-ancestors 'none'`]);
      expect(headersFor(rules, url)['Cross-Origin-Opener-Policy'], url).toBe('same-origin');
    }
  });

  test('is treated as any other folder when the build has no editor page', () => {
    const without = headerRules(withEditor, false);
    expect(policiesOf(without, '/admin/')).toEqual([`${readersPolicy}; frame-ancestors 'none'`]);
  });
});

describe('the build step that writes it', () => {
  // It lists what lies at the top of dist/, so a step that writes files after it would leave them without their rule.
  const configDone = (names: { name: string; writes: boolean }[]) => {
    const integrations = names.map(({ name, writes }) =>
      name === 'dasv:security-headers' ? securityHeaders() : { name, hooks: writes ? { 'astro:build:done': () => {} } : {} },
    );
    const hook = securityHeaders().hooks['astro:config:done']!;
    return () =>
      hook({ config: { integrations } } as unknown as Parameters<NonNullable<AstroIntegration['hooks']['astro:config:done']>>[0]);
  };

  test('stops the build when a step that writes files comes after it, naming the step', () => {
    const late = configDone([
      { name: 'dasv:security-headers', writes: true },
      { name: 'dasv:pagefind', writes: true },
    ]);
    expect(late).toThrow('move it after dasv:pagefind in astro.config.mjs');
  });

  test('lets the build go on when it comes after them (steps that write nothing may follow)', () => {
    const last = configDone([
      { name: 'dasv:pagefind', writes: true },
      { name: 'dasv:security-headers', writes: true },
      { name: 'some-dev-tool', writes: false },
    ]);
    expect(last).not.toThrow();
  });
});
