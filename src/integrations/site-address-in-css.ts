import { contentDir } from '../lib/content-layout.ts';
import { contentModel } from '../model/index.ts';
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
 * (content/strategy/*.yaml), from the content model. Wanted before the content check stops a build,
 * so a strategy that cannot be read gives the host name instead, and the check then says what is
 * wrong with it.
 */
export function strategyShortTitle(): string {
  try {
    const title = contentModel(contentDir()).content.strategy[0]?.data.shortTitle.trim();
    if (title) return title;
  } catch {
    // The content check says what is wrong.
  }
  return new URL(siteUrl()).host;
}
