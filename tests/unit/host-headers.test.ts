import { describe, expect, test } from 'vitest';
import { headersFor, parseHeadersFile, patternRegExp } from '../../src/lib/netlify-headers.ts';

// The reading of _headers that scripts/serve-dist.ts applies (and so every browser test sees) must be
// Netlify's, the host the site is published on. These cases are Netlify's own (the rules and answers
// of @netlify/headers-parser's and the CLI's tests, github.com/netlify/primitives,
// packages/headers/src/lib/headersForPath.test.ts), written as a _headers file, plus the matching
// rules its documentation states (docs.netlify.com/manage/routing/headers, read 2026-12-07).

const netlifyFixture = `# Netlify's own test rules
/
  X-Frame-Options: SAMEORIGIN
/*
  X-Frame-Thing: SAMEORIGIN
/static-path/*
  X-Frame-Options: DENY
  X-XSS-Protection: 1; mode=block
  cache-control: max-age=0
  cache-control: no-cache
  cache-control: no-store
  cache-control: must-revalidate
/:placeholder/index.html
  X-Frame-Options: SAMEORIGIN
/*/_next/static/chunks/*
  cache-control: public
  cache-control: max-age=31536000
  cache-control: immutable
/directory/*/test.html
  X-Frame-Options: test
/with-colon
  Custom-header: http://www.example.com
`;

describe('serve-dist reads _headers as Netlify does', () => {
  const rules = parseHeadersFile(netlifyFixture);

  test.each([
    ['/', { 'X-Frame-Options': 'SAMEORIGIN', 'X-Frame-Thing': 'SAMEORIGIN' }],
    ['/placeholder', { 'X-Frame-Thing': 'SAMEORIGIN' }],
    [
      '/static-path/placeholder',
      {
        'X-Frame-Thing': 'SAMEORIGIN',
        'X-Frame-Options': 'DENY',
        'X-XSS-Protection': '1; mode=block',
        'cache-control': 'max-age=0, no-cache, no-store, must-revalidate',
      },
    ],
    // A splat's "/" is optional: /static-path/* matches /static-path itself.
    [
      '/static-path',
      {
        'X-Frame-Thing': 'SAMEORIGIN',
        'X-Frame-Options': 'DENY',
        'X-XSS-Protection': '1; mode=block',
        'cache-control': 'max-age=0, no-cache, no-store, must-revalidate',
      },
    ],
    // A placeholder matches one segment.
    ['/placeholder/index.html', { 'X-Frame-Options': 'SAMEORIGIN', 'X-Frame-Thing': 'SAMEORIGIN' }],
    // A splat may stand in the middle of a path.
    [
      '/placeholder/_next/static/chunks/placeholder',
      { 'X-Frame-Thing': 'SAMEORIGIN', 'cache-control': 'public, max-age=31536000, immutable' },
    ],
    ['/directory/placeholder/test.html', { 'X-Frame-Thing': 'SAMEORIGIN', 'X-Frame-Options': 'test' }],
    // A value with a colon keeps it.
    ['/with-colon', { 'X-Frame-Thing': 'SAMEORIGIN', 'Custom-header': 'http://www.example.com' }],
  ])('%s gets the headers Netlify gives it', (urlPath, expected) => {
    expect(headersFor(rules, urlPath)).toEqual(expected);
  });

  test('paths match case-insensitively and with or without a trailing slash; a placeholder never spans a "/"', () => {
    expect(patternRegExp('/About').test('/about/')).toBe(true);
    expect(patternRegExp('/about/').test('/about')).toBe(true);
    expect(patternRegExp('/:page/index.html').test('/a/b/index.html')).toBe(false);
    expect(patternRegExp('/about/*').test('/about/a/b.png')).toBe(true);
    expect(patternRegExp('/about.html').test('/aboutxhtml')).toBe(false);
  });

  test('several rules for one path all apply, a header set by two of them joined as the documentation says', () => {
    const two = parseHeadersFile('/*\n  X-A: one\n/about/*\n  X-A: two\n  X-B: b\n');
    expect(headersFor(two, '/about/')).toEqual({ 'X-A': 'one, two', 'X-B': 'b' });
    expect(headersFor(two, '/')).toEqual({ 'X-A': 'one' });
  });
});

describe('the _headers writer', () => {
  test('refuses a pattern or value that would write a line of its own', async () => {
    const { formatHeadersFile } = await import('../../src/integrations/security-headers.ts');
    expect(() => formatHeadersFile([{ pattern: '/a\n  Access-Control-Allow-Origin: *', headers: {} }])).toThrow(
      /one line of printable ASCII/,
    );
    expect(() => formatHeadersFile([{ pattern: '/a', headers: { 'X-A': 'b\r\nX-B: c' } }])).toThrow(/one line of printable ASCII/);
    expect(formatHeadersFile([{ pattern: '/a/*', headers: { 'X-A': 'b' } }])).toContain('/a/*\n  X-A: b');
  });
});
