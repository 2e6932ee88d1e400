import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtPages, metaCsp } from '../lib/built-site.ts';
import { editorFolder, formatHeadersFile, headerRules } from '../lib/security-headers.ts';

/**
 * Writes `_headers` into the built site once every page exists: the response headers Netlify and
 * Cloudflare Pages send (security, privacy, caching), with a Content-Security-Policy header made
 * from the <meta> policies Astro put in the pages (see src/lib/security-headers.ts).
 * Add it after any integration that writes pages, so it sees them all.
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'dasv:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        // The content editor (/admin/) has a looser policy of its own, which must not widen the site's.
        const all = builtPages(distDir);
        const pages = all.filter((page) => !page.urlPath.startsWith(`/${editorFolder}/`));
        const editorPage = all.find((page) => page.urlPath === `/${editorFolder}/`);
        const editorPolicy = editorPage && metaCsp(editorPage.html);
        if (editorPage && editorPolicy === undefined) throw new Error('the content editor (/admin/) has no Content-Security-Policy <meta>');
        const policies = pages.map((page) => metaCsp(page.html)).filter((policy): policy is string => policy !== undefined);
        const without = pages.filter((page) => metaCsp(page.html) === undefined).map((page) => page.urlPath);
        // The header still covers such a page; the browser tests fail on it, naming it.
        if (without.length > 0) logger.warn(`pages without a Content-Security-Policy <meta>: ${without.join(', ')}`);
        const topLevel = readdirSync(distDir, { withFileTypes: true }).map((entry) => ({
          name: entry.name,
          isFolder: entry.isDirectory(),
        }));
        const rules = headerRules(policies, topLevel, editorPolicy);
        writeFileSync(path.join(distDir, '_headers'), formatHeadersFile(rules));
        logger.info(`_headers written: ${rules.length} rules, a policy built from ${policies.length} pages`);
      },
    },
  };
}
