// Declarations only: each collection's schema comes from src/lib/content-layout.ts, and what it
// holds from the content model (src/model/), through one loader (src/lib/loaders.ts). The
// standalone checker (npm run check) reads the same model.
import { defineCollection } from 'astro:content';
import { contentLayout, type CollectionLayout, type CollectionName } from './lib/content-layout.ts';
import { contentModelLoader } from './lib/loaders.ts';
import { figureWithValueSchema } from './schemas/index.ts';

function collection<Schema extends CollectionLayout['schema']>(name: CollectionName, schema: Schema) {
  return defineCollection({ loader: contentModelLoader(name), schema });
}

export const collections = {
  strategy: collection('strategy', contentLayout.strategy.schema),
  years: collection('years', contentLayout.years.schema),
  themes: collection('themes', contentLayout.themes.schema),
  progress: collection('progress', contentLayout.progress.schema),
  partners: collection('partners', contentLayout.partners.schema),
  pages: collection('pages', contentLayout.pages.schema),
  glossary: collection('glossary', contentLayout.glossary.schema),
  help: collection('help', contentLayout.help.schema),
  safety: collection('safety', contentLayout.safety.schema),
  search: collection('search', contentLayout.search.schema),
  // A figure's file holds no number: the model takes it from the achievement's text (src/model/figure-values.ts).
  figures: collection('figures', figureWithValueSchema),
  charts: collection('charts', contentLayout.charts.schema),
};
