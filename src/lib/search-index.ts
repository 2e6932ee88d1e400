/**
 * What the search index learns about a page beyond its visible words. Pagefind indexes the built
 * HTML; these helpers compute the extra attributes the pages carry for it, so that a search for
 * what an acronym stands for finds the places that use the acronym, and the reverse.
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

/**
 * The glossary entries a text uses, by acronym (whole word, exact case, plural "s" allowed:
 * "IDVAs") or by its expansion written out (any case). In glossary order, each once.
 */
export function acronymsUsedIn(texts: readonly string[], glossary: readonly AcronymEntry[]): AcronymEntry[] {
  const joined = straightQuotes(texts.join('\n'));
  return glossary.filter((entry) => {
    const term = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(entry.term)}s?(?![\\p{L}\\p{N}])`, 'u');
    const expansion = new RegExp(escapeRegExp(straightQuotes(entry.expansion)).replace(/\s+/g, '\\s+'), 'iu');
    return term.test(joined) || expansion.test(joined);
  });
}

/**
 * The words to add to the index where the texts are: every acronym they use with its expansion,
 * e.g. "(MARAC: Multi Agency Risk Assessment Conference)". Search results may quote it, so it
 * reads as an aside. Empty when they use none.
 */
export function acronymIndexText(texts: readonly string[], glossary: readonly AcronymEntry[]): string {
  const pairs = acronymsUsedIn(texts, glossary).map((entry) => `${entry.term}: ${entry.expansion}`);
  return pairs.length > 0 ? `(${pairs.join('; ')})` : '';
}

/** Name of the attribute that carries acronym expansions into the index (never shown). */
export const acronymAttribute = 'data-acronyms';

/**
 * Attributes for one element whose words the index should also find by acronym or expansion.
 * `data-pagefind-index-attrs` makes Pagefind index the attribute's value as if it were text at
 * that place in the page, so the search result points at this element.
 */
export function acronymAttributes(texts: readonly string[], glossary: readonly AcronymEntry[]): Record<string, string> {
  const words = acronymIndexText(texts, glossary);
  return words ? { [acronymAttribute]: words, 'data-pagefind-index-attrs': acronymAttribute } : {};
}
