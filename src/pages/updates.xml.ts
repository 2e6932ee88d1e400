// /updates.xml: the site's updates as an RSS 2.0 feed (Astro's @astrojs/rss), the same entries as
// /updates/ (src/lib/changes.ts), newest first. It names no reader and carries no tracking.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getAllChanges } from '../lib/changes';
import { getStrategy } from '../lib/site-data';
import { absoluteUrl, urls } from '../lib/urls';

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

export const GET: APIRoute = async ({ site, url }) => {
  const [changes, strategy] = await Promise.all([getAllChanges(), getStrategy()]);
  const origin = site ?? url;
  return rss({
    title: `${strategy.data.title}: updates`,
    description: `Every publication and change to the ${strategy.data.partnership}'s progress reports, newest first.`,
    site: origin,
    // Each entry's link (and so its guid) is its own place on /updates/, unique and stable even when
    // one page changes twice; the entry's text links to what changed.
    items: changes.map((change) => ({
      title: `${change.subject}: ${change.note}`,
      link: absoluteUrl(`${urls.updates()}#${change.id}`, origin),
      pubDate: change.date,
      description: `${escapeHtml(change.note)} <a href="${escapeHtml(absoluteUrl(change.path, origin))}">${escapeHtml(change.subject)}</a>`,
    })),
    customData: '<language>en-gb</language>',
  });
};
