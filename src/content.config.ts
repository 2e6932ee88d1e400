// Declarations only: where each collection lives and its schema come from src/lib/content-layout.ts,
// which the standalone checker (npm run check) reads too.
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { defineCollection } from 'astro:content';
import { parse } from 'yaml';
import { file, glob, type Loader } from 'astro/loaders';
import { contentDir, contentLayout, yearlyId, type CollectionLayout } from './lib/content-layout.ts';

/**
 * Every item of every YAML list file matching `pattern` (figures and charts: one file per year).
 * An item's id is unique within its year, and the same id in two years names the same measure
 * (so the years can be compared): entries are stored by yearlyId (`<year>/<id>`), the item keeping its own id.
 */
function listFiles(pattern: string): Loader {
  return {
    name: 'dasv-yearly-lists',
    load: async ({ store, parseData }) => {
      store.clear();
      for (const file of globSync(pattern, { cwd: contentDir() }).sort()) {
        const year = path.basename(file, '.yaml');
        const items = parse(readFileSync(path.join(contentDir(), file), 'utf8')) as { id: string }[];
        for (const item of items) {
          const id = yearlyId(year, item.id);
          store.set({ id, data: await parseData({ id, data: item }) });
        }
      }
    },
  };
}

function collectionFrom<Schema extends CollectionLayout['schema']>(layout: CollectionLayout & { schema: Schema }) {
  if (layout.listPattern) return defineCollection({ loader: listFiles(layout.listPattern), schema: layout.schema });
  const loader = layout.listFile
    ? file(`${contentDir()}/${layout.listFile}`)
    : glob({
        pattern: layout.pattern ?? '',
        base: contentDir(),
        generateId: ({ entry }) => entry.replace(/^[^/]+\//, '').replace(/\.(mdx|yaml)$/, ''),
      });
  return defineCollection({ loader, schema: layout.schema });
}

export const collections = {
  strategy: collectionFrom(contentLayout.strategy),
  years: collectionFrom(contentLayout.years),
  themes: collectionFrom(contentLayout.themes),
  progress: collectionFrom(contentLayout.progress),
  partners: collectionFrom(contentLayout.partners),
  pages: collectionFrom(contentLayout.pages),
  glossary: collectionFrom(contentLayout.glossary),
  help: collectionFrom(contentLayout.help),
  safety: collectionFrom(contentLayout.safety),
  search: collectionFrom(contentLayout.search),
  figures: collectionFrom(contentLayout.figures),
  charts: collectionFrom(contentLayout.charts),
};
