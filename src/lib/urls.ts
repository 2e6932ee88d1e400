/**
 * Every URL the site links to is built here, so a route can change in one place.
 * Routes are part of the public interface: never change a published one.
 */
export const urls = {
  home: () => '/',
  year: (yearId: string) => `/${yearId}/`,
  theme: (yearId: string, themeId: string) => `/${yearId}/${themeId}/`,
  report: (yearId: string) => `/${yearId}/report/`,
  about: () => '/about/',
  glossary: (termId?: string) => (termId ? `/glossary/#${termId}` : '/glossary/'),
  getHelp: () => '/get-help/',
  stayingSafeOnline: (section?: string) => (section ? `/staying-safe-online/#${section}` : '/staying-safe-online/'),
  accessibility: () => '/accessibility/',
} as const;
