import type { z } from 'astro/zod';
import { fieldSchemaOf, patternMessage } from '../schemas/json-schema.ts';
import { bodyField, fileNameField, listField } from './formats.ts';
import type { Field } from './schema-fields.ts';

/**
 * The parts of the editor's forms that are not a schema's fields: an MDX file's text, the list a
 * list file is edited as, the field that names a new file, and the order fields are shown in.
 */

/** A Decap CMS collection, as written in its config. */
export type Collection = { name: string; label: string; format: string } & Record<string, unknown>;

/** The fields in the order given (the names listed first), the rest after them as they were. */
export function inOrder(fields: Field[], first: readonly string[]): Field[] {
  return [
    ...first.flatMap((name) => fields.filter((field) => field.name === name)),
    ...fields.filter((field) => !first.includes(field.name)),
  ];
}

/** The text below an MDX file's front matter, edited as plain text so `<Figure id="…" />` stays as written. */
export function bodyFieldOf(hint: string): Field {
  return { name: bodyField, label: 'Text', widget: 'text', required: false, hint };
}

/** A list file (partners, figures…) is edited as one list of its items, each shown by its name and id. */
export function listOf(label: string, fields: Field[], hint: string): Field[] {
  return [{ name: listField, label, widget: 'list', fields, hint, summary: listSummary(fields) }];
}

function listSummary(fields: readonly Field[]): string {
  const shown = ['label', 'name', 'term', 'title', 'text'].find((key) => fields.some((field) => field.name === key)) ?? 'id';
  return `{{fields.${shown}}} ({{fields.id}})`;
}

/**
 * The field that names a new file (a theme's or page's URL, a year's id), checked by the schema of
 * that name (`slug`, `yearId`): never written into the file, and only asked for when the file is new
 * (the check before saving requires it then).
 */
export function fileNameOf(label: string, name: z.ZodType, hint: string): Field {
  const json = fieldSchemaOf(name);
  return { name: fileNameField, label, widget: 'string', required: false, pattern: [json.pattern, json[patternMessage]], hint };
}

/**
 * In every list whose items have an id (achievements, priorities, partners, figures, charts, terms,
 * help services): the id may be left empty, and is then made from the item's words when it is saved
 * (src/cms/ids.ts, in src/browser/cms-admin.ts).
 */
export function withIdsMadeFromWords(collection: Collection): Collection {
  const hint =
    'Left empty, it is made from the words of the item when you save (like police-victim-survey), and shown here. You may change it before the first save; once published it never changes: it is the link people share.';
  const visit = (fields: unknown): unknown =>
    Array.isArray(fields)
      ? fields.map((field: Field) => {
          const inner = field['fields'] ? { ...field, fields: visit(field['fields']) } : field;
          const items = inner['fields'] as Field[] | undefined;
          if (inner.widget !== 'list' || !items?.some((f) => f.name === 'id')) return inner;
          return { ...inner, fields: items.map((f) => (f.name === 'id' ? { ...f, required: false, hint } : f)) };
        })
      : fields;
  return {
    ...collection,
    ...(collection['fields'] ? { fields: visit(collection['fields']) } : {}),
    ...(collection['files']
      ? { files: (collection['files'] as Record<string, unknown>[]).map((file) => ({ ...file, fields: visit(file['fields']) })) }
      : {}),
  };
}
