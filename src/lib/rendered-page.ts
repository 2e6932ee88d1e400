import { glossaryEdits, type MarkableTerm } from './glossary-markup.ts';
import { parseHtml, withEdits } from './html.ts';
import { acronymMetaEdits } from './search-index.ts';

/**
 * The one pass over a page's rendered HTML (run by src/middleware.ts as each page is rendered). What
 * it adds depends on the page's text in document order, across every component that wrote it, so it
 * is done on the finished page rather than in each component: the first use of each glossary term is
 * marked (src/lib/glossary-markup.ts) and the acronyms search should know the page by are added as
 * its metadata (src/lib/search-index.ts). The page is parsed once, for both, and every byte not
 * added to stays as it was.
 */
export function markRenderedPage(html: string, glossary: readonly MarkableTerm[], glossaryHref: (id: string) => string): string {
  const page = parseHtml(html);
  // The metadata first: where both add at one place (a term that starts the main content), the
  // hidden metadata element comes before the term's link.
  return withEdits(html, [...acronymMetaEdits(page, glossary), ...glossaryEdits(html, page, glossary, glossaryHref)]);
}
