import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

/** Fails the build with Pagefind's own messages when a step reports any. */
function assertNoErrors(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind could not ${step}:\n${errors.join('\n')}`);
}

/**
 * Builds the search index after Astro has written the site, so it indexes exactly what readers get.
 * Only what lies inside `data-pagefind-body` (each page's main content) is indexed: navigation,
 * header, footer and help box are not. Writes the index and Pagefind's UI to `dist/pagefind/`.
 */
export function pagefind(): AstroIntegration {
  return {
    name: 'dasv:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await createIndex({ forceLanguage: 'en' });
          assertNoErrors('start', errors);
          if (!index) throw new Error('Pagefind returned no index');
          const added = await index.addDirectory({ path: site });
          assertNoErrors(`index ${site}`, added.errors);
          const written = await index.writeFiles({ outputPath: `${site}pagefind` });
          assertNoErrors('write the index', written.errors);
          const seconds = ((performance.now() - started) / 1000).toFixed(2);
          logger.info(`indexed ${added.page_count} pages for search in ${seconds} s`);
        } finally {
          await close();
        }
      },
    },
  };
}
