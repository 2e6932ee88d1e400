import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { totalBytes, unusedPagefindFiles } from '../lib/pagefind-files.ts';

/**
 * Removes the files of Pagefind's bundle that the built site does not use (other search interfaces,
 * engines for other languages: see src/lib/pagefind-files.ts), and names them in the build log.
 * Add it after pagefind(), which writes the bundle.
 */
export function pagefindUnused(): AstroIntegration {
  return {
    name: 'dasv:pagefind-unused',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const unused = unusedPagefindFiles(distDir);
        const kb = (totalBytes(unused) / 1024).toFixed(0);
        for (const file of unused) rmSync(file);
        logger.info(`removed ${unused.length} unused search files (${kb} KB): ${unused.map((file) => path.basename(file)).join(', ')}`);
      },
    },
  };
}
