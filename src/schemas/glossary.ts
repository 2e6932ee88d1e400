import { z } from 'astro/zod';
import { hint } from './form-metadata.ts';
import { slug, text } from './common.ts';

/**
 * One acronym or short form used in the reports (`content/glossary.yaml`, one list item each).
 * Only terms whose expansion is certain belong here: never guess what an acronym stands for.
 */
export const glossarySchema = z.strictObject({
  id: hint('Anchor on the glossary page: `/glossary/#marac`.', slug),
  term: hint('The term exactly as the reports write it, e.g. "MARAC".', text),
  expansion: hint('What it stands for, e.g. "Multi Agency Risk Assessment Conference".', text),
  explanation: hint('What it is, in one or two plain sentences.', text),
});

export type GlossaryTerm = z.infer<typeof glossarySchema>;
