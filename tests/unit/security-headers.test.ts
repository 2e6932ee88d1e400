import { describe, expect, test } from 'vitest';
import {
  cspHash,
  formatCsp,
  formatHeadersFile,
  headerRules,
  headersFor,
  ownHashesOnly,
  parseCsp,
  parseHeadersFile,
  unionCsp,
} from '../../src/lib/security-headers.ts';

const home = "default-src 'self'; object-src 'none'; script-src 'self' 'sha256-AAA='; style-src 'self' 'sha256-S1='";
const search = "default-src 'self'; object-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-BBB='; style-src 'self' 'sha256-S1='";
const topLevel = [
  { name: '_astro', isFolder: true },
  { name: '2024-25', isFolder: true },
  { name: 'index.html', isFolder: false },
  { name: 'favicon.svg', isFolder: false },
  { name: 'pagefind', isFolder: true },
];

describe('the Content-Security-Policy header', () => {
  test('allows what any page allows, each source once, directives in order', () => {
    expect(formatCsp(unionCsp([home, search]))).toBe(
      "default-src 'self'; object-src 'none'; script-src 'self' 'sha256-AAA=' 'wasm-unsafe-eval' 'sha256-BBB='; style-src 'self' 'sha256-S1='",
    );
  });

  test('refuses pages whose policies name different directives, as a union would loosen one of them', () => {
    expect(() => unionCsp([home, "default-src 'self'; script-src 'self'"])).toThrow(
      "page 2's Content-Security-Policy names the directives default-src, script-src; the first page names default-src, object-src, script-src, style-src",
    );
  });

  test('forbids framing, which a <meta> policy cannot', () => {
    const csp = parseCsp(headersFor(headerRules([home], topLevel), '/')['Content-Security-Policy']!);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'", "'sha256-AAA='"]);
  });
});

describe('the _headers file', () => {
  const rules = headerRules([home, search], topLevel);
  const file = formatHeadersFile(rules);

  test('reads back as the rules it was written from', () => {
    expect(parseHeadersFile(file)).toEqual(rules);
  });

  test('sends the privacy and security headers with every response', () => {
    for (const url of ['/', '/2024-25/awareness/', '/_astro/a.B1c2.js', '/favicon.svg']) {
      const headers = headersFor(parseHeadersFile(file), url);
      expect(headers['Referrer-Policy']).toBe('no-referrer');
      expect(headers['X-Content-Type-Options']).toBe('nosniff');
      expect(headers['X-DNS-Prefetch-Control']).toBe('off');
      expect(headers['Strict-Transport-Security']).toMatch(/^max-age=\d{8,}/);
      expect(headers['Permissions-Policy']).toContain('camera=()');
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
  const editor =
    "default-src 'self'; object-src 'none'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; connect-src https://api.github.com http://localhost:8081";
  const withEditor = [...topLevel, { name: 'admin', isFolder: true }];
  const rules = parseHeadersFile(formatHeadersFile(headerRules([home, search], withEditor, editor)));
  const policiesOf = (url: string) => {
    // Every policy a host would send for the URL: one per matching rule (joined values would read as one).
    const matching = rules.filter(({ pattern }) => new RegExp(`^${pattern.replaceAll('*', '.*')}$`).test(url));
    return matching.map((rule) => rule.headers['Content-Security-Policy']).filter((policy) => policy !== undefined);
  };

  test("is sent its own page's policy, and only that one, with framing forbidden", () => {
    for (const url of ['/admin/', '/admin/config.yml']) {
      expect(policiesOf(url), url).toEqual([`${editor}; frame-ancestors 'none'`]);
    }
    expect(headersFor(rules, '/admin/')['Cache-Control']).toBe('no-store');
    // The sign-in window of the repository host must be able to answer the editor.
    expect(headersFor(rules, '/admin/')['Cross-Origin-Opener-Policy']).toBe('same-origin-allow-popups');
  });

  test("leaves the readers' pages exactly one readers' policy, without the editor's allowances", () => {
    for (const url of ['/', '/2024-25/awareness/', '/favicon.svg', '/_astro/a.B1c2.js', '/pagefind/pagefind.js']) {
      const policies = policiesOf(url);
      expect(policies, url).toHaveLength(1);
      expect(policies[0], url).not.toContain("'unsafe-eval'");
      expect(policies[0], url).not.toContain("'unsafe-inline'");
      expect(policies[0], url).not.toContain('api.github.com');
      expect(headersFor(rules, url)['Cross-Origin-Opener-Policy'], url).toBe('same-origin');
    }
  });

  test('is treated as any other folder when the build has no editor page', () => {
    const without = headerRules([home], withEditor);
    expect(headersFor(without, '/admin/')['Content-Security-Policy']).toBe(headersFor(without, '/')['Content-Security-Policy']);
  });
});

describe("a page's own hashes", () => {
  const own = cspHash('sha256', 'console.log(1)');
  const other = cspHash('sha256', 'console.log(2)');
  const style = cspHash('sha256', 'p{color:red}');
  const page = (policy: string, body: string) =>
    `<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

  test('keeps the hashes of the inline scripts and styles the page has, and drops the others', () => {
    const policy = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${own} ${other}; style-src 'self' ${style} ${other};`;
    const body =
      '<script type="module">console.log(1)</script><script type="module" src="/_astro/a.js"></script><style>p{color:red}</style>';
    const trimmed = parseCsp(/content="([^"]*)"/.exec(ownHashesOnly(page(policy, body)))![1]!);
    expect(trimmed.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", own]);
    expect(trimmed.get('style-src')).toEqual(["'self'", style]);
    expect(trimmed.get('default-src')).toEqual(["'self'"]);
  });

  test('leaves no hash where the page has no inline script or style, and changes nothing else', () => {
    const html = page(`default-src 'self';img-src 'self' data:; script-src 'self' ${own}; style-src 'self' ${style};`, '<p>Words</p>');
    expect(ownHashesOnly(html)).toBe(page("default-src 'self';img-src 'self' data:; script-src 'self'; style-src 'self';", '<p>Words</p>'));
  });

  test('leaves a page without a policy as it is', () => {
    const html = '<!DOCTYPE html><html><head></head><body><script>console.log(1)</script></body></html>';
    expect(ownHashesOnly(html)).toBe(html);
  });
});
