import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BuiltPage } from './built-pages.ts';
import { elementsOf, isStylesheetLink } from './html.ts';

/**
 * The bytes each built page makes a reader download, for the budget tests (tests/support/budgets.ts)
 * and `npm run bench`.
 */

/** Bytes of some text or file after gzip at the level static hosts use. */
export function gzipSize(content: string | Buffer): number {
  return gzipSync(content, { level: 9 }).length;
}

/** What one page makes a reader download, gzipped, each file counted once. */
export interface PageWeight {
  readonly html: number;
  /** Stylesheets the page links to. */
  readonly css: number;
  /** Module scripts the page loads at once: its own and every chunk they import statically. */
  readonly js: number;
  /** Images in `<img>` and `<source>`, and the icon. */
  readonly images: number;
  /** The scripts counted in `js`, as URL paths, with their gzipped size. */
  readonly scripts: readonly { readonly url: string; readonly bytes: number }[];
  readonly stylesheets: readonly string[];
}

/** The files a URL path names in dist/, or undefined for another origin or a missing file. */
function fileFor(distDir: string, url: string, from: string): string | undefined {
  const resolved = new URL(url, `http://site${from}`);
  if (resolved.origin !== 'http://site') return undefined;
  const file = path.join(distDir, decodeURIComponent(resolved.pathname));
  return existsSync(file) ? file : undefined;
}

/** Static `import ... from "./x.js"` and `import "./x.js"` in a bundled module; `import()` is lazy and left out. */
function staticImports(code: string): string[] {
  return [...code.matchAll(/\b(?:import|export)\s*(?:[^"'();]*?\bfrom\s*)?["']([^"']+\.m?js)["']/g)].map((m) => m[1]!);
}

/** Weighs one built page: the HTML, and what it loads before a reader does anything. */
export function pageWeight(distDir: string, page: BuiltPage): PageWeight {
  const size = (file: string) => gzipSize(readFileSync(file));
  const elements = elementsOf(page.html);
  const stylesheets = elements.filter((el) => isStylesheetLink(el) && el.attrs['href']).map((el) => el.attrs['href']!);
  const css = stylesheets.reduce((sum, href) => {
    const file = fileFor(distDir, href, page.urlPath);
    return sum + (file ? size(file) : 0);
  }, 0);

  const scripts: { url: string; bytes: number }[] = [];
  const seen = new Set<string>();
  const visit = (url: string, from: string) => {
    const file = fileFor(distDir, url, from);
    const urlPath = new URL(url, `http://site${from}`).pathname;
    if (!file || seen.has(urlPath)) return;
    seen.add(urlPath);
    scripts.push({ url: urlPath, bytes: size(file) });
    for (const imported of staticImports(readFileSync(file, 'utf8'))) visit(imported, urlPath);
  };
  for (const el of elements) {
    if (el.tag === 'script' && el.attrs['src']) visit(el.attrs['src'], page.urlPath);
    if (el.tag === 'link' && el.attrs['rel'] === 'modulepreload' && el.attrs['href']) visit(el.attrs['href'], page.urlPath);
  }
  // Scripts written into the page itself are part of the HTML's bytes, and counted as script too.
  const inline = elements
    .filter((el) => el.tag === 'script' && el.attrs['src'] === undefined && el.text.trim() !== '')
    .map((el) => el.text);
  if (inline.length > 0) scripts.push({ url: `${page.urlPath} (inline)`, bytes: gzipSize(inline.join('\n')) });

  const imageUrls = elements.flatMap((el) => {
    if (el.tag === 'img') return [el.attrs['src']];
    if (el.tag === 'source') return el.attrs['srcset']?.split(',').map((s) => s.trim().split(/\s+/)[0]) ?? [];
    if (el.tag === 'link' && el.attrs['rel']?.split(/\s+/).includes('icon')) return [el.attrs['href']];
    return [];
  });
  const images = [...new Set(imageUrls.filter((url): url is string => Boolean(url)))].reduce((sum, url) => {
    const file = fileFor(distDir, url, page.urlPath);
    return sum + (file ? size(file) : 0);
  }, 0);

  return {
    html: gzipSize(page.html),
    css,
    js: scripts.reduce((sum, s) => sum + s.bytes, 0),
    images,
    scripts,
    stylesheets,
  };
}
