// Declarations only: where each collection lives and its schema come from src/lib/content-layout.ts,
// which the standalone checker (npm run check) reads too.
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { defineCollection } from 'astro:content';
import { parse } from 'yaml';
import { file, glob } from 'astro/loaders';
import { contentDir, contentLayout, type CollectionLayout } from './lib/content-layout.ts';

/** Every item of every YAML list file matching `pattern` (figures and charts: one file per year). */
function listFiles(pattern: string) {
  return async () =>
    globSync(pattern, { cwd: contentDir() })
      .sort()
      .flatMap((file) => parse(readFileSync(path.join(contentDir(), file), 'utf8')) as { id: string }[]);
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
  figures: collectionFrom(contentLayout.figures),
  charts: collectionFrom(contentLayout.charts),
};
