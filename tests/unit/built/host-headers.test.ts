import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { editorHeaders, readersHeaders } from '../../../src/lib/security-policy.ts';
import { distDir } from '../../support/built-dist.ts';
import { headersFor, parseHeadersFile, rulesFor } from '../../../src/lib/netlify-headers.ts';

// Every URL of the built site, under the _headers the build wrote, read as Netlify reads it
// (src/lib/netlify-headers.ts): what the host will send is what the browser tests check.

const rules = parseHeadersFile(readFileSync(path.join(distDir, '_headers'), 'utf8'));

/** Every URL path of the built site: each file, each folder with and without its "/". */
const urlPaths = [
  ...new Set(
    readdirSync(distDir, { recursive: true, encoding: 'utf8' })
      .map((file) => file.split(path.sep).join('/'))
      .filter((file) => file !== '_headers' && /\.\w+$/.test(file))
      .flatMap((file) => {
        const url = `/${file}`;
        if (!url.endsWith('/index.html')) return [url];
        const folder = url.slice(0, -'index.html'.length);
        return folder === '/' ? [url, '/'] : [url, folder, folder.slice(0, -1)];
      }),
  ),
].sort();

describe('the headers Netlify will send for every URL of the built site', () => {
  test('the site has URLs to check', () => {
    expect(urlPaths.length).toBeGreaterThan(100);
  });

  test('no header is set with different values by two rules that match one URL (so joining or overriding give the same)', () => {
    const clashes: string[] = [];
    for (const url of urlPaths) {
      const values = new Map<string, Set<string>>();
      for (const rule of rulesFor(rules, url)) {
        for (const [name, value] of Object.entries(rule.headers)) values.set(name, (values.get(name) ?? new Set()).add(value));
      }
      for (const [name, set] of values) if (set.size > 1) clashes.push(`${url}: ${name}`);
    }
    expect(clashes).toEqual([]);
  });

  test('every URL gets one policy with framing forbidden, HSTS, no sniffing, no referrer, and a caching rule', () => {
    const missing: string[] = [];
    for (const url of urlPaths) {
      const headers = headersFor(rules, url);
      // One policy, whole (two different ones joined would both be enforced): the editor's in /admin/, the readers' elsewhere.
      const expected = (url === '/admin' || url.startsWith('/admin/') ? editorHeaders : readersHeaders)['Content-Security-Policy'];
      if (new Set(headers['Content-Security-Policy']?.split(', default-src').map((p, i) => (i ? `default-src${p}` : p))).size !== 1) {
        missing.push(`${url}: one Content-Security-Policy`);
      } else if (!headers['Content-Security-Policy']!.startsWith(expected!) || !expected!.includes("frame-ancestors 'none'")) {
        missing.push(`${url}: Content-Security-Policy with frame-ancestors 'none'`);
      }
      if (!/^max-age=\d{8,}/.test(headers['Strict-Transport-Security'] ?? '')) missing.push(`${url}: Strict-Transport-Security`);
      if (headers['X-Content-Type-Options'] !== 'nosniff') missing.push(`${url}: X-Content-Type-Options`);
      if (headers['Referrer-Policy'] !== 'no-referrer') missing.push(`${url}: Referrer-Policy`);
      const cache = new Set((headers['Cache-Control'] ?? '').split(', '));
      const wanted = url.startsWith('/_astro/') ? 'immutable' : 'no-store';
      if (!cache.has(wanted)) missing.push(`${url}: Cache-Control ${wanted}`);
    }
    expect(missing).toEqual([]);
  });
});
