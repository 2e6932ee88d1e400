/**
 * The site's published address, used for canonical URLs, link previews, the sitemap and to tell
 * the site's own links from other websites'. Set SITE_URL when building for another address (a
 * staging copy, say). Read by astro.config.mjs and by the content check.
 */
export function siteUrl(): string {
  return process.env['SITE_URL'] ?? 'https://www.cambsdasv.org.uk';
}
