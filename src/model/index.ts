import { lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { draftedContent } from '../lib/drafts.ts';
import { figureTagsIn } from './figure-tags.ts';
import { withFigureValues } from './figure-values.ts';
import { readContent, type Overlay } from './read.ts';
import type { ContentAsWritten, ContentProblem, ExistingIds, ValidContent } from '../checker/types.ts';
import type { Drafted } from '../lib/drafts.ts';
import type { ContentFile, FigureTag } from './types.ts';

/**
 * The content model: every file of a content folder read once (src/model/read.ts: lstat before any
 * read, bounded reads, YAML within limits, the safety checks on each file's text), checked against
 * the schemas, and given as typed data to everything else: Astro's collections (src/content.config.ts),
 * the checker's rules across files (src/checker/), the editor's configuration and its check before a
 * save (src/cms/), drafts, and the few settings read before the build (src/integrations/).
 *
 * A folder is read again only when something in it changed: a save in `astro dev`, or a test
 * rewriting a fixture. Its stamp (each entry's name, kind, size, change time and inode, read with
 * lstat: nothing is opened) says so.
 */

/** Everything under one content folder, read and checked against the schemas once. */
export interface ContentModel {
  /** The content folder, as an absolute path. */
  readonly root: string;
  /** What reading found wrong: the folder's structure, each file's text, and each entry against its schema. */
  readonly problems: readonly ContentProblem[];
  /** Every entry that matches its schema, as its file holds it. */
  readonly asWritten: ContentAsWritten;
  /** The same, each figure with the value its achievement's text states (figures whose text states none are left out). */
  readonly content: ValidContent;
  /** The ids of every entry that exists, valid or not. */
  readonly existing: ExistingIds;
  /** What a build leaves out as drafts (src/lib/drafts.ts), from the entries that match their schemas. */
  readonly drafts: Drafted;
  /** Every file read, by its path as messages name it (`content/pages/about.mdx`), sorted by path. */
  readonly files: ReadonlyMap<string, ContentFile>;
  /** Every `<Figure>` tag of every MDX file read, in the order of `files`. */
  readonly figureTags: readonly FigureTag[];
}

/** What Astro's build cache writes into a copy of content/ (astro.config.mjs): never content, never a change. */
const BUILD_CACHE = '.astro-cache';

/** Everything lstat says of a folder's entries that a change of content changes. */
function stampOf(root: string): string {
  const parts: string[] = [];
  const walk = (absolute: string, relative: string) => {
    let names: string[];
    try {
      names = readdirSync(absolute).sort();
    } catch {
      return;
    }
    for (const name of names) {
      if (relative === '' && name === BUILD_CACHE) continue;
      const child = path.join(absolute, name);
      const childRelative = `${relative}/${name}`;
      try {
        const stats = lstatSync(child, { bigint: true });
        parts.push(`${childRelative}:${stats.mode}:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}:${stats.ino}:${stats.nlink}`);
        if (stats.isDirectory()) walk(child, childRelative);
      } catch {
        parts.push(`${childRelative}:gone`);
      }
    }
  };
  try {
    const top = lstatSync(root, { bigint: true });
    parts.push(`:${top.mode}:${top.ino}`);
    if (top.isDirectory()) walk(root, '');
  } catch {
    parts.push(':missing');
  }
  return parts.join('\n');
}

/** A path as messages name it: relative to the working directory, with `/`. */
export function repoRelative(absolute: string): string {
  return path.relative(process.cwd(), absolute).split(path.sep).join('/');
}

/**
 * The models read so far, by folder and working directory. Kept on globalThis: Astro loads the
 * integrations, the content config and the pages as separate module instances in one process, and
 * all of them should share one reading of the folder.
 */
const cache: Map<string, { stamp: string; model: ContentModel }> = ((globalThis as Record<symbol, unknown>)[
  Symbol.for('dasv.contentModel')
] ??= new Map()) as Map<string, { stamp: string; model: ContentModel }>;

/**
 * Reads a content folder into its model; no cache. With an overlay, the folder as a save would
 * leave it (src/model/read.ts): those files' new text read in place of theirs, deleted ones gone.
 */
export function readModel(dir: string, overlay?: Overlay): ContentModel {
  const root = path.resolve(dir);
  const { problems, content: asWritten, existing, files: read } = readContent(root, repoRelative, overlay);
  const files = new Map([...read].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return {
    root,
    problems,
    asWritten,
    // Each figure takes its number from its achievement's text, the one place it is written.
    content: withFigureValues(asWritten),
    existing,
    drafts: draftedContent(asWritten),
    files,
    figureTags: [...files].flatMap(([file, source]) => figureTagsIn(file, source)),
  };
}

/** The model of a content folder: read once, and again only when a file in it changes. */
export function contentModel(dir: string): ContentModel {
  const root = path.resolve(dir);
  const key = `${process.cwd()}\n${root}`;
  const stamp = stampOf(root);
  const known = cache.get(key);
  if (known && known.stamp === stamp) return known.model;
  const model = readModel(root);
  // Stamped as it was before reading: a file changed while it was read is read again next time.
  cache.delete(key);
  cache.set(key, { stamp, model });
  // A few folders at a time (content/, a test's copies): the oldest read goes first.
  for (const old of cache.keys()) if (cache.size > 8) cache.delete(old);
  return model;
}

/** A file of the model by its path under the content folder (`progress/2024-25/data.mdx`), if it was read. */
export function fileOf(model: ContentModel, relative: string): ContentFile | undefined {
  return model.files.get(repoRelative(path.join(model.root, relative)));
}

/**
 * The names (without the extension) of the files read in one folder of the content
 * (`progress/2024-25`) with one extension, sorted: the files that exist, whether or not they are valid.
 */
export function namesIn(model: ContentModel, folder: string, extension: string): string[] {
  const prefix = `${repoRelative(path.join(model.root, folder))}/`;
  return [...model.files.keys()]
    .filter((file) => file.startsWith(prefix) && !file.slice(prefix.length).includes('/') && file.endsWith(`.${extension}`))
    .map((file) => file.slice(prefix.length, -extension.length - 1))
    .sort();
}
