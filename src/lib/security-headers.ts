import { createHash } from 'node:crypto';

/**
 * The HTTP response headers the site asks its host to send, written as a `_headers` file
 * (the format Netlify and Cloudflare Pages read). GitHub Pages ignores the file.
 *
 * The Content-Security-Policy header is built from the <meta> policies Astro wrote into the
 * built pages, so the two can never disagree. Hashes differ from page to page, and both hosts
 * join the values of a header set by several matching rules with commas (which would make two
 * policies that must both pass), so the readers' header is one policy: every reader's page's
 * sources per directive. Each page still carries its own stricter <meta> policy, and a browser
 * enforces both, so the header only adds what a <meta> cannot carry: `frame-ancestors 'none'`.
 * The content editor (/admin/) gets its own page's policy instead (see `headerRules`).
 */

/** A CSP as an ordered list of directives, each with its sources, e.g. `script-src` → `'self'`. */
export type CspDirectives = Map<string, string[]>;

/** Parses a policy such as `default-src 'self'; img-src 'self' data:`. */
export function parseCsp(policy: string): CspDirectives {
  const directives: CspDirectives = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** Writes a policy back as one line, directives in the order given. */
export function formatCsp(directives: CspDirectives): string {
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * One policy that allows what any of the given policies allows. Every policy must name the same
 * directives: a directive missing from one page falls back to default-src there, and the union of
 * a fallback with an explicit list is not what that page meant.
 */
export function unionCsp(policies: readonly string[]): CspDirectives {
  const parsed = policies.map(parseCsp);
  const [first] = parsed;
  if (!first) throw new Error('no page has a Content-Security-Policy to build the header from');
  const names = [...first.keys()];
  const union: CspDirectives = new Map(names.map((name) => [name, []]));
  parsed.forEach((directives, index) => {
    const these = [...directives.keys()];
    if (these.length !== names.length || these.some((name) => !union.has(name))) {
      throw new Error(
        `page ${index + 1}'s Content-Security-Policy names the directives ${these.join(', ')}; the first page names ${names.join(', ')}`,
      );
    }
    for (const [name, sources] of directives) {
      const merged = union.get(name)!;
      for (const source of sources) if (!merged.includes(source)) merged.push(source);
    }
  });
  return union;
}

/** Browser features the site never uses, each denied to the site and to anything it might embed. */
export const deniedFeatures = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'display-capture',
  'encrypted-media',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
] as const;

/** One block of a `_headers` file: a URL pattern and the headers for responses matching it. */
export interface HeaderRule {
  readonly pattern: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** Two years, as HSTS preload lists ask; subdomains too, as the whole domain is served over HTTPS. */
const hsts = 'max-age=63072000; includeSubDomains';

/** A file or folder at the top of the built site, e.g. `{ name: '2024-25', isFolder: true }`. */
export interface TopLevelEntry {
  readonly name: string;
  readonly isFolder: boolean;
}

/** The folder of files whose names carry a content hash, so they never change. */
const hashedFolder = '_astro';
/**
 * Pages, the search index and downloads are never stored: a copy in the browser's disk cache is a
 * trace of what was read, on a device someone else may check. Only /_astro/ (the site's own code and
 * styles, the same for every page) is cached.
 */
const noStore = 'no-store';

/** The content editor's folder: its page has a looser policy of its own (see src/pages/admin/index.astro). */
export const editorFolder = 'admin';

/**
 * The rules for the whole site, from the policies of its pages and what lies at the top of the
 * built site. Files under /_astro/ have a content hash in their name and are cached for a year;
 * everything else (pages, the search index, the icon, downloads) is never stored (`no-store`): no
 * copy stays in the browser's cache, and an update is seen at once.
 *
 * Netlify and Cloudflare Pages apply every rule that matches a URL and join the values of a header
 * set by several of them, so a header that differs from place to place is never set by a catch-all:
 * Cache-Control, Content-Security-Policy and Cross-Origin-Opener-Policy are set by one rule per
 * top-level folder or file (few, as hosts limit the rules), and only the headers that are the same
 * everywhere by `/*`. (Cloudflare's `! Header-Name` line, which drops a header an earlier rule set,
 * would do it too, but Netlify does not read it.) The content editor's folder, `/admin/`, gets the
 * policy of its own page (`editorPolicy`, from its <meta>) in place of the readers' one, which would
 * block it, and may open the sign-in window of the repository host (`same-origin-allow-popups`).
 * Without an editor page, `/admin/` gets no rule of its own.
 */
export function headerRules(pagePolicies: readonly string[], topLevel: readonly TopLevelEntry[], editorPolicy?: string): HeaderRule[] {
  const csp = unionCsp(pagePolicies);
  csp.set('frame-ancestors', ["'none'"]);
  const readers = { 'Content-Security-Policy': formatCsp(csp), 'Cross-Origin-Opener-Policy': 'same-origin' };
  const everywhere: HeaderRule = {
    pattern: '/*',
    headers: {
      'Strict-Transport-Security': hsts,
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
      // No DNS look-ups for other sites' links before a reader follows one (not a valid <meta http-equiv>).
      'X-DNS-Prefetch-Control': 'off',
      // For browsers that predate frame-ancestors.
      'X-Frame-Options': 'DENY',
      'Permissions-Policy': deniedFeatures.map((feature) => `${feature}=()`).join(', '),
      'Cross-Origin-Resource-Policy': 'same-origin',
    },
  };
  const editorRules: HeaderRule[] = [];
  if (editorPolicy !== undefined) {
    const editorCsp = parseCsp(editorPolicy);
    editorCsp.set('frame-ancestors', ["'none'"]);
    editorRules.push({
      pattern: `/${editorFolder}/*`,
      headers: {
        'Cache-Control': noStore,
        'Content-Security-Policy': formatCsp(editorCsp),
        // The sign-in window (GitHub, through the OAuth service) tells the editor it is signed in.
        'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
      },
    });
  }
  const cacheRules: HeaderRule[] = [
    { pattern: `/${hashedFolder}/*`, headers: { 'Cache-Control': 'public, max-age=31536000, immutable', ...readers } },
    { pattern: '/', headers: { 'Cache-Control': noStore, ...readers } },
    ...topLevel
      .filter((entry) => entry.name !== hashedFolder && entry.name !== '_headers')
      .filter((entry) => !(editorPolicy !== undefined && entry.isFolder && entry.name === editorFolder))
      .map((entry) => (entry.isFolder ? `/${entry.name}/*` : `/${entry.name}`))
      .sort()
      .map((pattern) => ({ pattern, headers: { 'Cache-Control': noStore, ...readers } })),
  ];
  return [everywhere, ...cacheRules, ...editorRules];
}

/** Writes rules in the `_headers` format: a pattern, then its headers indented, a blank line between. */
export function formatHeadersFile(rules: readonly HeaderRule[]): string {
  const blocks = rules.map(({ pattern, headers }) =>
    [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
  );
  return `# Written by the build (src/integrations/security-headers.ts): do not edit.\n# Read by Netlify and Cloudflare Pages; GitHub Pages ignores it.\n\n${blocks.join('\n\n')}\n`;
}

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

/**
 * The headers a host sends for a URL path: those of every rule whose pattern matches it (`*`
 * matches anything, including `/`), values of a header set by several rules joined by ", ",
 * as Netlify and Cloudflare Pages do.
 */
export function headersFor(rules: readonly HeaderRule[], urlPath: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const { pattern, headers: ruleHeaders } of rules) {
    const regex = new RegExp(`^${pattern.split('*').map(escapeRegExp).join('.*')}$`);
    if (!regex.test(urlPath)) continue;
    for (const [name, value] of Object.entries(ruleHeaders)) {
      headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
    }
  }
  return headers;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The `'<algorithm>-<base64>'` source of some inline script or style text, as CSP hashes it. */
export function cspHash(algorithm: 'sha256' | 'sha384' | 'sha512', text: string): string {
  return `'${algorithm}-${createHash(algorithm).update(text, 'utf8').digest('base64')}'`;
}

/**
 * A page's Content-Security-Policy <meta> with only the hashes its own inline scripts and styles
 * need. Astro writes into every page the hashes of every inline script and style of the whole
 * site (and of its island loader, which no page here uses): a page can run none of the others, so
 * dropping them makes each policy stricter and each page smaller. Scripts with a `src` and linked
 * stylesheets are allowed by `'self'`, not by hashes. A page without such a <meta> is returned as it is.
 */
export function ownHashesOnly(html: string): string {
  const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
  if (!meta) return html;
  const inline = (tag: 'script' | 'style') =>
    [...html.matchAll(new RegExp(`<${tag}\\b(?![^>]*\\bsrc=)[^>]*>([\\s\\S]*?)</${tag}>`, 'gi'))].map((m) => m[1] ?? '');
  const own: Record<string, string[]> = { 'script-src': inline('script'), 'style-src': inline('style') };
  const policy = meta[1]!
    .split(';')
    .map((directive) => {
      const [name = ''] = directive.trim().split(/\s+/);
      const texts = own[name.toLowerCase()];
      if (!texts) return directive;
      return directive.replace(/\s*'(sha256|sha384|sha512)-[A-Za-z0-9+/=]+'/g, (source, algorithm: 'sha256' | 'sha384' | 'sha512') =>
        texts.some((text) => cspHash(algorithm, text) === source.trim()) ? source : '',
      );
    })
    .join(';');
  return html.replace(meta[0], () => meta[0].replace(meta[1]!, () => policy));
}
