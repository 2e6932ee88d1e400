import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Reading the built site (dist/) as a browser would receive it: its pages, the Content Security
 * Policy each carries, and the bytes each page makes a reader download. Used by the build (to
 * write the headers file), the budget tests and `npm run bench`.
 */

/** One built HTML page. */
export interface BuiltPage {
  /** The URL path it is served at: `/`, `/2024-25/awareness/`, `/404.html`. */
  readonly urlPath: string;
  /** The file, absolute. */
  readonly file: string;
  readonly html: string;
}

/** Every HTML page under `distDir`, sorted by URL path; `dir/index.html` is served at `/dir/`. */
export function builtPages(distDir: string): BuiltPage[] {
  return readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((relative) => relative.endsWith('.html'))
    .map((relative) => {
      const posix = relative.split(path.sep).join('/');
      const urlPath = `/${posix.replace(/(^|\/)index\.html$/, '$1')}`;
      const file = path.join(distDir, relative);
      return { urlPath, file, html: readFileSync(file, 'utf8') };
    })
    .sort((a, b) => a.urlPath.localeCompare(b.urlPath));
}

/** The attributes of every `<tag ...>` start tag in some HTML (Astro writes them double-quoted). */
export function startTags(html: string, tag: string): Record<string, string>[] {
  const tags: Record<string, string>[] = [];
  for (const match of html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'gi'))) {
    const attributes: Record<string, string> = {};
    for (const attribute of (match[1] ?? '').matchAll(/([^\s=/"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
      attributes[attribute[1]!.toLowerCase()] = decodeEntities(attribute[2] ?? attribute[3] ?? attribute[4] ?? '');
    }
    tags.push(attributes);
  }
  return tags;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The stylesheets a page links to, in document order, as written in its `href`s. */
export function linkedStylesheets(html: string): string[] {
  return startTags(html, 'link')
    .filter((link) => link['rel']?.split(/\s+/).includes('stylesheet') && link['href'])
    .map((link) => link['href']!);
}

/** The policy of the page's `<meta http-equiv="content-security-policy">`, if it has one. */
export function metaCsp(html: string): string | undefined {
  return startTags(html, 'meta').find((meta) => meta['http-equiv']?.toLowerCase() === 'content-security-policy')?.['content'];
}

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
  const stylesheets = linkedStylesheets(page.html);
  const css = stylesheets.reduce(
    (sum, href) => sum + (fileFor(distDir, href, page.urlPath) ? size(fileFor(distDir, href, page.urlPath)!) : 0),
    0,
  );

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
  for (const script of startTags(page.html, 'script')) if (script['src']) visit(script['src'], page.urlPath);
  for (const link of startTags(page.html, 'link')) {
    if (link['rel'] === 'modulepreload' && link['href']) visit(link['href'], page.urlPath);
  }
  // Scripts written into the page itself are part of the HTML's bytes, and counted as script too.
  const inline = [...page.html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)]
    .map((m) => m[1] ?? '')
    .filter((code) => code.trim() !== '');
  if (inline.length > 0) scripts.push({ url: `${page.urlPath} (inline)`, bytes: gzipSize(inline.join('\n')) });

  const imageUrls = [
    ...startTags(page.html, 'img').map((img) => img['src']),
    ...startTags(page.html, 'source').flatMap((source) => source['srcset']?.split(',').map((s) => s.trim().split(/\s+/)[0])),
    ...startTags(page.html, 'link')
      .filter((link) => link['rel']?.split(/\s+/).includes('icon'))
      .map((link) => link['href']),
  ].filter((url): url is string => Boolean(url));
  const images = [...new Set(imageUrls)].reduce((sum, url) => {
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
