import { createHash } from 'node:crypto';
import { startTags } from './built-site.ts';

/**
 * One stylesheet per page. The bundler splits the site's CSS by which pages share which components,
 * so a page links to several small files (the whole report, six); each is compressed on its own,
 * and together they weigh about a quarter more than the same CSS in one file. The build therefore
 * joins each page's stylesheets, in their order, into one file named by its content: pages that
 * use the same components share it, and the cascade is unchanged.
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
 * Only `<link rel="stylesheet">` tags with one of the `replaced` hrefs are touched.
 */
export function linkOneStylesheet(html: string, replaced: readonly string[], href: string): string {
  let first = true;
  return html.replace(/<link\b[^>]*>/gi, (tag) => {
    const [attributes] = startTags(tag, 'link');
    const isReplaced = attributes?.['rel']?.split(/\s+/).includes('stylesheet') && replaced.includes(attributes['href'] ?? '');
    if (!isReplaced) return tag;
    if (!first) return '';
    first = false;
    return `<link rel="stylesheet" href="${href}">`;
  });
}
