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
  withEdits,
} from './html.ts';

/**
 * What the search index learns about a page beyond its visible words. Pagefind indexes the built
 * HTML; these helpers give each indexed page the acronyms it uses, with their expansions, as page
 * metadata, so that a search for what an acronym stands for finds the pages that use the acronym,
 * and the reverse, without the expansions repeating through the page's text and its excerpts.
 */

/** One glossary entry, as far as search needs it. */
export interface AcronymEntry {
  /** The acronym as the reports write it, e.g. "MARAC". */
  readonly term: string;
  /** What it stands for, e.g. "Multi Agency Risk Assessment Conference". */
  readonly expansion: string;
}

/** Curly apostrophes as straight ones, so "Women’s Aid" and "Women's Aid" compare equal. */
function straightQuotes(text: string): string {
  return text.replace(/[‘’]/g, "'");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** How a glossary entry appears in a text: by its acronym, by its expansion written out, or both. */
interface EntryUse {
  readonly entry: AcronymEntry;
  readonly byTerm: boolean;
  readonly byExpansion: boolean;
}

/**
 * Each glossary entry a text uses, by acronym (whole word, exact case, plural "s" allowed:
 * "IDVAs") or by its expansion written out (any case). In glossary order, each once.
 */
function entryUses(texts: readonly string[], glossary: readonly AcronymEntry[]): EntryUse[] {
  const joined = straightQuotes(texts.join('\n'));
  return glossary
    .map((entry) => {
      const term = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(entry.term)}s?(?![\\p{L}\\p{N}])`, 'u');
      const expansion = new RegExp(escapeRegExp(straightQuotes(entry.expansion)).replace(/\s+/g, '\\s+'), 'iu');
      return { entry, byTerm: term.test(joined), byExpansion: expansion.test(joined) };
    })
    .filter((use) => use.byTerm || use.byExpansion);
}

/**
 * The glossary entries a text uses, by acronym (whole word, exact case, plural "s" allowed:
 * "IDVAs") or by its expansion written out (any case). In glossary order, each once.
 */
export function acronymsUsedIn(texts: readonly string[], glossary: readonly AcronymEntry[]): AcronymEntry[] {
  return entryUses(texts, glossary).map((use) => use.entry);
}

/** The Pagefind metadata field that holds the acronyms a page uses with their expansions. */
export const acronymMetaKey = 'acronyms';

/**
 * The words that let search find a page by an acronym it only writes out, or by the expansion of an
 * acronym it only abbreviates: for each glossary entry the texts use, the half they do not write,
 * once, e.g. "Multi Agency Risk Assessment Conference; DARDR". Only the missing half: every word
 * added is more index for a reader to download. Empty when nothing is missing.
 */
export function acronymMetaText(texts: readonly string[], glossary: readonly AcronymEntry[]): string {
  return entryUses(texts, glossary)
    .filter((use) => use.byTerm !== use.byExpansion)
    .map((use) => (use.byTerm ? use.entry.expansion : use.entry.term))
    .join('; ');
}

/** Elements whose text search never indexes: code and styles, and markup written for no-script. */
const NOT_INDEXED = new Set(['script', 'style', 'noscript']);

/**
 * The words under a node of a parsed page (src/lib/html.ts) that search indexes: text outside any
 * element marked data-pagefind-ignore, scripts, styles and templates (whose contents are not their
 * children), character references decoded by the parser.
 */
export function indexedText(root: HtmlNode): string {
  const words: string[] = [];
  const visit = (node: HtmlNode) => {
    if (isText(node)) words.push(node.value);
    else if (isElement(node) && (NOT_INDEXED.has(node.tagName) || hasAttribute(node, 'data-pagefind-ignore'))) return;
    for (const child of childrenOf(node)) visit(child);
  };
  for (const child of childrenOf(root)) visit(child);
  // Apart, as the tags between texts keep their words apart.
  return words.join(' ');
}

/**
 * The edit that gives the acronyms a page's indexed content uses to the search index once, as page
 * metadata (a hidden, empty element just inside `<main data-pagefind-body>`), from the words search
 * indexes there (not those marked data-pagefind-ignore). Pagefind searches metadata, so "risk
 * assessment conference" finds a page that writes only "MARAC", while results quote only the page's
 * own words. None for a page search does not index or with nothing to add.
 */
export function acronymMetaEdits(page: HtmlDocument, glossary: readonly AcronymEntry[]): HtmlEdit[] {
  const main = findElement(page, (element) => element.tagName === 'main');
  const at = main?.sourceCodeLocation?.startTag?.endOffset;
  if (!main || at === undefined || !hasAttribute(main, 'data-pagefind-body')) return [];
  const words = acronymMetaText([indexedText(main)], glossary);
  if (!words) return [];
  return [{ start: at, end: at, text: `<span hidden data-pagefind-meta="${acronymMetaKey}:${escapeAttribute(words)}"></span>` }];
}

/** A page's HTML with the acronyms its indexed content uses added as search metadata (acronymMetaEdits). */
export function withAcronymMeta(html: string, glossary: readonly AcronymEntry[]): string {
  return withEdits(html, acronymMetaEdits(parseHtml(html), glossary));
}
