import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { fieldsFrom } from '../../src/cms/schema-fields.ts';
import { ukDatePattern } from '../../src/cms/formats.ts';
import { date, slug, text } from '../../src/schemas/common.ts';
import { hint } from '../../src/schemas/form-metadata.ts';

const item = z.strictObject({ id: slug, text: hint('Its words.', text) });
const schema = z.strictObject({
  id: hint('Its anchor.', slug),
  label: text.optional(),
  kind: z.enum(['a', 'b']),
  count: z.int().positive(),
  share: z.number().min(0).max(100).optional(),
  draft: z.boolean().default(false),
  published: hint('When it was published (YYYY-MM-DD).', date),
  items: z.array(item).min(1),
  tags: z.array(slug).default([]),
  contact: z.strictObject({ phone: z.string().regex(/^\d+$/, { error: 'digits only' }) }).optional(),
  website: z.url({ protocol: /^https$/, error: 'expected https://' }).optional(),
});

describe('form fields are made from a schema', () => {
  const fields = fieldsFrom(schema);
  const field = (name: string) => fields.find((f) => f.name === name)!;

  test('every field, labelled in words, required where the schema requires it, with its hint', () => {
    expect(fields.map((f) => f.name)).toEqual(Object.keys(schema.shape));
    expect(field('id')).toEqual({
      name: 'id',
      label: 'Id',
      widget: 'string',
      hint: 'Its anchor.',
      pattern: [
        '^[a-z][a-z0-9]*(-[a-z0-9]+)*$',
        'expected lower-case letters, digits and single hyphens, starting with a letter, like "police-victim-survey"',
      ],
    });
    expect(field('label')).toEqual({ name: 'label', label: 'Label', widget: 'string', required: false });
    expect(field('website')).toMatchObject({ required: false, pattern: ['^https://\\S+$', 'expected https://'] });
  });

  test('allowed values as a pick-list; numbers whole or not, with their limits; switches off by default', () => {
    expect(field('kind')).toMatchObject({ widget: 'select', options: ['a', 'b'] });
    expect(field('count')).toEqual({ name: 'count', label: 'Count', widget: 'number', value_type: 'int', min: 1 });
    expect(field('share')).toMatchObject({ widget: 'number', value_type: 'float', required: false, min: 0, max: 100 });
    expect(field('draft')).toEqual({ name: 'draft', label: 'Draft', widget: 'boolean', default: false, required: false });
  });

  test('a date is typed DD/MM/YYYY, its hint saying so', () => {
    expect(field('published')).toEqual({
      name: 'published',
      label: 'Published',
      widget: 'string',
      hint: 'When it was published. Type it as DD/MM/YYYY: 31/03/2026 is 31 March 2026.',
      pattern: [ukDatePattern, 'type the date as DD/MM/YYYY, like 31/03/2026 for 31 March 2026'],
    });
  });

  test('lists of items and of single values, and parts of a file, with their own fields', () => {
    expect(field('items')).toMatchObject({ widget: 'list', min: 1, summary: '{{fields.text}}' });
    expect((field('items')['fields'] as { name: string; hint?: string }[]).map((f) => [f.name, f.hint])).toEqual([
      ['id', undefined],
      ['text', 'Its words.'],
    ]);
    expect(field('tags')).toMatchObject({ widget: 'list', required: false, field: { name: 'tags', widget: 'string' } });
    expect(field('contact')).toMatchObject({
      widget: 'object',
      required: false,
      fields: [{ name: 'phone', pattern: ['^\\d+$', 'digits only'] }],
    });
  });

  test('overrides by path: merged over the schema’s field, a pick-list dropping its checks, false leaving it out', () => {
    const overridden = fieldsFrom(schema, {
      'items.text': { widget: 'text' },
      id: { widget: 'relation', collection: 'partners' },
      kind: false,
    });
    expect(overridden.map((f) => f.name)).not.toContain('kind');
    expect(overridden.find((f) => f.name === 'id')).toEqual({
      name: 'id',
      label: 'Id',
      widget: 'relation',
      hint: 'Its anchor.',
      collection: 'partners',
    });
    const items = overridden.find((f) => f.name === 'items')!['fields'] as { name: string; widget: string }[];
    expect(items.find((f) => f.name === 'text')?.widget).toBe('text');
  });

  test('a union: every option’s fields, required only where every option requires them, its kinds as a pick-list', () => {
    const union = z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('theme'), title: text, summary: text }),
      z.strictObject({ kind: z.literal('aim'), title: text, statement: text }),
    ]);
    expect(fieldsFrom(union)).toEqual([
      { name: 'kind', label: 'Kind', widget: 'select', options: ['theme', 'aim'] },
      { name: 'title', label: 'Title', widget: 'string' },
      { name: 'summary', label: 'Summary', widget: 'string', required: false },
      { name: 'statement', label: 'Statement', widget: 'string', required: false },
    ]);
  });

  test('a field no form can edit is refused by name, not left out', () => {
    expect(() => fieldsFrom(z.strictObject({ when: z.date() }))).toThrow(/no form field for when/);
  });
});
