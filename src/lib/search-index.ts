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

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const TOKEN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|[^<]+|</g;
const REFERENCES: Readonly<Record<string, string>> = { amp: '&', quot: '"', '#39': "'", apos: "'", lt: '<', gt: '>', nbsp: ' ' };

/**
 * The words of some HTML that search indexes: text outside any element marked data-pagefind-ignore,
 * scripts, styles and templates, with the common character references decoded.
 */
export function indexedText(html: string): string {
  const words: string[] = [];
  /** Names of the open elements from the outermost skipped one inward; empty when not skipping. */
  const skipped: string[] = [];
  for (const [whole, closing, rawName, attributes = ''] of html.matchAll(TOKEN)) {
    if (rawName === undefined) {
      if (skipped.length === 0 && !whole.startsWith('<!--')) words.push(whole);
      continue;
    }
    const name = rawName.toLowerCase();
    if (closing) {
      const at = skipped.lastIndexOf(name);
      if (at !== -1) skipped.splice(at);
      continue;
    }
    if (VOID.has(name) || attributes.trimEnd().endsWith('/')) continue;
    if (skipped.length > 0 || /\sdata-pagefind-ignore(?=[\s=/]|$)/.test(attributes) || /^(script|style|template)$/.test(name))
      skipped.push(name);
  }
  return words.join(' ').replace(/&(amp|quot|#39|apos|lt|gt|nbsp);/g, (_, name: string) => REFERENCES[name] ?? ' ');
}

/**
 * A page's HTML with the acronyms its indexed content uses given to the search index once, as page
 * metadata (a hidden, empty element just inside `<main data-pagefind-body>`), from the words search
 * indexes there (not those marked data-pagefind-ignore). Pagefind searches
 * metadata, so "risk assessment conference" finds a page that writes only "MARAC", while results
 * quote only the page's own words. Pages search does not index are returned unchanged.
 */
export function withAcronymMeta(html: string, glossary: readonly AcronymEntry[]): string {
  const open = /<main\b(?:[^>"']|"[^"]*"|'[^']*')*>/.exec(html);
  const end = html.lastIndexOf('</main>');
  if (!open || !/\sdata-pagefind-body(?=[\s=>/])/.test(open[0]) || end === -1) return html;
  const at = open.index + open[0].length;
  const words = acronymMetaText([indexedText(html.slice(at, end))], glossary);
  if (!words) return html;
  return `${html.slice(0, at)}<span hidden data-pagefind-meta="${acronymMetaKey}:${escapeAttribute(words)}"></span>${html.slice(at)}`;
}
