import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import postcss from 'postcss';
import { builtPages } from '../lib/built-pages.ts';
import { elementsOf, escapeAttribute, type HtmlElement, isStylesheetLink, linkedStylesheets, withEdits } from '../lib/html.ts';

/**
 * One stylesheet per page. The bundler splits the site's CSS by which pages share which components,
 * so a page links to several small files (the whole report, six); each is compressed on its own,
 * and together they weigh about a quarter more than the same CSS in one file. The build therefore
 * joins each page's stylesheets, in their order, into one file named by its content, leaving out the
 * rules the page cannot use (withoutUnusedRules): pages that use the same components share it, and
 * the cascade is unchanged.
 *
 * No build option does this. Vite's `build.cssCodeSplit: false` makes one stylesheet for the whole
 * site, linked from every page: 4.9 KB gzipped where the report needs 3.9 KB and the home page 3.6 KB,
 * which takes the report past its 14 KB budget for HTML and CSS. Astro's `build.inlineStylesheets`
 * only chooses between a file and a <style> in the page, and an inline style would need a hash in
 * every page's policy (src/lib/security-policy.ts) and be downloaded again with every page.
 */

/**
 * The page's CSS without the rules it can never use: a rule is dropped when each of its selectors
 * names a class that neither the page's HTML nor any of the site's scripts holds (so a class a script
 * adds, such as the search dialog's, is kept). Every component's styles are bundled with every page
 * that imports it, used or not: the whole report carried the copy-link control's, the draft banner's
 * and the year switcher's, about 300 bytes gzipped, and must fit in 14,000 bytes with its HTML.
 * Classes inside :not(), :is(), :where() and :has() are not required (such a selector may match
 * without them), and rules in @keyframes and without classes are always kept.
 */
export function withoutUnusedRules(css: string, usedClasses: ReadonlySet<string>): string {
  const required = (selector: string): string[] => {
    let plain = selector;
    for (let previous = ''; previous !== plain;) {
      previous = plain;
      plain = plain.replace(/:(?:not|is|where|has)\([^()]*\)/g, '');
    }
    return [...plain.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((match) => match[1]!);
  };
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as postcss.AtRule).name)) return;
    const kept = rule.selectors.filter((selector) => required(selector).every((name) => usedClasses.has(name)));
    if (kept.length === 0) rule.remove();
    else if (kept.length < rule.selectors.length) rule.selectors = kept;
  });
  // An at-rule left with nothing in it (a @media whose rules all went) goes too, innermost first.
  root.walkAtRules((atRule) => {
    if (atRule.nodes?.length === 0) atRule.remove();
  });
  return root.toString();
}

/** The classes a page's elements (elementsOf) have. */
export function classesOf(elements: readonly HtmlElement[]): Set<string> {
  return new Set(elements.flatMap((element) => (element.attrs['class'] ?? '').split(/\s+/)).filter(Boolean));
}

/**
 * The text of every script a page may run: those its elements (elementsOf) link to, and every file
 * they name, at once or later (`import()`), followed to the end. `read` gives a file's text by its
 * path under dist/.
 */
export function pageScripts(elements: readonly HtmlElement[], urlPath: string, read: (file: string) => string): string[] {
  const found = new Map<string, string>();
  const visit = (src: string, from: string) => {
    const file = new URL(src, `http://site${from}`);
    if (file.origin !== 'http://site' || !file.pathname.endsWith('.js') || found.has(file.pathname)) return;
    let text: string;
    try {
      text = read(decodeURIComponent(file.pathname));
    } catch {
      return;
    }
    found.set(file.pathname, text);
    for (const match of text.matchAll(/["'`]((?:\.{1,2}\/|\/)[^"'`]+\.js)["'`]/g)) visit(match[1]!, file.pathname);
  };
  for (const element of elements) if (element.tag === 'script' && element.attrs['src']) visit(element.attrs['src'], urlPath);
  // Inline scripts (quick exit's handler) add classes too.
  return [
    ...found.values(),
    ...elements.filter((element) => element.tag === 'script' && !element.attrs['src']).map((element) => element.text),
  ];
}

/** Every word a script could use as a class name: a generous superset, so no class a script adds is missed. */
export function wordsOf(scripts: string): Set<string> {
  return new Set(scripts.match(/[A-Za-z_][\w-]*/g) ?? []);
}

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
 * Only `<link rel="stylesheet">` elements (of `elements`, the page's elementsOf) with one of the
 * `replaced` hrefs are touched; the rest of the page is left byte for byte as it was.
 */
export function linkOneStylesheet(html: string, elements: readonly HtmlElement[], replaced: readonly string[], href: string): string {
  const links = elements.filter((element) => isStylesheetLink(element) && replaced.includes(element.attrs['href'] ?? ''));
  if (links.some((link) => link.start < 0))
    throw new Error(`a stylesheet link to replace has no place in the HTML: ${replaced.join(', ')}`);
  return withEdits(
    html,
    links.map((link, index) => ({
      start: link.start,
      end: link.end,
      text: index === 0 ? `<link rel="stylesheet" href="${escapeAttribute(href)}">` : '',
    })),
  );
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
        // A class a script adds must be kept in the CSS of every page that loads the script.
        const scriptText = (file: string) => readFileSync(path.join(distDir, file), 'utf8');
        // What the pages link to once joined: a joined file may still be linked by a page that had only it.
        const stillLinked = new Set<string>();
        for (const page of builtPages(distDir)) {
          // The page is parsed once, for all that follows.
          const elements = elementsOf(page.html);
          const linked = linkedStylesheets(elements);
          const hrefs = linked.filter((href) => href.startsWith('/_astro/') && existsSync(path.join(distDir, href)));
          const sheets = hrefs.map((href) => readFileSync(path.join(distDir, href), 'utf8'));
          if (hrefs.length === 0 || !sheets.every(joinable)) {
            if (hrefs.length > 0)
              logger.warn(`${page.urlPath}: a stylesheet has @import or @charset; its ${hrefs.length} stylesheets are left apart`);
            for (const href of linked) stillLinked.add(href);
            continue;
          }
          const used = new Set([...classesOf(elements), ...wordsOf(pageScripts(elements, page.urlPath, scriptText).join('\n'))]);
          const { css, name } = joinStylesheets([withoutUnusedRules(sheets.join('\n'), used)]);
          if (!written.has(name)) writeFileSync(path.join(distDir, '_astro', name), css);
          written.add(name);
          writeFileSync(page.file, linkOneStylesheet(page.html, elements, hrefs, `/_astro/${name}`));
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
