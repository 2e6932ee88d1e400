import { parse, parseFragment } from 'parse5';

// A built page's HTML as a tree, read by the HTML parser browsers follow (parse5), for the checks
// over dist/ that look at what an element holds rather than at the page's markup.

/** An element or a text of parse5's tree (its default tree adapter), as far as tests read it. */
export interface Node {
  nodeName: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  parentNode?: Node;
}

/** A whole page as a tree. */
export function parseHtml(html: string): Node {
  return parse(html) as unknown as Node;
}

/** An attribute's value, or undefined. */
export const attr = (node: Node, name: string): string | undefined => node.attrs?.find((a) => a.name === name)?.value;

/** Every node under `node` (itself included) that matches, in document order. */
export function all(node: Node, match: (node: Node) => boolean): Node[] {
  return [...(match(node) ? [node] : []), ...(node.childNodes ?? []).flatMap((child) => all(child, match))];
}

/** The first node under `node` (itself included) that matches, in document order. */
export function find(node: Node, match: (node: Node) => boolean): Node | undefined {
  if (match(node)) return node;
  for (const child of node.childNodes ?? []) {
    const found = find(child, match);
    if (found) return found;
  }
  return undefined;
}

/** The DOM's textContent: every text under the node, as written. */
const rawText = (node: Node): string => (node.nodeName === '#text' ? node.value! : (node.childNodes ?? []).map(rawText).join(''));

/** Text as Playwright's toHaveText compares it: textContent, white space collapsed. */
export const text = (node: Node): string => rawText(node).replace(/\s+/g, ' ').trim();

/** The text of a piece of HTML, as textContent gives it, white space collapsed. */
export const htmlText = (html: string): string => text(parseFragment(html) as unknown as Node);
