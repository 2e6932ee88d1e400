import { z } from 'astro/zod';
import { formMetadata } from './form-metadata.ts';

/**
 * A content schema as JSON Schema, through zod's public `z.toJSONSchema`: what the editor's forms
 * (src/cms/schema-fields.ts) and the checker's "did you mean" hints (src/model/read.ts) read of a
 * schema, so neither depends on how zod stores a schema inside.
 *
 * As written in a file (`io: 'input'`): a field with a default may be left out. Each field carries
 * its form hint and date mark (src/schemas/form-metadata.ts), and a pattern the message the schema
 * gives for text that breaks it, so a form says what the checker would. What JSON Schema cannot say
 * (a date tidied from text, a rule in code) becomes `{}` rather than an error.
 */

/** The key of a pattern's message: not a JSON Schema keyword, so a name of the editor's own. */
export const patternMessage = 'x-pattern-message';

/** A schema, or one of its fields, as JSON Schema: the keywords the editor and the checker read. */
export type FieldSchema = {
  type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean';
  description?: string;
  format?: string;
  pattern?: string;
  /** The schema's own message for text that breaks its pattern or is not an https address. */
  [patternMessage]?: string;
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  items?: FieldSchema;
  properties?: Record<string, FieldSchema>;
  required?: string[];
  oneOf?: FieldSchema[];
  anyOf?: FieldSchema[];
};

const cache = new WeakMap<z.ZodType, FieldSchema>();

/** The schema as JSON Schema (made once per schema: the checker asks for each problem it finds). */
export function fieldSchemaOf(schema: z.ZodType): FieldSchema {
  let json = cache.get(schema);
  if (!json) {
    json = z.toJSONSchema(schema, {
      io: 'input',
      unrepresentable: 'any',
      metadata: formMetadata,
      override: ({ zodSchema, jsonSchema }) => {
        if (patternMessage in jsonSchema) return;
        if (typeof jsonSchema.pattern === 'string') jsonSchema[patternMessage] = messageFor(zodSchema, ' not valid ');
        else if (jsonSchema.format === 'uri') jsonSchema[patternMessage] = messageFor(zodSchema, 'http://');
      },
    }) as FieldSchema;
    cache.set(schema, json);
  }
  return json;
}

/** The message the schema gives for a value it refuses. */
function messageFor(schema: z.core.$ZodType, bad: string): string {
  const result = z.safeParse(schema, bad);
  return result.success ? 'does not match the expected pattern' : (result.error.issues[0]?.message ?? 'not as expected');
}

/** Each option of a union (themes, figures: one per kind), or the schema itself. */
export function optionsOf(json: FieldSchema): FieldSchema[] {
  return json.oneOf ?? json.anyOf ?? [json];
}

/**
 * The field names allowed at a path inside an entry (through lists and every option of a union), for
 * the checker's "did you mean" hints: none where the path leads to no object.
 */
export function fieldNamesAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let nodes = [fieldSchemaOf(schema)];
  for (const key of path) {
    nodes = nodes.flatMap(optionsOf).flatMap((node) => {
      const next = typeof key === 'number' ? node.items : typeof key === 'string' ? node.properties?.[key] : undefined;
      return next ? [next] : [];
    });
  }
  return [...new Set(nodes.flatMap(optionsOf).flatMap((node) => Object.keys(node.properties ?? {})))];
}
