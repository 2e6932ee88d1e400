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
  /** Decap CMS's pattern check: [regular expression, message]. A date field's is `ukDatePattern`. */
  readonly pattern?: readonly unknown[];
}

/**
 * A date field of the forms is typed the UK way, DD/MM/YYYY (a text field with this pattern), while
 * the file keeps YYYY-MM-DD: 31/03/2026 in the form is 2026-03-31 in the file. The browser's own
 * date picker showed mm/dd/yyyy in a US-English browser and turned 31/03/2026 into 1906-03-10.
 */
export const ukDatePattern = '^\\s*(\\d{1,2})/(\\d{1,2})/(\\d{4})\\s*$';
const ukDate = new RegExp(ukDatePattern);
const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A date typed as DD/MM/YYYY, as YYYY-MM-DD; undefined when it is not a day of the calendar (31/02/2026, 03/31/2026). */
export function isoFromUk(typed: string): string | undefined {
  const match = ukDate.exec(typed);
  if (!match) return undefined;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${match[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A file's YYYY-MM-DD as the form shows it, DD/MM/YYYY; anything else as it is. */
export function ukFromIso(value: unknown): unknown {
  const match = typeof value === 'string' ? isoDate.exec(value) : null;
  return match ? `${match[3]}/${match[2]}/${match[1]}` : value;
}

const isDateField = (field: CmsField) => field.pattern?.[0] === ukDatePattern;

/** The data with each date field's value changed by `convert`, all the way down the fields. */
function withDates(value: unknown, fields: readonly CmsField[] | undefined, convert: (value: unknown) => unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => withDates(item, fields, convert));
  if (!fields || typeof value !== 'object' || value === null) return value;
  const data = { ...(value as Data) };
  for (const field of fields) {
    if (!(field.name in data)) continue;
    data[field.name] = isDateField(field) ? convert(data[field.name]) : withDates(data[field.name], field.fields, convert);
  }
  return data;
}

/** A typed date as the file writes it (a date that is not in the calendar stays as typed, for the check to refuse). */
const toIso = (value: unknown) => (typeof value === 'string' ? (isoFromUk(value) ?? value) : value);

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
        fromFile: (text: string) => fromFile(kind, text, fields),
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
export function fromFile(kind: CmsFileKind, file: string | null | undefined, fields?: readonly CmsField[]): Data {
  const text = file ?? '';
  // With the form's fields, its dates as the form shows them (DD/MM/YYYY).
  const forForm = (data: Data) => (fields ? (withDates(data, fields, ukFromIso) as Data) : data);
  if (kind === 'mdx') {
    const match = /^---\r?\n([\s\S]*?)\r?\n?---(?:\r?\n|$)([\s\S]*)$/.exec(text);
    if (!match) return { [bodyField]: text };
    const frontMatter = (parse(match[1] ?? '') as Data | null) ?? {};
    return forForm({ ...frontMatter, [bodyField]: (match[2] ?? '').replace(/^(\r?\n)+/, '') });
  }
  const data = parse(text) as unknown;
  if (kind === 'yaml-list') return forForm({ [listField]: Array.isArray(data) ? data : [] });
  return forForm((data as Data | null) ?? {});
}

/** Writes the data of a form back as a content file. `fields` are the form's fields, for their order. */
export function toFile(kind: CmsFileKind, formData: Data, fields: readonly CmsField[]): string {
  // Dates as the file keeps them (YYYY-MM-DD).
  const data = withDates(formData, fields, toIso) as Data;
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
