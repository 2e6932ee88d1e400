/**
 * A Markdown plugin for content (Astro 7's Sätteri processor): every link an editor writes to
 * another website gets `rel="noreferrer"`, so following it never tells that site which page of
 * this one the reader came from. (Every page's `<meta name="referrer">` says so too; this holds
 * even where a browser or an old link ignores it.)
 */
import { defineHastPlugin } from 'satteri';

/** True for an address on another website: http(s) or protocol-relative, not a path on this one. */
export function isOutbound(href: unknown): boolean {
  return typeof href === 'string' && /^(https?:)?\/\//i.test(href);
}

export const outboundLinksPlugin = defineHastPlugin({
  name: 'dasv-outbound-links',
  element: {
    filter: ['a'],
    visit(node, context) {
      if (isOutbound(node.properties['href'])) context.setProperty(node, 'rel', ['noreferrer']);
    },
  },
});
