import type { z } from 'astro/zod';
import { fieldSchemaOf, optionsOf, patternMessage, type FieldSchema } from '../schemas/json-schema.ts';
import { ukDatePattern } from './formats.ts';

/**
 * The form fields of a schema, read from its JSON Schema (src/schemas/json-schema.ts) so that the
 * forms and the content checker cannot drift apart: every field of the schema is a field of its
 * form, required where the schema requires it, with the schema's pattern for ids (and its message),
 * its allowed values as a pick-list, a number's limits, a list's fewest items, and its hint
 * (src/schemas/form-metadata.ts). What a form adds of its own (pick-lists of what exists, a longer
 * text box) is given as overrides, by the field's path.
 */

/** A Decap CMS field, as written in its config. */
export type Field = { name: string; label: string; widget: string } & Record<string, unknown>;

/** Overrides for one field, by its path (`achievements.partners`), merged over what the schema gives; `false` leaves the field out of the form. */
export type Overrides = Record<string, Partial<Field> | false>;

/** `startDate` is labelled "Start date". */
function humanise(name: string): string {
  const words = name.replace(/([A-Z])/g, ' $1').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A whole number's own range (the safe integers) is no limit an editor needs told. */
const limit = (value: number | undefined): value is number => value !== undefined && Math.abs(value) !== Number.MAX_SAFE_INTEGER;

function fieldFrom(name: string, json: FieldSchema, required: boolean, overrides: Overrides, prefix: string): Field | undefined {
  const override = overrides[prefix + name];
  if (override === false) return undefined;
  const field: Field = { name, label: humanise(name), widget: 'string' };
  const hint = json.description;
  if (hint) field['hint'] = hint;
  if (!required) field['required'] = false;
  if (json.format === 'date') {
    // Typed the UK way, DD/MM/YYYY, whatever the browser's language (its date picker showed
    // mm/dd/yyyy in a US-English one); the file keeps YYYY-MM-DD (src/cms/formats.ts converts).
    Object.assign(field, {
      widget: 'string',
      pattern: [ukDatePattern, 'type the date as DD/MM/YYYY, like 31/03/2026 for 31 March 2026'],
      hint: `${(hint ?? '').replace(/\s*\(YYYY-MM-DD\)/g, '').replaceAll('YYYY-MM-DD', 'DD/MM/YYYY')} Type it as DD/MM/YYYY: 31/03/2026 is 31 March 2026.`.trim(),
    });
  } else if (json.enum) {
    Object.assign(field, { widget: 'select', options: [...json.enum] });
  } else if (json.const !== undefined) {
    Object.assign(field, { widget: 'select', options: [json.const] });
  } else if (json.type === 'string') {
    if (json.pattern) field['pattern'] = [json.pattern, json[patternMessage]];
    // An https address: the form refuses http:// as the schema does.
    if (json.format === 'uri') field['pattern'] = ['^https://\\S+$', json[patternMessage]];
  } else if (json.type === 'number' || json.type === 'integer') {
    field.widget = 'number';
    field['value_type'] = json.type === 'integer' ? 'int' : 'float';
    const min = json.minimum ?? (json.exclusiveMinimum === undefined ? undefined : json.exclusiveMinimum + 1);
    const max = json.maximum ?? (json.exclusiveMaximum === undefined ? undefined : json.exclusiveMaximum - 1);
    if (limit(min)) field['min'] = min;
    if (limit(max)) field['max'] = max;
  } else if (json.type === 'boolean') {
    Object.assign(field, { widget: 'boolean', default: false, required: false });
  } else if (json.type === 'array' && json.items) {
    field.widget = 'list';
    if (json.minItems !== undefined) field['min'] = json.minItems;
    const element = json.items;
    if (element.type === 'object') {
      field['fields'] = fieldsOf(element, overrides, `${prefix}${name}.`);
      // Each item is shown collapsed by its text (or name), so a long list can be scanned.
      const summary = ['text', 'name', 'label', 'term'].find((key) => key in (element.properties ?? {}));
      if (summary) field['summary'] = `{{fields.${summary}}}`;
    } else {
      field['field'] = fieldFrom(name, element, true, overrides, `${prefix}${name}[].`);
    }
  } else if (json.type === 'object') {
    Object.assign(field, { widget: 'object', fields: fieldsOf(json, overrides, `${prefix}${name}.`) });
  } else {
    throw new Error(`the editor has no form field for ${prefix}${name}: its schema says no type (${JSON.stringify(json)})`);
  }
  const merged: Field = { ...field, ...override };
  // A pick-list of what exists replaces the plain field's own checks.
  if (merged.widget === 'relation' || merged.widget === 'hidden')
    for (const key of ['field', 'fields', 'pattern', 'options']) delete merged[key];
  return merged;
}

/**
 * The fields of an object, or of a union of them (themes, figures): every field of every option,
 * required only where every option requires it, the discriminator as a pick-list of its values.
 * Where options define a field differently, the first option's wins (override it to loosen it).
 */
function fieldsOf(json: FieldSchema, overrides: Overrides, prefix: string): Field[] {
  const options = optionsOf(json);
  const names = [...new Set(options.flatMap((option) => Object.keys(option.properties ?? {})))];
  const fields: Field[] = [];
  for (const name of names) {
    const defining = options.filter((option) => option.properties?.[name]);
    const first = defining[0]!;
    const field = fieldFrom(name, first.properties![name]!, first.required?.includes(name) ?? false, overrides, prefix);
    if (!field) continue;
    if (defining.length < options.length) field['required'] = false;
    const values = defining.flatMap((option) => {
      const value = option.properties![name]!.const;
      return value === undefined ? [] : [value];
    });
    if (options.length > 1 && values.length === options.length) field['options'] = values;
    fields.push(field);
  }
  return fields;
}

/** The form fields of a content schema, with the form's own overrides. */
export function fieldsFrom(schema: z.ZodType, overrides: Overrides = {}): Field[] {
  return fieldsOf(fieldSchemaOf(schema), overrides, '');
}
