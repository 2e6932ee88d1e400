import {
  childrenOf,
  escapeAttribute,
  findElement,
  hasAttribute,
  type HtmlDocument,
  type HtmlEdit,
  type HtmlNode,
  isElement,
  isText,
  parseHtml,
  sourceOf,
  withEdits,
} from './html.ts';

/**
 * Marks the first use of each glossary term on a page as `<abbr title="expansion">`, linked to
 * its entry on /glossary/. Works on the rendered HTML, so it reaches every text a page shows in
 * document order (achievements, priorities, theme descriptions, MDX pages) without the content
 * files changing. Whole words only, case-sensitive, longest term first: "DA" is never found inside
 * "DASV" or "DARA", nor "Op" inside "Operation".
 */

/** What the markup needs of a glossary entry. */
export interface MarkableTerm {
  readonly id: string;
  readonly term: string;
  readonly expansion: string;
}

/** One use of a term found in a text. */
export interface TermUse {
  /** Where the use starts in the text. */
  readonly index: number;
  /** The text as written, e.g. "IDVAs" for the term "IDVA". */
  readonly text: string;
  readonly term: MarkableTerm;
}

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every use of a term in plain text, in order. A term followed by a lower-case "s" (a plural,
 * "IDVAs") counts as a use of it. Letters or digits on either side make it part of another word.
 */
export function findTermUses(text: string, terms: readonly MarkableTerm[]): TermUse[] {
  if (terms.length === 0) return [];
  const byTerm = new Map(terms.map((t) => [t.term, t]));
  // Longest first, so that at any position the longest term that fits wins.
  const alternatives = [...byTerm.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives.join('|')})s?(?![\\p{L}\\p{N}])`, 'gu');
  return [...text.matchAll(pattern)].map((match) => ({
    index: match.index,
    text: match[0],
    term: byTerm.get(match[1]!)!,
  }));
}

/** Elements whose text is never marked: links and abbreviations already, headings, code, controls. */
const SKIPPED = new Set([
  'a',
  'abbr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'code',
  'pre',
  'kbd',
  'button',
  'label',
  'select',
  'svg',
  'title',
  'dfn',
  // Their text is not words a reader sees as text: code, CSS, a form's value, markup for no-script.
  'script',
  'style',
  'textarea',
  'noscript',
]);

/**
 * The edits that wrap the first use of each term inside the page's `<main>` as
 * `<a class="glossary-term" href="…"><abbr title="…">TERM</abbr></a>`, found in the parsed page
 * (src/lib/html.ts). Text inside any element in SKIPPED, inside an element with a
 * `data-no-glossary` attribute, or in a template, is left alone; the term's own bytes are kept.
 */
export function glossaryEdits(
  html: string,
  page: HtmlDocument,
  terms: readonly MarkableTerm[],
  glossaryHref: (id: string) => string,
): HtmlEdit[] {
  const main = findElement(page, (element) => element.tagName === 'main');
  if (!main || terms.length === 0) return [];
  const unmarked = new Map(terms.map((t) => [t.term, t]));
  const edits: HtmlEdit[] = [];
  const visit = (node: HtmlNode) => {
    if (unmarked.size === 0) return;
    if (isText(node)) {
      const text = sourceOf(html, node);
      if (text) edits.push(...markText(text.source, text.start, unmarked, glossaryHref));
      return;
    }
    if (isElement(node) && (SKIPPED.has(node.tagName) || hasAttribute(node, 'data-no-glossary'))) return;
    for (const child of childrenOf(node)) visit(child);
  };
  for (const child of childrenOf(main)) visit(child);
  return edits;
}

/** The page's HTML with the first use of each term inside `<main>` marked (glossaryEdits). */
export function markFirstUses(html: string, terms: readonly MarkableTerm[], glossaryHref: (id: string) => string): string {
  return withEdits(html, glossaryEdits(html, parseHtml(html), terms, glossaryHref));
}

/**
 * The edits that mark, in one text node as written at `offset` in the page, the first use of each
 * term still in `unmarked` (and remove it).
 */
function markText(source: string, offset: number, unmarked: Map<string, MarkableTerm>, glossaryHref: (id: string) => string): HtmlEdit[] {
  const edits: HtmlEdit[] = [];
  // The text is read as written, so its character references (&amp;) are not words: a term is
  // found only between them.
  let partStart = 0;
  for (const part of source.split(/(&[#a-zA-Z0-9]+;)/)) {
    if (!part.startsWith('&') && unmarked.size > 0) {
      for (const use of findTermUses(part, [...unmarked.values()])) {
        if (!unmarked.has(use.term.term)) continue;
        unmarked.delete(use.term.term);
        const start = partStart + use.index;
        const end = start + use.text.length;
        // Where the words already spell it out ("Multi Agency Risk Assessment Conference (MARAC)"), the
        // abbreviation gets no title: a printed page adds the title after it, and would say it twice.
        // (Read up to the next character reference, as it always has been.)
        const upToPartEnd = source.slice(0, partStart + part.length);
        const title = spelledOut(upToPartEnd, start, use.text.length, use.term.expansion)
          ? ''
          : ` title="${escapeAttribute(use.term.expansion)}"`;
        edits.push(
          {
            start: offset + start,
            end: offset + start,
            text: `<a class="glossary-term" href="${escapeAttribute(glossaryHref(use.term.id))}"><abbr${title}>`,
          },
          { start: offset + end, end: offset + end, text: '</abbr></a>' },
        );
      }
    }
    partStart += part.length;
  }
  return edits;
}

/** True where the expansion stands right beside the term, before it ("Conference (MARAC") or after it ("MARAC (Multi"). */
function spelledOut(html: string, index: number, length: number, expansion: string): boolean {
  const plain = (part: string) => part.replaceAll('&amp;', '&').toLowerCase();
  const words = plain(expansion);
  const before = plain(html.slice(0, index)).replace(/[\s(]+$/, '');
  const after = plain(html.slice(index + length));
  return before.endsWith(words) || (/^\s*\(\s*/.test(after) && after.replace(/^\s*\(\s*/, '').startsWith(words));
}
