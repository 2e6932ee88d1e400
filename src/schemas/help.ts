import { z } from 'astro/zod';
import { slug, text, website } from './common.ts';

/**
 * A UK phone number as a reader dials it: digits in groups separated by single spaces, either a
 * short service number (999, 101, 116 123) or a number of 10 or 11 digits starting with 0
 * ("0808 2000 247"), or 0800 1111. Letters, brackets, "+44" and dashes are refused so every number becomes a
 * working `tel:` link.
 */
export const phoneNumber = z
  .string({ error: 'expected a phone number in quotes, like "0808 2000 247"' })
  // abort: a number written wrongly is reported once, not also as the wrong length.
  .regex(/^\d+( \d+)*$/, { error: 'expected digits in groups separated by single spaces, like "0808 2000 247"', abort: true })
  .refine(
    (phone) => {
      const digits = phone.replaceAll(' ', '');
      // Short service numbers; 10 or 11 digits from 0; and 0800 1111 (Childline), a short freephone number.
      return /^(999|101|111|116\d{3})$/.test(digits) || /^0\d{9,10}$/.test(digits) || /^0800\d{4}$/.test(digits);
    },
    {
      error:
        'expected a UK number of 10 or 11 digits starting with 0 (like "0808 2000 247"), or a short number such as 999, 101 or 116 123',
    },
  );

/**
 * One service a reader can call for help (`content/help.yaml`, one list item each), shown on
 * /get-help/ in the order listed. Only list a number you have checked with the service itself.
 */
export const helpSchema = z.strictObject({
  /** Anchor on the get-help page: `/get-help/#national-domestic-abuse-helpline`. */
  id: slug,
  /** The service's name, e.g. "National Domestic Abuse Helpline". */
  name: text,
  /** The number to dial, digits in groups: "0808 2000 247". Rendered as a `tel:` link. */
  phone: phoneNumber,
  /** Who it is for and what it does, in one or two plain sentences. */
  description: text,
  /** When it is open and what it costs, e.g. "Free, 24 hours a day". */
  hours: text.optional(),
  /** The service's own website (https only), if it has one. Opens with no referrer. */
  website: website.optional(),
  /** true to show it in the "Get help now" box on every page too. Keep the box short: two or three. Default false. */
  inHelpBox: z.boolean({ error: 'expected true or false' }).default(false),
});

export type HelpService = z.infer<typeof helpSchema>;
