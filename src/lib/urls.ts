/**
 * Every URL the site links to is built here, so a route can change in one place.
 * Routes are part of the public interface: never change a published one.
 */
export const urls = {
  home: () => '/',
  year: (yearId: string) => `/${yearId}/`,
  theme: (yearId: string, themeId: string) => `/${yearId}/${themeId}/`,
  report: (yearId: string) => `/${yearId}/report/`,
  /** Every promise (priority for the next year) the year made, with what became of it. */
  priorities: (yearId: string) => `/${yearId}/priorities/`,
  /** Every publication and change note, newest first, and its feed. */
  updates: () => '/updates/',
  updatesFeed: () => '/updates.xml',
  figures: (yearId: string, chartId?: string) => (chartId ? `/${yearId}/figures/#chart-${chartId}` : `/${yearId}/figures/`),
  /** A chart's anchor: prefixed, as a chart may share its id with an achievement on the same page. */
  chartAnchor: (chartId: string) => `chart-${chartId}`,
  chartCsv: (yearId: string, chartId: string) => `/${yearId}/figures/${chartId}.csv`,
  /** A big-number card's anchor: prefixed, as a figure may share its id with an achievement on the same page. */
  figureAnchor: (figureId: string) => `figure-${figureId}`,
  // The standing pages below are files of content/pages/ that the checker requires (linkedPageIds).
  about: () => '/about/',
  search: () => '/search/',
  glossary: (termId?: string) => (termId ? `/glossary/#${termId}` : '/glossary/'),
  partners: () => '/partners/',
  partner: (partnerId: string) => `/partners/${partnerId}/`,
  /** An achievement in place on its theme page. */
  achievement: (yearId: string, themeId: string, achievementId: string) => `/${yearId}/${themeId}/#${achievementId}`,
  /** The link-preview image of a theme or aim in a year, or the site's default one. */
  shareImage: (yearId?: string, themeId?: string) => (yearId && themeId ? `/og/${yearId}/${themeId}.png` : '/og/default.png'),
  getHelp: (serviceId?: string) => (serviceId ? `/get-help/#${serviceId}` : '/get-help/'),
  stayingSafeOnline: (section?: string) => (section ? `/staying-safe-online/#${section}` : '/staying-safe-online/'),
  accessibility: () => '/accessibility/',
} as const;

/**
 * A site path as the absolute URL people share: on the published address (`site` in astro.config),
 * never the address the page happens to be served from, so a link copied from a preview or staging
 * copy still works for whoever receives it.
 */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}
