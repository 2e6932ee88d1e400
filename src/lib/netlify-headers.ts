import type { HeaderRule } from '../integrations/security-headers.ts';

/**
 * Reading a `_headers` file as Netlify, the site's host, does (README.md, "Publishing the site"), to
 * test what the build wrote (src/integrations/security-headers.ts) and to serve the built site with
 * it in the browser tests (scripts/serve-dist.ts): what those tests see of headers is only as true
 * as this. Netlify's rules, from its documentation (docs.netlify.com/manage/routing/headers, checked
 * 2026-12-07) and the parser its build and CLI use (@netlify/headers-parser, getForRegExp;
 * github.com/netlify/build):
 * - a rule is a path on a line of its own, then its headers indented, `Name: value`; `#` starts a
 *   comment; a header named twice in one rule is sent once, its values joined by ", ";
 * - a path matches case-insensitively, with or without a trailing slash; `:name` (a placeholder)
 *   matches one path segment; a `*` standing alone as a segment matches anything after it, including
 *   nothing and further `/`s, and the `/` before it is optional (so `/about/*` matches `/about`,
 *   `/about/x/y`, and also `/aboutx`); a `*` inside a segment matches anything;
 * - every rule that matches a path applies. Where two matching rules set the same header the
 *   documentation says the values are combined (joined by ", ") while the CLI's local server keeps
 *   the last: the site's rules never do so with different values (tests/unit/host-headers.test.ts),
 *   so both give the same result; this joins, as the documentation says.
 */

/** Reads a `_headers` file back into rules (comments and blank lines skipped). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: { pattern: string; headers: Record<string, string> }[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`a header line outside a rule, or without a colon: "${line}"`);
    const name = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    rule.headers[name] = rule.headers[name] === undefined ? value : `${rule.headers[name]}, ${value}`;
  }
  return rules;
}

/** The regular expression Netlify matches a rule's path with (see above). */
export function patternRegExp(pattern: string): RegExp {
  const parts = pattern
    .split('/')
    .map((part) => part.trimEnd())
    .filter(Boolean)
    .map((part) => {
      if (part.startsWith(':')) return '([^/]+)';
      if (part === '*') return '?(.*)';
      return part.split('*').map(escapeRegExp).join('(.*)');
    });
  return new RegExp(`^/${parts.join('/')}/?$`, 'iu');
}

/** The rules whose pattern matches a URL path, in the file's order. */
export function rulesFor(rules: readonly HeaderRule[], urlPath: string): HeaderRule[] {
  return rules.filter(({ pattern }) => patternRegExp(pattern).test(urlPath));
}

/**
 * The headers the host sends for a URL path: those of every rule whose pattern matches it, values
 * of a header set by several rules joined by ", ".
 */
export function headersFor(rules: readonly HeaderRule[], urlPath: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const { headers: ruleHeaders } of rulesFor(rules, urlPath)) {
    for (const [name, value] of Object.entries(ruleHeaders)) {
      headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
    }
  }
  return headers;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
