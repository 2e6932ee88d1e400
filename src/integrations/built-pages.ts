import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type DefaultTreeAdapterTypes, parse } from 'parse5';

/**
 * Reading the built site (dist/) as a browser would: its pages, and the elements of each as a
 * browser's HTML parser reads them (parse5, which follows the HTML standard's parsing rules, so a
 * `<link>` inside a comment or a script's text is not taken for one). Used by the build steps that
 * run on the written pages, by the tests over dist/ and by `npm run bench`.
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

/** One element of a parsed page. */
export interface HtmlElement {
  /** Its tag name, lower case. */
  readonly tag: string;
  /** Its attributes, names lower case, values with character references decoded. */
  readonly attrs: Readonly<Record<string, string>>;
  /** The text directly inside it (a script's code, a style's CSS), character references decoded except in raw-text elements. */
  readonly text: string;
  /** Where the element is in the HTML: from the `<` of its start tag to the end of its end tag (of its start tag if it has none). */
  readonly start: number;
  readonly end: number;
}

type Node = DefaultTreeAdapterTypes.Node;

/** Every element of a page in document order, with where each is in the HTML (template contents included). */
export function elementsOf(html: string): HtmlElement[] {
  const found: HtmlElement[] = [];
  const visit = (node: Node) => {
    if ('tagName' in node) {
      const location = node.sourceCodeLocation;
      found.push({
        tag: node.tagName,
        attrs: Object.fromEntries(node.attrs.map((a) => [a.name, a.value])),
        text: node.childNodes.map((child) => ('value' in child && child.nodeName === '#text' ? child.value : '')).join(''),
        // An element the parser made up (a missing <head>, say) has no place in the HTML.
        start: location?.startOffset ?? -1,
        end: location?.endOffset ?? -1,
      });
    }
    if ('childNodes' in node) for (const child of node.childNodes) visit(child);
    if ('content' in node) visit(node.content);
  };
  visit(parse(html, { sourceCodeLocationInfo: true }));
  return found;
}

/** True for a `<link>` whose rel names a stylesheet (`rel="stylesheet"`, `rel="alternate stylesheet"`...). */
export function isStylesheetLink(element: HtmlElement): boolean {
  return element.tag === 'link' && (element.attrs['rel'] ?? '').toLowerCase().split(/\s+/).includes('stylesheet');
}

/** The stylesheets a page links to, in document order, as written in their `href`s. */
export function linkedStylesheets(html: string): string[] {
  return elementsOf(html)
    .filter((element) => isStylesheetLink(element) && element.attrs['href'])
    .map((element) => element.attrs['href']!);
}
