/**
 * The site's published address, used for canonical URLs, link previews, the sitemap and to tell
 * the site's own links from other websites'. Set SITE_URL when building for another address (a
 * staging copy, say). Read by astro.config.mjs and by the content check.
 */
export function siteUrl(): string {
  // Blank counts as unset (a workflow variable not yet given): the deploy build then says it is missing.
  return process.env['SITE_URL']?.trim() || 'https://www.cambsdasv.org.uk';
}
