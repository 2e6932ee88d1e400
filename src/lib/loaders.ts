import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { contentModel } from '../model/index.ts';
import { contentDir, contentLayout, listFileYear, yearlyId, type CollectionName } from './content-layout.ts';

/**
 * The one content loader: every collection is stored from the content model (src/model/), which
 * reads each file once, safely, and checks it against its schema. Two rules live here:
 * - a build holds nothing of a draft (src/lib/drafts.ts), so no page, figure, chart, CSV file,
 *   share image or search entry can show it; `astro dev` holds everything, and marks drafts;
 * - in `astro dev`, every content file is watched (Astro's loader watcher), so a change shows on
 *   the next page load: the model reads the folder again and each collection stores what changed.
 */

/** Whether this is `astro dev`: the only time drafts are loaded. */
const previewing = () => import.meta.env.DEV;

/** What one collection stores of one entry. */
interface Stored {
  readonly id: string;
  readonly data: Record<string, unknown>;
  /** The file it comes from, relative to the project's root (as Astro's own loaders store it). */
  readonly file: string;
  /** An MDX file's text after its frontmatter, trimmed (as Astro's MDX integration gives it). */
  readonly body?: string;
}

/**
 * What a collection holds, from the model: the entries that match their schema (each figure with
 * the value its achievement's text states), less the drafts in a build. Entries of the yearly lists
 * (figures, charts) are stored by yearlyId (`<year>/<id>`): an id is unique within its year, and
 * the same id in two years names the same measure; the item keeps its own id.
 */
function storedEntries(name: CollectionName, projectRoot: string): Stored[] {
  const model = contentModel(contentDir());
  const entries = model.content[name] as readonly { id: string; file: string; data: unknown }[];
  // The drafts are named by collection, with the ids the collections store (years, progress, figures, charts).
  const drafts = previewing() ? undefined : (model.drafts as Partial<Record<CollectionName, ReadonlySet<string>>>)[name];
  return entries.flatMap((entry) => {
    const id = 'listPattern' in contentLayout[name] ? yearlyId(listFileYear(entry.file), entry.id) : entry.id;
    if (drafts?.has(id)) return [];
    const mdx = model.files.get(entry.file)?.mdx;
    return [
      {
        id,
        data: entry.data as Record<string, unknown>,
        file: path.relative(projectRoot, path.resolve(entry.file)).split(path.sep).join('/'),
        ...(mdx && entry.file.endsWith('.mdx') ? { body: mdx.body.trim() } : {}),
      },
    ];
  });
}

/** The loader of one collection. */
export function contentModelLoader(name: CollectionName): Loader {
  return {
    name: 'dasv-content-model',
    load: async ({ store, parseData, generateDigest, watcher, logger, config }) => {
      const projectRoot = fileURLToPath(config.root);
      const sync = async () => {
        const kept = new Set<string>();
        for (const entry of storedEntries(name, projectRoot)) {
          kept.add(entry.id);
          const mdx = entry.file.endsWith('.mdx');
          // What the entry shows: its data, its text and its file. Unchanged, it is not stored again.
          const digest = generateDigest(JSON.stringify([entry.data, entry.body ?? null, entry.file]));
          const existing = store.get(entry.id);
          if (existing?.digest === digest) {
            // Astro lists the MDX files pages import; an entry kept as it was stays on that list.
            if (existing.deferredRender && existing.filePath) store.addModuleImport(existing.filePath);
            continue;
          }
          const data = await parseData({ id: entry.id, data: entry.data, filePath: path.join(projectRoot, entry.file) });
          store.set({
            id: entry.id,
            data,
            filePath: entry.file,
            digest,
            // Astro compiles an MDX body itself, when a page renders it (as its glob() loader does).
            ...(mdx ? { body: entry.body, deferredRender: true } : {}),
          });
        }
        // What is no longer there, or no longer valid, or a draft from an earlier build's cache, goes.
        for (const id of store.keys()) if (!kept.has(id)) store.delete(id);
      };
      await sync();
      if (!watcher) return;
      const root = path.resolve(contentDir());
      watcher.add(root);
      // A save can reach the watcher as two events (the file emptied, then written), and a read
      // between them finds no entries: an entry vanishes until the next save. So the folder is read
      // once the events have stopped for a moment, one reload at a time.
      let settle: ReturnType<typeof setTimeout> | undefined;
      let reloading = Promise.resolve();
      const reload = async (changed: string) => {
        try {
          await sync();
        } catch (error) {
          // The content checker (src/integrations/content-preview.ts) shows what is wrong.
          logger.warn(
            `Could not reload ${path.relative(process.cwd(), changed)}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
          );
        }
      };
      watcher.on('all', (_event, changed) => {
        const absolute = path.resolve(changed);
        if (!absolute.startsWith(root + path.sep) || absolute.includes(`${path.sep}.astro-cache${path.sep}`)) return;
        clearTimeout(settle);
        settle = setTimeout(() => {
          reloading = reloading.then(() => reload(changed));
        }, 100);
      });
    },
  };
}
