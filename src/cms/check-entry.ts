import type { z } from 'astro/zod';
import { contentLayout, type CollectionLayout } from '../lib/content-layout.ts';
import { formatFieldPath, problemFromIssue } from '../checker/problems.ts';
import { characterProblems } from '../checker/safety/characters.ts';
import { slug, yearId } from '../schemas/common.ts';
import { bodyField, fileNameField, inFormOrder, isoFromUk, listField, ukDatePattern } from './formats.ts';

/**
 * What the editor checks before it saves one entry (a file): the file's schema, as the content
 * checker applies it; that ids are unique within a list file; a new file's name; and that no id
 * other files name is removed or renamed (from lists the config carries). Other checks that need
 * other files (a figure's value in its achievement's text, a chart's units) are left to
 * `npm run check` and the build, which refuse to publish content that fails them.
 */
/** Where the content a form edits lives, and its schema: a year's progress form edits the progress collection. */
function layoutOf(collection: string): CollectionLayout | undefined {
  const kind = collection.startsWith('progress-') ? 'progress' : collection;
  return (contentLayout as Record<string, CollectionLayout>)[kind];
}

/** The schema of each item of a list file (partners, glossary, help, a year's figures or charts). */
function itemSchemaOf(collection: string): z.ZodType | undefined {
  const layout = layoutOf(collection);
  return layout && (layout.listFile ?? layout.listPattern) ? layout.schema : undefined;
}

/** The schema of a file that is one entry (a theme, a page, a year, a progress file, settings). */
function fileSchema(collection: string): z.ZodType | undefined {
  const layout = layoutOf(collection);
  return layout?.pattern ? layout.schema : undefined;
}

/** A new entry: the names of the collection's files that exist, which its name must not repeat. */
export interface NewEntry {
  readonly existing: readonly string[];
  /** Names the site's own pages take (`partners` for a page, `figures` for a theme). */
  readonly reserved?: readonly string[];
}

/** The collections whose new files are named by a name typed in the form, and how the form speaks of them. */
const typedNames: Record<string, { field: string; what: string; pattern: z.ZodType; url: (name: string) => string }> = {
  themes: { field: 'URL name', what: 'a theme or aim', pattern: slug, url: (name) => `/<year>/${name}/` },
  pages: { field: 'URL name', what: 'a page', pattern: slug, url: (name) => `/${name}/` },
  years: { field: 'Year', what: 'a year', pattern: yearId, url: (name) => `/${name}/` },
};

/** The problems with the name of a new file: missing, not as the schema's ids are, or taken. */
function newFileNameProblems(collection: string, fileName: unknown, created: NewEntry): string[] {
  if (collection.startsWith('progress-')) {
    if (typeof fileName !== 'string' || fileName === '')
      return ['Theme or aim: choose the theme or aim this new file is for (it names the file).'];
    if (created.existing.includes(fileName))
      return [`Theme or aim: "${fileName}" already has a file in this year; open that file and add to it instead.`];
    return [];
  }
  const named = typedNames[collection];
  if (!named) return [];
  if (typeof fileName !== 'string' || fileName.trim() === '')
    return [
      `${named.field}: type the name of the new file (it is the address of ${named.what}, like ${named.url(collection === 'years' ? '2025-26' : 'young-people')}).`,
    ];
  const result = named.pattern.safeParse(fileName);
  if (!result.success) return [`${named.field}: ${result.error.issues[0]?.message ?? 'not as expected'}; found "${fileName}".`];
  if (created.existing.includes(fileName))
    return [`${named.field}: "${fileName}" is already ${named.what}; open it to edit it, or choose another name.`];
  if (created.reserved?.includes(fileName))
    return [`${named.field}: "${fileName}" is the name of a page the site has already (${named.url(fileName)}); choose another name.`];
  return [];
}

/**
 * The problems with one entry's data as a form holds it, each a sentence; none if it can be saved.
 * `created` is given for a new file: its name (the form's file-name field) is then checked too.
 * `namedElsewhere` is, for this file, the ids other files name (as of the last build), with those files.
 */
export function checkEntry(
  collection: string,
  formData: Record<string, unknown>,
  created?: NewEntry,
  namedElsewhere: Readonly<Record<string, readonly string[]>> = {},
): string[] {
  // What will be written: empty fields left out, as the file will have them; the file name is not written.
  const { [fileNameField]: fileName, ...written } = formData;
  const dates: string[] = [];
  const data = inFormOrder(typedDates(written, [], dates), undefined) as Record<string, unknown>;
  // A date refused above is not refused again by the schema, in the file's terms (YYYY-MM-DD).
  const notDates = (message: string) => !dates.some((said) => message.startsWith(said.slice(0, said.indexOf(': ') + 2)));
  return [
    ...dates,
    ...(created ? newFileNameProblems(collection, fileName, created) : []),
    ...fileProblems(collection, data).filter(notDates),
    ...unseenCharacters(data),
    ...removedWhileNamed(data, namedElsewhere),
  ];
}

/**
 * Dates as the file writes them: a date typed DD/MM/YYYY (the form's way) as YYYY-MM-DD. One that is
 * not a day of the calendar (31/02/2026, or a US-style 03/31/2026) is said in `problems`, never
 * misread as another day.
 */
function typedDates(value: unknown, path: readonly PropertyKey[], problems: string[]): unknown {
  if (typeof value === 'string' && new RegExp(ukDatePattern).test(value)) {
    const iso = isoFromUk(value);
    if (!iso)
      problems.push(
        `${formatFieldPath(path)}: "${value.trim()}" is not a date: type it as DD/MM/YYYY (day, month, year), like 31/03/2026 for 31 March 2026.`,
      );
    return iso ?? value;
  }
  if (Array.isArray(value)) return value.map((item, index) => typedDates(item, [...path, index], problems));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, typedDates(item, [...path, key], problems)]));
  return value;
}

/**
 * Characters pasted from Word, a PDF or an email that no one can see (a non-breaking or zero-width
 * space), and curly quotes around a tag's value in the text (<Figure id=“…” />): the checker refuses
 * them (src/checker/safety/characters.ts), so the form says so before saving, naming the field.
 */
function unseenCharacters(value: unknown, path: readonly PropertyKey[] = []): string[] {
  if (typeof value === 'string') {
    return characterProblems(value, '', { start: 0, end: 0 }).map(
      (problem) =>
        `${path.length > 0 ? `${formatFieldPath(path)}: ` : ''}${problem.message}${problem.line !== undefined && value.includes('\n') ? ` (line ${problem.line} of the text)` : ''}: ${problem.hint ?? ''}.`,
    );
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => unseenCharacters(item, [...path, index]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => unseenCharacters(item, [...path, key]));
  return [];
}

/** Ids other files name that this save removes or renames: they would name something that is not there. */
function removedWhileNamed(data: Record<string, unknown>, namedElsewhere: Readonly<Record<string, readonly string[]>>): string[] {
  const problems: string[] = [];
  const defined = new Set(
    [listField, 'achievements', 'priorities'].flatMap((key) =>
      Array.isArray(data[key]) ? (data[key] as { id?: unknown }[]).map((item) => item?.id) : [],
    ),
  );
  for (const [id, files] of Object.entries(namedElsewhere)) {
    if (defined.has(id)) continue;
    problems.push(
      `"${id}" is still named in ${files.join(', ')}: take it out there first, or keep it here. (If you have just done that on the live site, wait for the site to be rebuilt and reload this page.)`,
    );
  }
  return problems;
}

/** The problems with the data of one file as its schema and the checker's in-file rules see them. */
function fileProblems(collection: string, data: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const itemSchema = itemSchemaOf(collection);
  if (itemSchema) {
    const items = (data[listField] ?? []) as unknown[];
    const seen = new Map<string, number>();
    items.forEach((item, index) => {
      const result = itemSchema.safeParse(item);
      if (!result.success) {
        for (const issue of result.error.issues) {
          const problem = problemFromIssue('', { ...issue, path: [index, ...issue.path] }, items);
          problems.push(`${problem.field ?? ''}: ${problem.message}.`);
        }
      }
      const id = (item as { id?: unknown }).id;
      if (typeof id === 'string') {
        const first = seen.get(id);
        if (first !== undefined) problems.push(`${formatFieldPath([index, 'id'])}: the id "${id}" is also used by item ${first + 1}.`);
        else seen.set(id, index);
      }
    });
    return problems;
  }
  const schema = fileSchema(collection);
  if (!schema) return problems;
  const frontMatter = Object.fromEntries(Object.entries(data).filter(([key]) => key !== bodyField));
  const result = schema.safeParse(frontMatter);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const problem = problemFromIssue('', issue, frontMatter);
      problems.push(`${problem.field ? `${problem.field}: ` : ''}${problem.message}.`);
    }
  }
  if (collection.startsWith('progress-')) {
    const ids = [
      ...((frontMatter['achievements'] ?? []) as { id?: string }[]),
      ...((frontMatter['priorities'] ?? []) as { id?: string }[]),
    ].map((item) => item.id);
    const repeated = ids.filter((id, index) => id && ids.indexOf(id) !== index);
    if (repeated.length > 0)
      problems.push(`the id "${repeated[0]}" is used twice in this file: every achievement and priority needs its own id.`);
  }
  return problems;
}
