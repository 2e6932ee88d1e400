import { describe, expect, test } from 'vitest';
import {
  glossaryCollection,
  helpCollection,
  pagesCollection,
  partnersCollection,
  safetyCollection,
  searchCollection,
  strategyCollection,
  themesCollection,
  yearsCollection,
} from '../../src/cms/collections.ts';
import type { Field } from '../../src/cms/schema-fields.ts';

const names = (fields: unknown) => (fields as Field[]).map((f) => f.name);
const fileFields = (collection: Record<string, unknown>) => (collection['files'] as { fields: Field[] }[])[0]!.fields;

describe('the collections of content that is not yearly', () => {
  test('a folder of files: made and deleted from the editor, named by the file-name field, kept under the root given', () => {
    for (const collection of [themesCollection('c'), yearsCollection('c'), pagesCollection('c')]) {
      expect(collection).toMatchObject({ create: true, delete: true, identifier_field: 'fileName', slug: '{{slug}}' });
      expect(String(collection['folder'])).toMatch(/^c\/(themes|years|pages)$/);
      expect(names(collection['fields'])[0]).toBe('fileName');
    }
    expect(strategyCollection('c')).toMatchObject({ folder: 'c/strategy', create: false, delete: false });
  });

  test('a file edited in one form: the list files as a list of items, the settings as their fields', () => {
    for (const [collection, file] of [
      [partnersCollection('c'), 'c/partners.yaml'],
      [glossaryCollection('c'), 'c/glossary.yaml'],
      [helpCollection('c'), 'c/help.yaml'],
    ] as const) {
      expect(collection['format']).toMatch(/yaml-list/);
      expect((collection['files'] as { file: string }[])[0]!.file).toBe(file);
      expect(names(fileFields(collection))).toEqual(['items']);
    }
    expect(names(fileFields(safetyCollection('c')))).toEqual(['quickExitUrl']);
    expect(names(fileFields(searchCollection('c')))).toEqual(['helpWords', 'helpServices', 'examples']);
  });

  test('a theme’s form puts its title, kind and order first, and its text last', () => {
    expect(names(themesCollection('c')['fields'])).toEqual([
      'fileName',
      'title',
      'kind',
      'order',
      'summary',
      'principles',
      'statement',
      'body',
    ]);
  });

  test('a help service’s contact asks for none of its parts when the service has no contact', () => {
    const service = (fileFields(helpCollection('c'))[0]!['fields'] as Field[]).find((f) => f.name === 'contact')!;
    const contact = service['fields'] as Field[];
    expect(service['required']).toBe(false);
    expect(contact.filter((f) => f['required'] !== false).map((f) => f.name)).toEqual([]);
  });
});
