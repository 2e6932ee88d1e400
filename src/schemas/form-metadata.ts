import { z } from 'astro/zod';

/**
 * What the editor's forms (/admin/) say of a field beyond what its schema checks: its hint, in the
 * schema's own words, and that it is a date. Metadata in a registry of the editor's own, read by
 * `z.toJSONSchema(…, { metadata: formMetadata })` (src/cms/schema-fields.ts): zod's global
 * registry would put the hints in the open data's published JSON Schemas too (src/lib/open-data.ts).
 */
export const formMetadata = z.registry<{
  /** The hint shown under the field. */
  description?: string;
  /**
   * A calendar date written as YYYY-MM-DD: the schema tidies the text into a date before it checks
   * it, which JSON Schema cannot say of itself.
   */
  format?: 'date';
}>();

/**
 * A field's schema with the hint its form shows, written first as a doc comment would be. A copy is
 * hinted, as one schema (`text`, `slug`) serves many fields.
 */
export function hint<T extends z.ZodType>(words: string, schema: T): T {
  const copy = schema.clone();
  formMetadata.add(copy, { description: words });
  return copy;
}
