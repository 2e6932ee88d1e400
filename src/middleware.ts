// Runs for every page as it is built (and in `astro dev`). Add further steps to the sequence.
import { getCollection } from 'astro:content';
import { defineMiddleware, sequence } from 'astro:middleware';
import { markRenderedPage } from './lib/rendered-page';
import { urls } from './lib/urls';

/**
 * The first use of each glossary term on a page becomes an <abbr> linked to the glossary; the
 * acronyms a searchable page uses go to the search index once, as metadata: one parse of the
 * rendered page for both (markRenderedPage).
 */
const glossaryTerms = defineMiddleware(async (_context, next) => {
  const response = await next();
  const type = response.headers.get('content-type');
  if (type && !type.includes('text/html')) return response;
  const html = await response.text();
  const terms = (await getCollection('glossary')).map((entry) => entry.data);
  return new Response(markRenderedPage(html, terms, urls.glossary), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});

export const onRequest = sequence(glossaryTerms);
