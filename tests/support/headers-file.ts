import type { HeaderRule } from '../../src/integrations/security-headers.ts';

/**
 * Reading a `_headers` file as Netlify and Cloudflare Pages do, to test what the build wrote
 * (src/integrations/security-headers.ts) and to serve the built site with it in the browser tests.
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
    rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

/** The rules whose pattern matches a URL path (`*` matches anything, including `/`). */
export function rulesFor(rules: readonly HeaderRule[], urlPath: string): HeaderRule[] {
  return rules.filter(({ pattern }) => new RegExp(`^${pattern.split('*').map(escapeRegExp).join('.*')}$`).test(urlPath));
}

/**
 * The headers a host sends for a URL path: those of every rule whose pattern matches it, values of
 * a header set by several rules joined by ", ", as Netlify and Cloudflare Pages do.
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
