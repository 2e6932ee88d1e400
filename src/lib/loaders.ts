import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { contentDir, contentLayout, entryId, FRONTMATTER, listFileYear, yearlyId } from './content-layout.ts';
import { draftsOnDisk, type Drafted } from './drafts.ts';
import { figureNumberIn } from './stated-numbers.ts';
import { assertPlainTree, plainFiles, readContentText } from './safe-files.ts';
import { parseLimitedYaml } from './safe-yaml.ts';

/**
 * Content loaders: what each collection holds. Two rules live here:
 * - a build holds nothing of a draft (src/lib/drafts.ts), so no page, figure, chart, CSV file,
 *   share image or search entry can show it; `astro dev` holds everything, and marks drafts;
 * - in `astro dev`, every content file is watched, so a change shows on the next page load.
 */

/** Whether this is `astro dev`: the only time drafts are loaded. */
const previewing = () => import.meta.env.DEV;

/** The drafts to leave out of this build, or none when previewing. */
function draftsToLeaveOut(): Drafted | undefined {
  return previewing() ? undefined : draftsOnDisk(contentDir());
}

/**
 * A loader that reads only once content/ holds nothing but plain files and folders with plain names
 * (src/lib/safe-files.ts): Astro's own glob() and file() loaders read what they match, links
 * included. The checker refuses such a folder before the build starts; this holds should it change
 * in between, and in `astro dev`, where the checker's problems do not stop the server.
 */
export function plainContentOnly(inner: Loader): Loader {
  return {
    name: inner.name,
    load: async (context) => {
      assertPlainTree(contentDir(), 'content');
      return inner.load(context);
    },
  };
}

/** A loader that stores only what is published (in a build); `isDraft` names an entry by id. */
export function withoutDrafts(inner: Loader, isDraft: (drafts: Drafted, id: string) => boolean): Loader {
  return {
    name: inner.name,
    load: async (context) => {
      const drafts = draftsToLeaveOut();
      if (!drafts) return inner.load(context);
      const store: LoaderContext['store'] = Object.create(context.store);
      // A draft is deleted, not only skipped: the store may hold it from an earlier build's cache.
      store.set = (entry) => {
        if (!isDraft(drafts, entry.id)) return context.store.set(entry);
        context.store.delete(entry.id);
        return false;
      };
      return inner.load({ ...context, store });
    },
  };
}

/**
 * The text of every achievement, by `<year>/<id>`, read straight from the progress files: a figure
 * takes its number from its achievement's text. A file that cannot be read is skipped (the checker says why).
 */
function achievementTexts(root: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const file of plainFiles(root, contentLayout.progress.pattern)) {
    const year = entryId(file).split('/')[0] ?? '';
    try {
      const frontmatter = FRONTMATTER.exec(readContentText(path.join(root, file)))?.[1] ?? '';
      const data = parseLimitedYaml(frontmatter) as { achievements?: unknown } | null;
      const achievements = Array.isArray(data?.achievements) ? (data.achievements as { id?: unknown; text?: unknown }[]) : [];
      for (const a of achievements) if (typeof a?.text === 'string') texts.set(yearlyId(year, String(a.id)), a.text);
    } catch {
      continue;
    }
  }
  return texts;
}

/** A figure item with its value, the number its achievement's text states; undefined when the text has none (the checker says so). */
function withValue(
  item: { id: string; statement?: unknown; number?: unknown },
  year: string,
  texts: Map<string, string>,
): object | undefined {
  const text = texts.get(yearlyId(year, String(item.statement)));
  const found =
    text === undefined ? undefined : figureNumberIn(text, { number: typeof item.number === 'number' ? item.number : undefined });
  return found && { ...item, value: found.value };
}

/**
 * Every item of every YAML list file matching `pattern` (figures and charts: one file per year).
 * An item's id is unique within its year, and the same id in two years names the same measure
 * (so the years can be compared): entries are stored by yearlyId (`<year>/<id>`), the item keeping its own id.
 * In `astro dev` the files are watched: a saved change reloads them all (they are small).
 */
export function yearlyLists(pattern: string, kind: 'figures' | 'charts'): Loader {
  return {
    name: 'dasv-yearly-lists',
    load: async ({ store, parseData, watcher, logger }) => {
      const root = path.resolve(contentDir());
      const sync = async () => {
        const drafts = draftsToLeaveOut();
        const texts = kind === 'figures' ? achievementTexts(root) : undefined;
        store.clear();
        for (const file of plainFiles(root, pattern)) {
          const year = listFileYear(file);
          const items = (parseLimitedYaml(readContentText(path.join(root, file))) ?? []) as { id: string }[];
          for (const item of items) {
            const id = yearlyId(year, item.id);
            if (drafts?.[kind].has(id)) continue;
            // A figure's number is taken from its achievement's text, the one place it is written.
            const data = texts ? withValue(item, year, texts) : item;
            if (!data) continue;
            store.set({ id, data: await parseData({ id, data: data as Record<string, unknown> }) });
          }
        }
      };
      await sync();
      if (!watcher) return;
      const folder = path.join(root, path.dirname(pattern));
      watcher.add(folder);
      // Figures take their numbers from the progress files' text: a change there reloads them too.
      const progressFolder = path.join(root, 'progress');
      const affects = (changed: string) =>
        (path.dirname(path.resolve(changed)) === folder && changed.endsWith('.yaml')) ||
        (kind === 'figures' && path.resolve(changed).startsWith(progressFolder + path.sep) && changed.endsWith('.mdx'));
      // A save can reach the watcher as two events (the file emptied, then written), and a read
      // between them finds no items: a figure or chart vanishes until the next save. So the files
      // are read once the events have stopped for a moment, one reload at a time.
      let settle: ReturnType<typeof setTimeout> | undefined;
      let reloading = Promise.resolve();
      const reload = async (changed: string) => {
        try {
          await sync();
          logger.info(`Reloaded ${path.relative(process.cwd(), changed)}`);
        } catch (error) {
          // The content checker (src/integrations/content-preview.ts) shows what is wrong.
          logger.warn(
            `Could not reload ${path.relative(process.cwd(), changed)}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
          );
        }
      };
      watcher.on('all', (_event, changed) => {
        if (!affects(changed)) return;
        clearTimeout(settle);
        settle = setTimeout(() => {
          reloading = reloading.then(() => reload(changed));
        }, 100);
      });
    },
  };
}
