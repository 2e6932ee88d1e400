import { createHash } from 'node:crypto';
import { cmsSettings, type CmsSettings } from '../cms/settings.ts';
import { quickExitScript } from './quick-exit-script.ts';

/**
 * The site's security policy, stated once. Every reader's page carries the readers' Content
 * Security Policy as a <meta> (src/layouts/BaseLayout.astro), the content editor its own
 * (src/pages/admin/index.astro), and the build writes the same policies, with the other response
 * headers below, into `_headers` (src/integrations/security-headers.ts). Nothing reads a policy
 * back out of a page.
 */

/** A Content Security Policy as an ordered list of directives, each with its sources, e.g. `script-src` → `'self'`. */
export type CspDirectives = ReadonlyMap<string, readonly string[]>;

/** The `'sha256-<base64>'` source that allows one inline script or style with exactly this text. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Writes a policy as one line, directives in their order: `default-src 'self'; img-src 'self' data:`. */
export function formatCsp(directives: CspDirectives): string {
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** Reads a policy such as `default-src 'self'; img-src 'self' data:` (names lower-cased, empty parts skipped). */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** Both policies start from this: nothing from another origin, no plugins, no <base>, forms only to the site. */
const fromThisSiteOnly: [string, string[]][] = [
  ['default-src', ["'self'"]],
  ['img-src', ["'self'", 'data:']],
  ['object-src', ["'none'"]],
  ['base-uri', ["'self'"]],
  ['form-action', ["'self'"]],
  ['connect-src', ["'self'"]],
  ['script-src', ["'self'"]],
  ['style-src', ["'self'"]],
];

/** `fromThisSiteOnly` with some sources added to some directives, in the same order. */
function adding(extra: Readonly<Record<string, readonly string[]>>): CspDirectives {
  return new Map(fromThisSiteOnly.map(([name, sources]) => [name, [...sources, ...(extra[name] ?? [])]]));
}

/**
 * The readers' policy, on every page but the editor's. Scripts and styles come only from the site's
 * own files, with two exceptions for scripts: 'wasm-unsafe-eval' lets Pagefind compile its
 * WebAssembly search engine (from this origin; it allows no eval of JavaScript), and the one inline
 * script, quick exit's click handler, is allowed by the hash of its text (src/lib/quick-exit-script.ts).
 * No inline style: every stylesheet is a file. `data:` images are the charts' saved PNGs.
 */
export const readersCsp: CspDirectives = adding({ 'script-src': ["'wasm-unsafe-eval'", cspHash(quickExitScript)] });

/**
 * The content editor's policy (/admin/, Decap CMS) for a set-up: what Decap CMS needs and nothing more.
 * Eval (it compiles its config checks; this also covers WebAssembly, which it does not use), inline
 * styles (it styles itself at run time), `blob:` images (previews of uploads), and connections only to
 * what the set-up needs (`connectOrigins` in src/cms/settings.ts): GitHub's API when the repository is
 * set (the sign-in is a pop-up at its own origin), or decap-server on this computer when it is not.
 */
export function editorCspFor(settings: Pick<CmsSettings, 'connectOrigins'>): CspDirectives {
  return adding({
    'img-src': ['blob:'],
    'connect-src': [...settings.connectOrigins],
    'script-src': ["'unsafe-eval'"],
    'style-src': ["'unsafe-inline'"],
  });
}

/** The editor's policy for this build's set-up (CMS_REPO and the other settings at build time). */
export const editorCsp: CspDirectives = editorCspFor(cmsSettings);

/** The readers' policy as the <meta> and the header write it. */
export const readersPolicy = formatCsp(readersCsp);
/** The editor's policy as the <meta> and the header write it. */
export const editorPolicy = formatCsp(editorCsp);

/**
 * What only a header can say (a browser ignores it in a <meta>, with a console error): no other
 * site may show a page of this one in a frame. Added to both policies in `_headers`.
 */
export const headerOnlyCsp: CspDirectives = new Map([['frame-ancestors', ["'none'"]]]);

/** A policy with the header-only directives added: what `_headers` sends. */
export function headerPolicy(directives: CspDirectives): string {
  return formatCsp(new Map([...directives, ...headerOnlyCsp]));
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

/** The response headers that are the same for every file of the site. */
export const headersEverywhere: Readonly<Record<string, string>> = {
  // Two years, as HSTS preload lists ask; subdomains too, as the whole domain is served over HTTPS.
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  // No DNS look-ups for other sites' links before a reader follows one (not a valid <meta http-equiv>).
  'X-DNS-Prefetch-Control': 'off',
  // For browsers that predate frame-ancestors.
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': deniedFeatures.map((feature) => `${feature}=()`).join(', '),
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** The headers of the readers' pages and files, where the two policies differ. */
export const readersHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': headerPolicy(readersCsp),
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** The headers of the content editor's folder. */
export const editorHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': headerPolicy(editorCsp),
  // The sign-in window (GitHub, through the OAuth service) tells the editor it is signed in.
  'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
};

/**
 * Caching. Pages, the search index and downloads are never stored: a copy in the browser's disk
 * cache is a trace of what was read, on a device someone else may check, and an update is seen at
 * once. Only files whose names carry a content hash (the site's own code and styles, the same for
 * every page) are cached, for a year: they never change.
 */
export const cacheControl = { hashedFiles: 'public, max-age=31536000, immutable', everythingElse: 'no-store' } as const;
