import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cacheControl, editorHeaders, headersEverywhere, readersHeaders } from '../lib/security-policy.ts';

/**
 * The HTTP response headers the site asks its host to send (security, privacy, caching: all stated
 * in src/lib/security-policy.ts), written as a `_headers` file, the format Netlify and Cloudflare
 * Pages read. GitHub Pages ignores the file.
 */

/** One block of a `_headers` file: a URL pattern and the headers for responses matching it. */
export interface HeaderRule {
  readonly pattern: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** A file or folder at the top of the built site, e.g. `{ name: '2024-25', isFolder: true }`. */
export interface TopLevelEntry {
  readonly name: string;
  readonly isFolder: boolean;
}

/** The folder of files whose names carry a content hash, so they never change. */
const hashedFolder = '_astro';

/** The content editor's folder: it has a looser policy of its own (see src/pages/admin/index.astro). */
export const editorFolder = 'admin';

/**
 * The rules for the whole site, from what lies at the top of the built site. Files under /_astro/
 * are cached for a year, everything else (pages, the search index, the icon, downloads) is never
 * stored.
 *
 * Netlify and Cloudflare Pages apply every rule that matches a URL and join the values of a header
 * set by several of them (two Content-Security-Policy values are two policies, both enforced), so
 * a header that differs from place to place is never set by a catch-all: Cache-Control,
 * Content-Security-Policy and Cross-Origin-Opener-Policy are set by one rule per top-level folder or
 * file (few, as hosts limit the rules), and only the headers that are the same everywhere by `/*`.
 * (Cloudflare's `! Header-Name` line, which drops a header an earlier rule set, would do it too, but
 * Netlify does not read it.) The content editor's folder, `/admin/`, gets the editor's headers in
 * place of the readers' ones, whose policy would block it; without an editor page it is a folder
 * like any other.
 */
export function headerRules(topLevel: readonly TopLevelEntry[], hasEditor: boolean): HeaderRule[] {
  const everywhere: HeaderRule = { pattern: '/*', headers: headersEverywhere };
  const noStore = { 'Cache-Control': cacheControl.everythingElse, ...readersHeaders };
  const cacheRules: HeaderRule[] = [
    { pattern: `/${hashedFolder}/*`, headers: { 'Cache-Control': cacheControl.hashedFiles, ...readersHeaders } },
    { pattern: '/', headers: noStore },
    ...topLevel
      .filter((entry) => entry.name !== hashedFolder && entry.name !== '_headers')
      .filter((entry) => !(hasEditor && entry.isFolder && entry.name === editorFolder))
      .map((entry) => (entry.isFolder ? `/${entry.name}/*` : `/${entry.name}`))
      .sort()
      .map((pattern) => ({ pattern, headers: noStore })),
  ];
  const editorRules: HeaderRule[] = hasEditor
    ? [{ pattern: `/${editorFolder}/*`, headers: { 'Cache-Control': cacheControl.everythingElse, ...editorHeaders } }]
    : [];
  return [everywhere, ...cacheRules, ...editorRules];
}

/** Writes rules in the `_headers` format: a pattern, then its headers indented, a blank line between. */
export function formatHeadersFile(rules: readonly HeaderRule[]): string {
  // A pattern or value is one line of printable ASCII: a newline in a file's name would otherwise
  // write a rule of its own (public/ refuses such names too: src/lib/safe-files.ts).
  for (const { pattern, headers } of rules) {
    const bad = [pattern, ...Object.entries(headers).flat()].find((text) => !/^[\x20-\x7e]+$/.test(text) || /^\s|\s$/.test(text));
    if (bad !== undefined)
      throw new Error(`_headers cannot hold ${JSON.stringify(bad)}: every pattern, name and value must be one line of printable ASCII`);
  }
  const blocks = rules.map(({ pattern, headers }) =>
    [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
  );
  return `# Written by the build (src/integrations/security-headers.ts from src/lib/security-policy.ts): do not edit.\n# Read by Netlify and Cloudflare Pages; GitHub Pages ignores it.\n\n${blocks.join('\n\n')}\n`;
}

const name = 'dasv:security-headers';

/**
 * Writes `_headers` into the built site. It lists what lies at the top of dist/ to give each
 * top-level file and folder its rule, so it must come after every integration that writes files
 * when the build is done (Pagefind's index, the sitemap): the build stops if one comes after it.
 */
export function securityHeaders(): AstroIntegration {
  return {
    name,
    hooks: {
      'astro:config:done': ({ config }) => {
        const after = config.integrations.slice(config.integrations.findIndex((integration) => integration.name === name) + 1);
        const late = after.filter((integration) => integration.hooks['astro:build:done']).map((integration) => integration.name);
        if (late.length > 0) {
          throw new Error(
            `securityHeaders() must come after every integration that acts when the build is done, as it lists what they wrote; move it after ${late.join(', ')} in astro.config.mjs`,
          );
        }
      },
      'astro:build:done': ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const topLevel = readdirSync(distDir, { withFileTypes: true }).map((entry) => ({
          name: entry.name,
          isFolder: entry.isDirectory(),
        }));
        const hasEditor = existsSync(path.join(distDir, editorFolder, 'index.html'));
        const rules = headerRules(topLevel, hasEditor);
        writeFileSync(path.join(distDir, '_headers'), formatHeadersFile(rules));
        logger.info(`_headers written: ${rules.length} rules`);
      },
    },
  };
}
