import { z } from 'astro/zod';
import { slug, text } from './common.ts';

/**
 * One acronym or short form used in the reports (`content/glossary.yaml`, one list item each).
 * Only terms whose expansion is certain belong here: never guess what an acronym stands for.
 */
export const glossarySchema = z.strictObject({
  /** Anchor on the glossary page: `/glossary/#marac`. */
  id: slug,
  /** The term exactly as the reports write it, e.g. "MARAC". */
  term: text,
  /** What it stands for, e.g. "Multi Agency Risk Assessment Conference". */
  expansion: text,
  /** What it is, in one or two plain sentences. */
  explanation: text,
});

export type GlossaryTerm = z.infer<typeof glossarySchema>;
