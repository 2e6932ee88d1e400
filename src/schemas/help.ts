import { z } from 'astro/zod';
import { phoneProblem, type PhoneUse } from '../lib/phone.ts';
import { date, slug, text, website } from './common.ts';

/** A phone number for one use, checked by the site's phone rules (src/lib/phone.ts), which name a refused range. */
function phoneFor(use: PhoneUse) {
  return (
    z
      .string({ error: 'expected a phone number in quotes, like "0808 2000 247"' })
      // abort: a number written wrongly is reported once, not also as the wrong range.
      .regex(/^\d+( \d+)*$/, { error: 'expected digits in groups separated by single spaces, like "0808 2000 247"', abort: true })
      .superRefine((phone, context) => {
        const problem = phoneProblem(phone, use);
        if (problem) context.addIssue({ code: 'custom', message: problem });
      })
  );
}

/**
 * A UK phone number to call, as a reader dials it: digits in groups separated by single spaces. Only
 * the ranges a helpline uses (999, 112, 101, 111, 116 xxx, 0800/0808, 01/02/03); premium-rate,
 * personal, revenue-sharing and directory numbers are refused by name (src/lib/phone.ts).
 */
export const phoneNumber = phoneFor('call');

/** The kinds of way to reach a service besides calling its number. */
export const contactKinds = ['text', 'relay', 'chat', 'email', 'bsl', 'interpreter', 'form', 'in-person'] as const;

/** One more way to reach a service, as the service's own page offers it. */
export const contactWaySchema = z.strictObject({
  /** One of: text, relay, chat, email, bsl, interpreter, form, in-person. */
  kind: z.enum(contactKinds, { error: `expected kind to be one of: ${contactKinds.join(', ')}` }),
  /** What to do, in a few plain words: "Text 999 once your mobile is registered". */
  text,
  /** A number, digits in groups: "0808 2000 247"; to call (a contact's), or to text or dial by text relay (a way's, "18001 101"). */
  phone: z.string().optional(),
  /** The page where this way starts (web chat, a form), https only. */
  url: website.optional(),
});

/**
 * How to reach a service, as read on the service's own website: `source` is that page and
 * `checked` the day. tests/unit/help-numbers.test.ts pins each number, so changing one needs a
 * reviewed code change too. Leave out a number, hours or a way you could not check there.
 */
export const helpContactSchema = z.strictObject({
  /** A number, digits in groups: "0808 2000 247"; to call (a contact's), or to text or dial by text relay (a way's, "18001 101"). */
  phone: phoneNumber.optional(),
  /** When it is open and what it costs, e.g. "Free, 24 hours a day", as the service's own page says. */
  hours: text.optional(),
  /** Other ways to reach it that its own page offers (text, relay, chat, BSL, interpreters…). */
  ways: z.array(contactWaySchema).default([]),
  /** The page of the service's own website where the above was checked (https only). */
  source: website,
  /** The day it was checked there, YYYY-MM-DD. */
  checked: date,
});

/**
 * One service a reader can contact for help (`content/help.yaml`, one list item each), shown on
 * /get-help/ in the order listed: the national services, then local ones (those with `partner`).
 */
export const helpSchema = z
  .strictObject({
    /** Anchor on the get-help page: `/get-help/#national-domestic-abuse-helpline`. */
    id: slug,
    /** The service's name, e.g. "National Domestic Abuse Helpline". */
    name: text,
    /** Who it is for and what it does, in one or two plain sentences. */
    description: text,
    /** Its number, hours and other ways to reach it, with the page of its own website they were checked on and when. */
    contact: helpContactSchema.optional(),
    /** The service's own website (https only), if it has one. Opens with no referrer. */
    website: website.optional(),
    /**
     * For a service of Cambridgeshire and Peterborough, the id of its entry in content/partners.yaml:
     * it is listed under "Local services", linked to what it contributed (/partners/<id>/).
     */
    partner: slug.optional(),
    /**
     * Words and phrases that mean this service fits the person searching ("men", "gay", "stalker"):
     * search shows it first for them (src/browser/help-query.ts). Write them as people would.
     */
    routing: z.array(text).default([]),
    /** true to show it in the "Get help now" box on every page too (it needs a number). Keep the box short: two or three. Default false. */
    inHelpBox: z.boolean({ error: 'expected true or false' }).default(false),
  })
  .superRefine((service, context) => {
    service.contact?.ways.forEach((way, index) => {
      if (!way.phone) return;
      const use: PhoneUse | undefined = way.kind === 'text' ? 'text' : way.kind === 'relay' ? 'relay' : undefined;
      const problem = use ? phoneProblem(way.phone, use) : 'only a way of kind text or relay has a phone number';
      if (problem) context.addIssue({ code: 'custom', path: ['contact', 'ways', index, 'phone'], message: problem });
    });
  });

export type HelpService = z.infer<typeof helpSchema>;
export type ContactWay = z.infer<typeof contactWaySchema>;
