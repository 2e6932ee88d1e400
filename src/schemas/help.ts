import { z } from 'astro/zod';
import { hint } from './form-metadata.ts';
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
  kind: hint(
    'One of: text, relay, chat, email, bsl, interpreter, form, in-person.',
    z.enum(contactKinds, { error: `expected kind to be one of: ${contactKinds.join(', ')}` }),
  ),
  text: hint('What to do, in a few plain words: "Text 999 once your mobile is registered".', text),
  phone: hint(
    'A number, digits in groups: "0808 2000 247"; to call (a contact\'s), or to text or dial by text relay (a way\'s, "18001 101").',
    z.string().optional(),
  ),
  url: hint('The page where this way starts (web chat, a form), https only.', website.optional()),
});

/**
 * How to reach a service, as read on the service's own website: `source` is that page and
 * `checked` the day. tests/unit/help-numbers.test.ts pins each number, so changing one needs a
 * reviewed code change too. Leave out a number, hours or a way you could not check there.
 */
export const helpContactSchema = z.strictObject({
  phone: hint(
    'A number, digits in groups: "0808 2000 247"; to call (a contact\'s), or to text or dial by text relay (a way\'s, "18001 101").',
    phoneNumber.optional(),
  ),
  hours: hint('When it is open and what it costs, e.g. "Free, 24 hours a day", as the service\'s own page says.', text.optional()),
  ways: hint(
    'Other ways to reach it that its own page offers (text, relay, chat, BSL, interpreters…).',
    z.array(contactWaySchema).default([]),
  ),
  source: hint("The page of the service's own website where the above was checked (https only).", website),
  checked: hint('The day it was checked there, YYYY-MM-DD.', date),
});

/**
 * One service a reader can contact for help (`content/help.yaml`, one list item each), shown on
 * /get-help/ in the order listed: the national services, then local ones (those with `partner`).
 */
export const helpSchema = z
  .strictObject({
    id: hint('Anchor on the get-help page: `/get-help/#national-domestic-abuse-helpline`.', slug),
    name: hint('The service\'s name, e.g. "National Domestic Abuse Helpline".', text),
    description: hint('Who it is for and what it does, in one or two plain sentences.', text),
    contact: hint(
      'Its number, hours and other ways to reach it, with the page of its own website they were checked on and when.',
      helpContactSchema.optional(),
    ),
    website: hint("The service's own website (https only), if it has one. Opens with no referrer.", website.optional()),
    partner: hint(
      'For a service of Cambridgeshire and Peterborough, the id of its entry in content/partners.yaml: it is listed under "Local services", linked to what it contributed (/partners/<id>/).',
      slug.optional(),
    ),
    routing: hint(
      'Words and phrases that mean this service fits the person searching ("men", "gay", "stalker"): search shows it first for them (src/browser/help-query.ts). Write them as people would.',
      z.array(text).default([]),
    ),
    inHelpBox: hint(
      'true to show it in the "Get help now" box on every page too (it needs a number). Keep the box short: two or three. Default false.',
      z.boolean({ error: 'expected true or false' }).default(false),
    ),
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
