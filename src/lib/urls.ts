/**
 * Every URL the site links to is built here, so a route can change in one place.
 * Routes are part of the public interface: never change a published one.
 */
export const urls = {
  home: () => '/',
  year: (yearId: string) => `/${yearId}/`,
  theme: (yearId: string, themeId: string) => `/${yearId}/${themeId}/`,
  report: (yearId: string) => `/${yearId}/report/`,
  figures: (yearId: string, chartId?: string) => (chartId ? `/${yearId}/figures/#chart-${chartId}` : `/${yearId}/figures/`),
  /** A chart's anchor: prefixed, as a chart may share its id with an achievement on the same page. */
  chartAnchor: (chartId: string) => `chart-${chartId}`,
  chartCsv: (yearId: string, chartId: string) => `/${yearId}/figures/${chartId}.csv`,
  achievement: (yearId: string, themeId: string, achievementId: string) => `/${yearId}/${themeId}/#${achievementId}`,
  about: () => '/about/',
  glossary: (termId?: string) => (termId ? `/glossary/#${termId}` : '/glossary/'),
} as const;
