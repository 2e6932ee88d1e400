import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtPages, linkedStylesheets } from '../lib/built-site.ts';
import { joinable, joinStylesheets, linkOneStylesheet } from '../lib/page-stylesheets.ts';

/**
 * Gives every built page one stylesheet (see src/lib/page-stylesheets.ts): the page's own CSS,
 * joined in order into `/_astro/page.<hash>.css`. The files joined are removed once no page links
 * to them and no script names them. Add it before any integration that reads the pages' links.
 */
export function oneStylesheet(): AstroIntegration {
  return {
    name: 'dasv:one-stylesheet',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const joined = new Set<string>();
        const written = new Set<string>();
        for (const page of builtPages(distDir)) {
          const hrefs = linkedStylesheets(page.html).filter((href) => href.startsWith('/_astro/') && existsSync(path.join(distDir, href)));
          if (hrefs.length < 2) continue;
          const sheets = hrefs.map((href) => readFileSync(path.join(distDir, href), 'utf8'));
          if (!sheets.every(joinable)) {
            logger.warn(`${page.urlPath}: a stylesheet has @import or @charset; its ${hrefs.length} stylesheets are left apart`);
            continue;
          }
          const { css, name } = joinStylesheets(sheets);
          if (!written.has(name)) writeFileSync(path.join(distDir, '_astro', name), css);
          written.add(name);
          writeFileSync(page.file, linkOneStylesheet(page.html, hrefs, `/_astro/${name}`));
          for (const href of hrefs) joined.add(href);
        }
        // A joined file may still be linked by a page that had only it, or named by a script.
        const stillLinked = new Set(builtPages(distDir).flatMap((page) => linkedStylesheets(page.html)));
        const scripts = readdirSync(path.join(distDir, '_astro'))
          .filter((file) => file.endsWith('.js'))
          .map((file) => readFileSync(path.join(distDir, '_astro', file), 'utf8'))
          .join('\n');
        let removed = 0;
        for (const href of joined) {
          if (stillLinked.has(href) || scripts.includes(path.basename(href))) continue;
          rmSync(path.join(distDir, href));
          removed += 1;
        }
        logger.info(`one stylesheet per page: ${written.size} joined files, ${removed} files they replace removed`);
      },
    },
  };
}
