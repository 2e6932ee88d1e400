import { describe, expect, test } from 'vitest';
import { bodyFieldOf, fileNameOf, inOrder, listOf, withIdsMadeFromWords } from '../../src/cms/form-parts.ts';
import type { Field } from '../../src/cms/schema-fields.ts';
import { slug, yearId } from '../../src/schemas/common.ts';

const field = (name: string): Field => ({ name, label: name, widget: 'string' });

describe('the parts of a form that are not a schema’s fields', () => {
  test('fields in the order given, the rest after them as they were', () => {
    const fields = ['a', 'b', 'c', 'd'].map(field);
    expect(inOrder(fields, ['c', 'a', 'x']).map((f) => f.name)).toEqual(['c', 'a', 'b', 'd']);
  });

  test('a list file is one list, its items shown by their words and id', () => {
    expect(listOf('Terms', [field('id'), field('term')], 'All of them.')).toEqual([
      {
        name: 'items',
        label: 'Terms',
        widget: 'list',
        fields: [field('id'), field('term')],
        hint: 'All of them.',
        summary: '{{fields.term}} ({{fields.id}})',
      },
    ]);
    expect(listOf('X', [field('id'), field('label'), field('text')], '')[0]!['summary']).toBe('{{fields.label}} ({{fields.id}})');
    expect(listOf('X', [field('id')], '')[0]!['summary']).toBe('{{fields.id}} ({{fields.id}})');
    expect(bodyFieldOf('The text.')).toEqual({ name: 'body', label: 'Text', widget: 'text', required: false, hint: 'The text.' });
  });

  test('a new file’s name is checked by the schema of that name, with its message', () => {
    expect(fileNameOf('URL name', slug, 'Only when new.')).toEqual({
      name: 'fileName',
      label: 'URL name',
      widget: 'string',
      required: false,
      pattern: [
        '^[a-z][a-z0-9]*(-[a-z0-9]+)*$',
        'expected lower-case letters, digits and single hyphens, starting with a letter, like "police-victim-survey"',
      ],
      hint: 'Only when new.',
    });
    expect(fileNameOf('Year', yearId, '')['pattern']).toEqual(['^\\d{4}-\\d{2}$', 'expected a year id like "2024-25"']);
  });

  test('an id in a list of items may be left empty, in a folder’s forms and in a file’s, however deep', () => {
    const list = (fields: Field[]): Field => ({ ...field('things'), widget: 'list', fields });
    const nested = { ...field('part'), widget: 'object', fields: [list([{ ...field('id'), hint: 'Its anchor.' }, field('text')])] };
    const made = withIdsMadeFromWords({ name: 'c', label: 'C', format: 'x', fields: [field('id'), nested] });
    const fields = made['fields'] as Field[];
    expect(fields[0]).toEqual(field('id'));
    const id = ((fields[1]!['fields'] as Field[])[0]!['fields'] as Field[])[0]!;
    expect(id).toMatchObject({ required: false, hint: expect.stringContaining('made from the words of the item') });
    const file = withIdsMadeFromWords({ name: 'f', label: 'F', format: 'x', files: [{ name: 'f', fields: [list([field('id')])] }] });
    const fileId = ((file['files'] as { fields: Field[] }[])[0]!.fields[0]!['fields'] as Field[])[0]!;
    expect(fileId['required']).toBe(false);
  });
});
