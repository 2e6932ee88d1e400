// The pages tests/e2e/every-page.spec.ts opens over a slow connection, in a module of their own so
// the checks over dist/ can see that each is built.

/**
 * One page per template (each page a template makes loads the same files in the same way), opened
 * over a slow connection: nothing moves once painted, and the first paint waits only for the site's
 * own HTML and CSS, within one round trip's worth of bytes (every page's are weighed over dist/ too,
 * tests/unit/built/). The others open at full speed: the same checks would only cost time. Each is
 * a page of the built site (tests/unit/built/template-pages.test.ts), or its checks would not run.
 */
export const onePagePerTemplate = [
  '/',
  '/2024-25/',
  // A theme page with a chart, which draws as it nears the viewport.
  '/2024-25/pursuing-perpetrators/',
  '/2024-25/report/',
  '/2024-25/figures/',
  '/partners/',
  '/partners/police/',
  // A standing page (content/pages/ through src/pages/[page].astro): words and lists in the base layout.
  '/about/',
  // Each of its own template.
  '/glossary/',
  '/search/',
  '/404.html',
  // Every promise of a year, with its counts drawn as bars; every update of the site.
  '/2024-25/priorities/',
  '/updates/',
] as const;

export type TemplatePage = (typeof onePagePerTemplate)[number];

export function isTemplatePage(url: string): url is TemplatePage {
  return (onePagePerTemplate as readonly string[]).includes(url);
}
