import { z } from 'astro/zod';
import { hint } from './form-metadata.ts';
import { slug, text } from './common.ts';

/** A word or short phrase as a reader might type it: lower-case letters, digits, apostrophes, single spaces. */
const helpWord = z
  .string({ error: 'expected a word in lower case, like "refuge"' })
  .regex(/^[a-z0-9']+( [a-z0-9']+){0,2}$/, { error: 'expected one to three lower-case words separated by single spaces, like "get help"' });

/** What search does beyond finding words (`content/search.yaml`, one file). */
export const searchSchema = z.strictObject({
  helpWords: hint(
    'A search containing one of these words (or its plural: "refuges" for "refuge") shows a short "Need help now?" box above the results, so a reader looking for help meets it before statistics.',
    z.array(helpWord).min(1, { error: 'expected at least one word' }),
  ),
  helpServices: hint(
    'The services that box lists, by their id in `content/help.yaml`, in this order: 999 first.',
    z.array(slug).min(1, { error: 'expected at least one service id, like "emergency"' }),
  ),
  examples: hint(
    'A few searches offered before anything is typed (at most 6). Each should find something.',
    z.array(text).min(1, { error: 'expected at least one search' }).max(6, { error: 'expected at most 6 searches' }),
  ),
});

export type SearchSettings = z.infer<typeof searchSchema>;
