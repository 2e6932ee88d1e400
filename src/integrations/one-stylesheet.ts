import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtPages, elementsOf, isStylesheetLink, linkedStylesheets } from './built-pages.ts';

/**
 * One stylesheet per page. The bundler splits the site's CSS by which pages share which components,
 * so a page links to several small files (the whole report, six); each is compressed on its own,
 * and together they weigh about a quarter more than the same CSS in one file. The build therefore
 * joins each page's stylesheets, in their order, into one file named by its content: pages that
 * use the same components share it, and the cascade is unchanged.
 *
 * No build option does this. Vite's `build.cssCodeSplit: false` makes one stylesheet for the whole
 * site, linked from every page: 4.9 KB gzipped where the report needs 3.9 KB and the home page 3.6 KB,
 * which takes the report past its 14 KB budget for HTML and CSS. Astro's `build.inlineStylesheets`
 * only chooses between a file and a <style> in the page, and an inline style would need a hash in
 * every page's policy (src/lib/security-policy.ts) and be downloaded again with every page.
 */

/** Stylesheets that cannot simply be joined: `@import` and `@charset` must come first in a file. */
export function joinable(css: string): boolean {
  return !/@(import|charset)\b/i.test(css);
}

/** The joined stylesheet and its file name (`<prefix>.<hash>.css`), from the sheets in order. */
export function joinStylesheets(sheets: readonly string[], prefix = 'page'): { css: string; name: string } {
  const css = sheets.map((sheet) => sheet.trim()).join('\n');
  const hash = createHash('sha256').update(css).digest('base64url').slice(0, 8);
  return { css, name: `${prefix}.${hash}.css` };
}

/**
 * The page with its stylesheet links replaced by one link to `href`, where the first one was.
 * Only `<link rel="stylesheet">` elements with one of the `replaced` hrefs are touched, found by
 * an HTML parser; the rest of the page is left byte for byte as it was.
 */
export function linkOneStylesheet(html: string, replaced: readonly string[], href: string): string {
  const links = elementsOf(html).filter((element) => isStylesheetLink(element) && replaced.includes(element.attrs['href'] ?? ''));
  if (links.some((link) => link.start < 0))
    throw new Error(`a stylesheet link to replace has no place in the HTML: ${replaced.join(', ')}`);
  let result = html;
  // From the last to the first, so the places of those before stay true.
  links.reverse().forEach((link, index) => {
    const replacement = index === links.length - 1 ? `<link rel="stylesheet" href="${href}">` : '';
    result = result.slice(0, link.start) + replacement + result.slice(link.end);
  });
  return result;
}

/**
 * Gives every built page one stylesheet: the page's own CSS, joined in order into
 * `/_astro/page.<hash>.css`. The files joined are removed once no page links to them and no
 * script names them.
 */
export function oneStylesheet(): AstroIntegration {
  return {
    name: 'dasv:one-stylesheet',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const joined = new Set<string>();
        const written = new Set<string>();
        // What the pages link to once joined: a joined file may still be linked by a page that had only it.
        const stillLinked = new Set<string>();
        for (const page of builtPages(distDir)) {
          const linked = linkedStylesheets(page.html);
          const hrefs = linked.filter((href) => href.startsWith('/_astro/') && existsSync(path.join(distDir, href)));
          const sheets = hrefs.map((href) => readFileSync(path.join(distDir, href), 'utf8'));
          if (hrefs.length < 2 || !sheets.every(joinable)) {
            if (hrefs.length >= 2)
              logger.warn(`${page.urlPath}: a stylesheet has @import or @charset; its ${hrefs.length} stylesheets are left apart`);
            for (const href of linked) stillLinked.add(href);
            continue;
          }
          const { css, name } = joinStylesheets(sheets);
          if (!written.has(name)) writeFileSync(path.join(distDir, '_astro', name), css);
          written.add(name);
          writeFileSync(page.file, linkOneStylesheet(page.html, hrefs, `/_astro/${name}`));
          for (const href of hrefs) joined.add(href);
          for (const href of [`/_astro/${name}`, ...linked.filter((href) => !hrefs.includes(href))]) stillLinked.add(href);
        }
        // A joined file may also be named by a script.
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
