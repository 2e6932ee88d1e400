/**
 * What a page may weigh, gzipped, as the site promises readers on a poor phone connection.
 * Checked on the built site by tests/unit/built/built-pages.test.ts; `npm run bench` prints the figures.
 */
export const budgets = {
  /** JavaScript a page loads before a reader does anything: small enhancements only. */
  scriptBytes: 3 * 1024,
  /**
   * HTML plus the stylesheets it needs to paint: about what a new connection can deliver in its
   * first round trip (TCP's initial window of 10 packets), so content paints without waiting.
   */
  htmlAndCssBytes: 14_000,
  /**
   * A first search from the header, everything it downloads: the search's code, Pagefind's engine,
   * index and the excerpts shown. Tested by tests/e2e/search-quality.spec.ts; `npm run measure:search`
   * prints the figures.
   */
  firstSearchBytes: 100 * 1024,
} as const;

/** True if a page's HTML holds a chart: a <canvas>, or a custom element named *-chart (<dasv-chart>). */
export function hasChart(html: string): boolean {
  return /<(canvas|[a-z][a-z0-9]*-chart)\b/i.test(html);
}

/**
 * Pages that load more script than the budget on purpose, and why. They are left out of the
 * "no more script when read to the end" check, and only from that.
 */
export const scriptHeavyByPurpose: Readonly<Record<string, string>> = {
  '/search/': 'the search page exists to search: it loads the search and Pagefind at once (about 78 KB gzipped before a query)',
};
