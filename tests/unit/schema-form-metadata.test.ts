import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { date, slug, text } from '../../src/schemas/common.ts';
import { formMetadata, hint } from '../../src/schemas/form-metadata.ts';
import { partnerSchema } from '../../src/schemas/partner.ts';

describe('form hints are the schemas’ own metadata', () => {
  test('a hint is on a copy: the shared schema it was made from has none, and accepts the same values', () => {
    const hinted = hint('The name as the reports write it.', text);
    expect(formMetadata.get(hinted)).toEqual({ description: 'The name as the reports write it.' });
    expect(formMetadata.get(text)).toBeUndefined();
    for (const value of ['CPFT', '  ', '', 3]) expect(hinted.safeParse(value).success).toBe(text.safeParse(value).success);
  });

  test('a field of a content schema carries its hint; a date is marked as one, whatever its hint', () => {
    expect(formMetadata.get(partnerSchema.shape.name)?.description).toBe('The name as the reports write it, e.g. "CPFT".');
    expect(formMetadata.get(date)).toEqual({ format: 'date' });
    expect(formMetadata.get(hint('When.', date))).toEqual({ format: 'date', description: 'When.' });
  });

  test('zod’s global registry, which the open data’s JSON Schemas read, never sees a hint', () => {
    const published = JSON.stringify(z.toJSONSchema(partnerSchema));
    expect(published).not.toContain('description');
    expect(published).not.toContain('CPFT');
    expect(z.globalRegistry.get(partnerSchema.shape.id)).toBeUndefined();
    expect(z.toJSONSchema(hint('An id.', slug))).not.toHaveProperty('description');
  });
});
