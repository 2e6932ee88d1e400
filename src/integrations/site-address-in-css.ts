import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { contentDir } from '../lib/content-layout.ts';
import { siteUrl } from '../lib/site-address.ts';

/**
 * A Vite plugin that writes the published address and the site's name into the site's stylesheet
 * where it says `__SITE_ORIGIN__`, `__SITE_HOST__` and `__SITE_NAME__`: a printed page follows each
 * link to the site's own pages with its full address, and names the site in its margins, with or
 * without JavaScript. The address is the build's, like every canonical URL; the name is the
 * strategy's short title (content/strategy/), as link previews give it.
 */
export function siteAddressInCss(
  site: string,
  siteName: string,
): { name: string; transform: (code: string, id: string) => string | undefined } {
  const url = new URL(site);
  // Written inside a CSS string: a quote or a backslash in the name must not end it.
  const name = siteName.replace(/["'\\\n]/g, ' ');
  return {
    name: 'dasv:site-address-in-css',
    transform: (code, id) =>
      id.endsWith('.css') && code.includes('__SITE_')
        ? code.replaceAll('__SITE_ORIGIN__', url.origin).replaceAll('__SITE_HOST__', url.host).replaceAll('__SITE_NAME__', name)
        : undefined,
  };
}

/**
 * The site's name as link previews and printed pages give it: the strategy's `shortTitle`
 * (content/strategy/*.yaml). Read before the content check runs, so a file it cannot read gives
 * the host name instead, and the check then says what is wrong with it.
 */
export function strategyShortTitle(): string {
  try {
    const dir = path.join(contentDir(), 'strategy');
    const file = readdirSync(dir).find((name) => name.endsWith('.yaml'));
    const title = file && (parse(readFileSync(path.join(dir, file), 'utf8')) as { shortTitle?: unknown } | null)?.shortTitle;
    if (typeof title === 'string' && title.trim()) return title.trim();
  } catch {
    // The content check says what is wrong with the file.
  }
  return new URL(siteUrl()).host;
}
