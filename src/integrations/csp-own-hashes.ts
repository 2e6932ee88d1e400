import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtPages } from '../lib/built-site.ts';
import { ownHashesOnly } from '../lib/security-headers.ts';

/**
 * Trims each built page's Content-Security-Policy <meta> to the hashes of its own inline scripts
 * and styles (see ownHashesOnly in src/lib/security-headers.ts): Astro lists the whole site's in
 * every page. Add it before securityHeaders, which builds the header from these policies.
 */
export function cspOwnHashes(): AstroIntegration {
  return {
    name: 'dasv:csp-own-hashes',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        let trimmed = 0;
        for (const page of builtPages(fileURLToPath(dir))) {
          const html = ownHashesOnly(page.html);
          if (html === page.html) continue;
          writeFileSync(page.file, html);
          trimmed += 1;
        }
        logger.info(`Content-Security-Policy <meta> trimmed to the page's own hashes on ${trimmed} pages`);
      },
    },
  };
}
