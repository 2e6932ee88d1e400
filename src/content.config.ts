// Declarations only: where each collection lives and its schema come from src/lib/content-layout.ts,
// which the standalone checker (npm run check) reads too.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentDir, contentLayout, type CollectionLayout } from './lib/content-layout.ts';

function collectionFrom<Schema extends CollectionLayout['schema']>(layout: CollectionLayout & { schema: Schema }) {
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
};
