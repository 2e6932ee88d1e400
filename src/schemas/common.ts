import { z } from 'astro/zod';
import { websiteProblem } from '../lib/link-rule.ts';
import { formMetadata } from './form-metadata.ts';

/**
 * An id that appears in URLs and anchors: lower-case words joined by hyphens,
 * starting with a letter (so it is also a valid CSS selector), e.g. `idva-referrals`.
 */
export const slug = z.string({ error: 'expected an id in quotes or plain text, like "police"' }).regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, {
  error: 'expected lower-case letters, digits and single hyphens, starting with a letter, like "police-victim-survey"',
});

/** A year of the strategy as its id and URL segment: `2024-25`. */
export const yearId = z.string().regex(/^\d{4}-\d{2}$/, { error: 'expected a year id like "2024-25"' });

/** Text that a reader sees: never empty or only spaces. */
export const text = z.string({ error: 'expected text' }).trim().min(1, { error: 'expected text' });

/**
 * A calendar date written as YYYY-MM-DD. Astro's YAML reader makes such a value a date; the
 * checker's keeps it as text. Nothing else is accepted: 01/04/2025 is 1 April to some readers
 * and 4 January to JavaScript. Marked as a date for the editor's forms, which JSON Schema made
 * from the schema cannot otherwise tell.
 */
export const date = z
  .preprocess(
    (value) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? new Date(`${value.trim()}T00:00:00Z`) : value),
    z.date({ error: 'expected a date written as YYYY-MM-DD, like 2025-03-31' }),
  )
  .register(formMetadata, { format: 'date' });

/**
 * A website's address in a YAML field (a help service's, a partner's): https, and checked by the
 * same rule as every link in text (src/lib/link-rule.ts): a plain host name, no user name before it.
 */
export const website = z.string({ error: 'expected a web address starting with https://' }).superRefine((url, context) => {
  const problem = websiteProblem(url);
  if (problem) context.addIssue({ code: 'custom', message: problem, input: url });
});
