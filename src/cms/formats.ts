import { Document, isMap, isScalar, isSeq, parse, visit } from 'yaml';

/**
 * How content files are read into the editor's forms and written back: one serialiser, used by the
 * editor at /admin/ (registered as Decap CMS's custom formats) and by `scripts/cms-layout.ts`,
 * which writes every content file in this layout once. A file saved unchanged from a form is
 * therefore byte for byte the file it was.
 *
 * The layout: fields in the order of the editor's form (unknown fields last, never dropped); an
 * empty field, an empty list and a `false` switch left out (every switch defaults to false); lists
 * of ids on one line (`partners: [police, cpft]`); items of a list file separated by a blank line;
 * text on one line, quoted only where YAML needs it (single quotes). No comments: a form cannot
 * keep them, so what they explained lives in content/README.md and the schemas.
 */

/** The part of a Decap CMS field this module needs: its name and what it holds. */
export interface CmsField {
  readonly name: string;
  readonly widget?: string;
  /** Sub-fields of an object, or of each item of a list. */
  readonly fields?: readonly CmsField[];
  /** The single field of each item of a list of plain values. */
  readonly field?: CmsField;
}

/** The three shapes of content file. */
export type CmsFileKind = 'yaml' | 'yaml-list' | 'mdx';

/** The format name a collection is registered under: its kind of file and its name (`dasv-mdx:themes`). */
export function formatName(kind: CmsFileKind, collection: string): string {
  return `dasv-${kind}:${collection}`;
}

/** The kind of file of a format made by formatName. */
export function kindOfFormat(format: string): CmsFileKind {
  const kind = /^dasv-([a-z-]+):/.exec(format)?.[1];
  if (kind !== 'yaml' && kind !== 'yaml-list' && kind !== 'mdx') throw new Error(`not a content format: ${format}`);
  return kind;
}

/** A collection of the config, as far as reading and writing its files goes. */
export interface CmsCollection {
  readonly name: string;
  readonly format: string;
  readonly fields?: readonly CmsField[];
  readonly files?: readonly { readonly fields: readonly CmsField[] }[];
}

/** Every field a collection's files can have (a file collection's files share their fields). */
export function collectionFields(collection: CmsCollection): CmsField[] {
  return [...(collection.fields ?? []), ...(collection.files ?? []).flatMap((file) => file.fields)];
}

/** Each collection's reader and writer, to register with Decap CMS (`CMS.registerCustomFormat`). */
export function cmsFormatters(collections: readonly CmsCollection[]) {
  return collections.map((collection) => {
    const kind = kindOfFormat(collection.format);
    const fields = collectionFields(collection);
    return {
      name: collection.format,
      extension: kind === 'mdx' ? 'mdx' : 'yaml',
      formatter: {
        fromFile: (text: string) => fromFile(kind, text),
        toFile: (data: Data) => toFile(kind, data, fields),
      },
    };
  });
}

/** Where a list file's items sit in the form's data: Decap CMS edits only files whose top is a map. */
export const listField = 'items';
/** Where an MDX file's text below the front matter sits in the form's data. */
export const bodyField = 'body';
/**
 * A form field that names a new file (a progress file after its theme, a theme, page or year by the
 * name typed): it makes the file's name when the file is created and is never written into the file.
 */
export const fileNameField = 'fileName';

type Data = Record<string, unknown>;

function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    value === false ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  );
}

/** The value with keys in form order and empty fields left out, all the way down. */
export function inFormOrder(value: unknown, fields: readonly CmsField[] | undefined, single?: CmsField): unknown {
  if (Array.isArray(value)) return value.map((item) => inFormOrder(item, fields, single?.field));
  if (typeof value !== 'object' || value === null || value instanceof Date) return value;
  const data = value as Data;
  const known = (fields ?? []).map((field) => field.name);
  const keys = [...known.filter((key) => key in data), ...Object.keys(data).filter((key) => !known.includes(key))];
  const ordered: Data = {};
  for (const key of keys) {
    const field = fields?.find((f) => f.name === key);
    const item = inFormOrder(data[key], field?.fields, field?.field);
    if (!isEmpty(item)) ordered[key] = item;
  }
  return ordered;
}

/** YAML text for some data, in the layout described above. */
function toYaml(data: unknown, blankLineBetweenItems: boolean): string {
  const document = new Document(data);
  visit(document, {
    Seq(_, seq) {
      if (seq.items.every((item) => isScalar(item))) seq.flow = true;
    },
    Scalar(_, scalar) {
      // Year ids and phone numbers in quotes, as the guide writes them ('2024-25', '0808 2000 247').
      if (typeof scalar.value === 'string' && /^(\d{4}-\d{2}|\d+( \d+)*)$/.test(scalar.value)) scalar.type = 'QUOTE_SINGLE';
    },
  });
  if (blankLineBetweenItems && isSeq(document.contents)) {
    document.contents.items.forEach((item, index) => {
      if (index > 0 && isMap(item)) item.spaceBefore = true;
    });
  }
  return document.toString({ lineWidth: 0, singleQuote: true, flowCollectionPadding: false });
}

/**
 * Reads a content file into the data its form edits. A file that does not exist yet (a new year's
 * figures, opened before its first save) reaches here as empty text, or as null from decap-server.
 */
export function fromFile(kind: CmsFileKind, file: string | null | undefined): Data {
  const text = file ?? '';
  if (kind === 'mdx') {
    const match = /^---\r?\n([\s\S]*?)\r?\n?---(?:\r?\n|$)([\s\S]*)$/.exec(text);
    if (!match) return { [bodyField]: text };
    const frontMatter = (parse(match[1] ?? '') as Data | null) ?? {};
    return { ...frontMatter, [bodyField]: (match[2] ?? '').replace(/^(\r?\n)+/, '') };
  }
  const data = parse(text) as unknown;
  if (kind === 'yaml-list') return { [listField]: Array.isArray(data) ? data : [] };
  return (data as Data | null) ?? {};
}

/** Writes the data of a form back as a content file. `fields` are the form's fields, for their order. */
export function toFile(kind: CmsFileKind, data: Data, fields: readonly CmsField[]): string {
  if (kind === 'yaml-list') {
    const items = fields.find((field) => field.name === listField);
    return toYaml(inFormOrder(data[listField] ?? [], items?.fields), true);
  }
  if (kind === 'mdx') {
    const { [bodyField]: body, ...frontMatter } = data;
    delete frontMatter[fileNameField];
    const yaml = toYaml(inFormOrder(frontMatter, fields), false);
    const text = typeof body === 'string' ? body.replace(/\s+$/, '') : '';
    return `---\n${yaml}---\n${text ? `\n${text}\n` : ''}`;
  }
  const written = { ...data };
  delete written[fileNameField];
  return toYaml(inFormOrder(written, fields), false);
}
