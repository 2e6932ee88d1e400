import { z } from 'astro/zod';
import { hint } from './form-metadata.ts';
import { isPlainHost, quickExitProblem } from '../lib/link-rule.ts';
import { siteUrl } from '../lib/site-address.ts';

/**
 * The host name of an https address exactly as written: letters a-z, digits, hyphens and dots only,
 * at least two labels, the last of letters; undefined for anything else (a user name, a port, an
 * IP address, a letter from another alphabet, a Punycode `xn--` label).
 */
export function plainHostName(url: string): string | undefined {
  const host = /^https:\/\/([^/?#]*)(?:[/?#]|$)/i.exec(url)?.[1]?.toLowerCase();
  return host && isPlainHost(host) ? host : undefined;
}

/** The same site whether or not it starts with www. */
const withoutWww = (host: string) => host.replace(/^www\./, '');

/** The site's own host name (from SITE_URL or the published address), without www. */
function ownHost(): string {
  return withoutWww(new URL(siteUrl()).hostname.toLowerCase());
}

/** The safety settings of the whole site (`content/safety.yaml`, one file). */
export const safetySchema = z.strictObject({
  quickExitUrl: hint(
    'Where "Exit this page" takes the reader: an ordinary, neutral website that would not look out of place in their browser history, e.g. https://www.bbc.co.uk/weather. Must start with https://; its name must be written in plain letters a-z (a look-alike letter from another alphabet, as in www.bbс.co.uk with a Cyrillic "с", could lead to another site), and never this site\'s own.',
    z
      .url({ protocol: /^https$/, error: 'expected a web address starting with https://, like https://www.bbc.co.uk/weather', abort: true })
      .refine((url) => plainHostName(url) !== undefined, {
        error: (issue) => {
          // A look-alike letter cannot be seen in the message: name it by its code point.
          const strange = [...new Set([...String(issue.input)].filter((c) => c.charCodeAt(0) > 0x7e))];
          const which = strange.map((c) => `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ');
          return `expected a website name in plain letters a-z, digits, hyphens and dots, like https://www.bbc.co.uk/weather${which ? `; ${which} ${strange.length > 1 ? 'are not plain letters' : 'is not a plain letter'}` : ''}`;
        },
        abort: true,
      })
      .refine((url) => withoutWww(plainHostName(url) ?? '') !== ownHost(), {
        error: 'expected another website: quick exit must take the reader away from this site',
        abort: true,
      })
      // Left in the reader's history: a path or query naming the topic (…/search?q=how+to+leave) would tell.
      .superRefine((url, context) => {
        const problem = quickExitProblem(url);
        if (problem) context.addIssue({ code: 'custom', message: problem, input: url });
      }),
  ),
});

export type Safety = z.infer<typeof safetySchema>;
