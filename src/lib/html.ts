import { type DefaultTreeAdapterTypes, parse } from 'parse5';

/**
 * Reading and changing a page's HTML as a browser's HTML parser reads it (parse5, which follows the
 * HTML standard's parsing rules, so a `<link>` inside a comment, a `<main>` in a script's text or a
 * `>` inside an attribute is not taken for markup). Every step that reads or changes rendered HTML
 * goes through here: the marks made on each page as it is rendered (src/lib/rendered-page.ts), the
 * build steps over dist/ and the tests. A change is made at the places the parser found, in the
 * original text, so every byte not changed stays as it was (writing out the parsed tree would not).
 */

export type HtmlNode = DefaultTreeAdapterTypes.Node;
export type HtmlDocument = DefaultTreeAdapterTypes.Document;
export type HtmlElementNode = DefaultTreeAdapterTypes.Element;
export type HtmlTextNode = DefaultTreeAdapterTypes.TextNode;

/** A whole page, parsed with where each node is in the text. */
export function parseHtml(html: string): HtmlDocument {
  return parse(html, { sourceCodeLocationInfo: true });
}

export function isElement(node: HtmlNode): node is HtmlElementNode {
  return 'tagName' in node;
}

export function isText(node: HtmlNode): node is HtmlTextNode {
  return node.nodeName === '#text';
}

/** True if the element has the attribute, whatever its value. */
export function hasAttribute(element: HtmlElementNode, name: string): boolean {
  return element.attrs.some((attribute) => attribute.name === name);
}

/** The children of a node; a `<template>`'s contents are not its children, as in a browser. */
export function childrenOf(node: HtmlNode): readonly HtmlNode[] {
  return 'childNodes' in node ? node.childNodes : [];
}

/** The first element in document order that `test` accepts (template contents aside). */
export function findElement(root: HtmlNode, test: (element: HtmlElementNode) => boolean): HtmlElementNode | undefined {
  if (isElement(root) && test(root)) return root;
  for (const child of childrenOf(root)) {
    const found = findElement(child, test);
    if (found) return found;
  }
  return undefined;
}

/** Where a text node is in the HTML, and its text as written there (character references not decoded). */
export function sourceOf(html: string, node: HtmlTextNode): { start: number; source: string } | undefined {
  const location = node.sourceCodeLocation;
  if (!location) return undefined;
  return { start: location.startOffset, source: html.slice(location.startOffset, location.endOffset) };
}

/**
 * A value made safe for a double-quoted attribute. The one escaping of the code that writes into
 * rendered HTML (Astro escapes what components write).
 */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** A change to some HTML: the text from `start` to `end` (equal for an insertion) becomes `text`. */
export interface HtmlEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * The HTML with the edits made, every other byte as it was. Edits at one place are made in the
 * order given; edits that overlap are a mistake in the caller and throw.
 */
export function withEdits(html: string, edits: readonly HtmlEdit[]): string {
  // Array.prototype.sort is stable: edits at one place keep their order.
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let result = '';
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at || edit.end < edit.start || edit.end > html.length)
      throw new Error(`HTML edits overlap or fall outside the page: ${edit.start}-${edit.end}`);
    result += html.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return result + html.slice(at);
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

/** Every element of a page in document order, with where each is in the HTML (template contents included). */
export function elementsOf(html: string): HtmlElement[] {
  const found: HtmlElement[] = [];
  const visit = (node: HtmlNode) => {
    if (isElement(node)) {
      const location = node.sourceCodeLocation;
      found.push({
        tag: node.tagName,
        attrs: Object.fromEntries(node.attrs.map((a) => [a.name, a.value])),
        text: node.childNodes.map((child) => (isText(child) ? child.value : '')).join(''),
        // An element the parser made up (a missing <head>, say) has no place in the HTML.
        start: location?.startOffset ?? -1,
        end: location?.endOffset ?? -1,
      });
    }
    for (const child of childrenOf(node)) visit(child);
    if ('content' in node) visit(node.content);
  };
  visit(parseHtml(html));
  return found;
}

/** True for a `<link>` whose rel names a stylesheet (`rel="stylesheet"`, `rel="alternate stylesheet"`...). */
export function isStylesheetLink(element: HtmlElement): boolean {
  return element.tag === 'link' && (element.attrs['rel'] ?? '').toLowerCase().split(/\s+/).includes('stylesheet');
}

/** The stylesheets among a page's elements, in document order, as written in their `href`s. */
export function linkedStylesheets(elements: readonly HtmlElement[]): string[] {
  return elements.filter((element) => isStylesheetLink(element) && element.attrs['href']).map((element) => element.attrs['href']!);
}
