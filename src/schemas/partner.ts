import { z } from 'astro/zod';
import { hint } from './form-metadata.ts';
import { slug, text, website } from './common.ts';
import { phoneNumber } from './help.ts';

/** The groups partners are listed under on the partners page. */
export const partnerKinds = [
  'police',
  'fire-and-rescue',
  'council',
  'housing-association',
  'health',
  'criminal-justice',
  'partnership',
  'specialist-service',
  'substance-misuse-service',
  'other',
] as const;

/** A partner organisation named in the progress (`content/partners.yaml`, one list item each). */
export const partnerSchema = z.strictObject({
  id: hint("Used by achievements' `partners` lists and in the URL `/partners/<id>/`.", slug),
  name: hint('The name as the reports write it, e.g. "CPFT".', text),
  fullName: hint('The full name, only where it is certain, e.g. "Cambridgeshire and Peterborough NHS Foundation Trust".', text.optional()),
  shortName: hint('A short form the reports also use, e.g. "PWA".', text.optional()),
  kind: hint(
    'Its group on the partners page, one of: police, fire-and-rescue, council, housing-association, health, criminal-justice, partnership, specialist-service, substance-misuse-service, other (for one that fits none).',
    z.enum(partnerKinds, { error: `expected kind to be one of: ${partnerKinds.join(', ')}` }),
  ),
  website: hint(
    "The organisation's own website (https only), shown on its page as a link that sends no referrer. Optional: give it only once the partnership has supplied it; never guess one.",
    website.optional(),
  ),
  phone: hint(
    'A phone number for the public, digits in groups like "0808 2000 247", shown on its page as a `tel:` link. Optional: give it only once the partnership has supplied and checked it.',
    phoneNumber.optional(),
  ),
});

export type Partner = z.infer<typeof partnerSchema>;
