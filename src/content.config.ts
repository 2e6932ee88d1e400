// Declarations only: where each collection lives, its schema, an entry's id and the content folder
// come from src/lib/content-layout.ts, which the standalone checker (npm run check) reads too.
import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { contentDir, contentLayout, entryId, type CollectionLayout } from './lib/content-layout.ts';
import { plainContentOnly, withoutDrafts, yearlyLists } from './lib/loaders.ts';
import { figureWithValueSchema } from './schemas/index.ts';

function collectionFrom<Schema extends CollectionLayout['schema']>(layout: CollectionLayout & { schema: Schema }) {
  const kind = layout.listPattern?.startsWith('charts/') ? 'charts' : 'figures';
  const loader: Loader = layout.listPattern
    ? yearlyLists(layout.listPattern, kind)
    : layout.listFile
      ? file(`${contentDir()}/${layout.listFile}`)
      : glob({
          pattern: layout.pattern ?? '',
          base: contentDir(),
          generateId: ({ entry }) => entryId(entry),
        });
  // A build holds nothing of a draft year or draft progress file (src/lib/drafts.ts).
  const published =
    layout.pattern === contentLayout.years.pattern
      ? withoutDrafts(loader, (drafts, id) => drafts.years.has(id))
      : layout.pattern === contentLayout.progress.pattern
        ? withoutDrafts(loader, (drafts, id) => drafts.progress.has(id))
        : loader;
  return defineCollection({ loader: plainContentOnly(published), schema: layout.schema });
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
  // A figure's file holds no number: its loader takes it from the achievement's text (src/lib/loaders.ts).
  figures: collectionFrom({ ...contentLayout.figures, schema: figureWithValueSchema }),
  charts: collectionFrom(contentLayout.charts),
};
