import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';
import { contentModel, repoRelative } from '../model/index.ts';
import { cmsConfig } from './config.ts';
import {
  bodyField,
  collectionFields,
  fromFile,
  inFormOrder,
  kindOfFormat,
  toFile,
  type CmsCollection,
  type CmsFileKind,
} from './formats.ts';

/** One content file the editor edits, with what it reads back as and what the editor would write. */
export interface LaidOutFile {
  /** Path from the repository's top, as in the editor's config: `content/partners.yaml`. */
  readonly file: string;
  readonly collection: string;
  readonly kind: CmsFileKind;
  readonly text: string;
  /** The file as the editor writes it (the same text when it is already in the editor's layout). */
  readonly laidOut: string;
}

/** Every file the editor's collections cover under `dir`, each with the text the editor would save. */
export function layOutContent(dir: string): LaidOutFile[] {
  const config = cmsConfig(dir) as { collections: (CmsCollection & { folder?: string; extension?: string })[] };
  // The files as the content model read them, by their path from the repository's top, as the config names them.
  const read = contentModel(dir).files;
  const named = (file: string) => repoRelative(path.resolve(file));
  const files: LaidOutFile[] = [];
  for (const collection of config.collections) {
    const kind = kindOfFormat(collection.format);
    const fields = collectionFields(collection);
    const inFolder = collection.folder && `${named(collection.folder)}/`;
    const paths = inFolder
      ? [...read.keys()].filter(
          (file) => file.startsWith(inFolder) && !file.slice(inFolder.length).includes('/') && file.endsWith(`.${collection.extension}`),
        )
      : // A year's file the forms offer before it exists (the next year's figures) has nothing to lay out.
        ((collection.files ?? []) as unknown as { file: string }[]).map((file) => file.file).filter((file) => read.has(named(file)));
    for (const file of paths) {
      const text = read.get(named(file))!.text;
      files.push({ file, collection: collection.name, kind, text, laidOut: toFile(kind, fromFile(kind, text), fields) });
    }
  }
  return files;
}

/** What a file means, whatever its layout: its data with empty fields and false switches left out, and its text. */
function meaning(file: string, text: string): unknown {
  if (file.endsWith('.mdx')) {
    const data = fromFile('mdx', text);
    return { ...(inFormOrder(data, undefined) as object), [bodyField]: String(data[bodyField] ?? '').trim() };
  }
  return inFormOrder(parse(text), undefined);
}

/** True when the laid-out file says exactly what the original did: no word or value changed. */
export function sameMeaning(file: LaidOutFile): boolean {
  return isDeepStrictEqual(sortKeys(meaning(file.file, file.text)), sortKeys(meaning(file.file, file.laidOut)));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, item]) => [key, sortKeys(item)]),
  );
}
