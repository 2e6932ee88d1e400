import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { chartSchema } from '../../src/schemas/chart.ts';
import { helpSchema } from '../../src/schemas/help.ts';
import { fieldNamesAt, fieldSchemaOf, patternMessage } from '../../src/schemas/json-schema.ts';
import { progressSchema } from '../../src/schemas/progress.ts';
import { themeSchema } from '../../src/schemas/theme.ts';
import { yearSchema } from '../../src/schemas/year.ts';

describe('a schema as the editor and the checker read it', () => {
  test('the field names at a path: the top, inside lists and optional parts, and every option of a union', () => {
    expect(fieldNamesAt(chartSchema, [])).toEqual(['id', 'year', 'kind', 'title', 'summary', 'source', 'figures']);
    expect(fieldNamesAt(progressSchema, ['achievements', 0])).toEqual(['id', 'text', 'partners']);
    expect(fieldNamesAt(progressSchema, ['changes', 3])).toEqual(['date', 'note']);
    expect(fieldNamesAt(helpSchema, ['contact', 'ways', 1])).toEqual(['kind', 'text', 'phone', 'url']);
    // A theme and an aim have different fields: a misspelt one is compared with both.
    expect(fieldNamesAt(themeSchema, [])).toEqual(['title', 'order', 'kind', 'summary', 'principles', 'statement']);
    expect(fieldNamesAt(themeSchema, ['principles', 0])).toEqual(['name', 'description']);
  });

  test('no names where the path leads to no object', () => {
    expect(fieldNamesAt(progressSchema, ['achievements'])).toEqual([]);
    expect(fieldNamesAt(progressSchema, ['achievements', 0, 'text'])).toEqual([]);
    expect(fieldNamesAt(progressSchema, ['nothing', 0])).toEqual([]);
    expect(fieldNamesAt(yearSchema, ['startDate'])).toEqual([]);
    expect(fieldNamesAt(helpSchema, ['contact', 'ways', 'kind'])).toEqual([]);
  });

  test('as written in a file: a field with a default may be left out; a date is marked; a pattern carries the schema’s message', () => {
    expect(fieldSchemaOf(z.strictObject({ a: z.string().default('x'), b: z.string() })).required).toEqual(['b']);
    const year = fieldSchemaOf(yearSchema);
    expect(year.required).not.toContain('draft');
    expect(year.required).toContain('startDate');
    expect(year.properties?.['startDate']).toMatchObject({ format: 'date', description: 'First day of the year covered (YYYY-MM-DD).' });
    const id = fieldSchemaOf(chartSchema).properties?.['id'];
    expect(id?.pattern).toBe('^[a-z][a-z0-9]*(-[a-z0-9]+)*$');
    expect(id?.[patternMessage]).toBe(
      'expected lower-case letters, digits and single hyphens, starting with a letter, like "police-victim-survey"',
    );
  });

  test('an https address carries the message for http://; what JSON Schema cannot say is no error', () => {
    const url = fieldSchemaOf(z.strictObject({ url: z.url({ protocol: /^https$/, error: 'https only' }) })).properties?.['url'];
    expect(url).toMatchObject({ format: 'uri', [patternMessage]: 'https only' });
    expect(fieldSchemaOf(z.strictObject({ when: z.date() })).properties?.['when']).toEqual({});
  });
});
