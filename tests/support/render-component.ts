import path from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { elementsOf, type HtmlElement } from '../../src/lib/html.ts';
import { contentModel } from '../../src/model/index.ts';
import { repoRoot } from './repo-root.ts';

// A component rendered alone, as a page would render it, with Astro's container API. Its content
// is the real content/, as the content model (src/model/) reads it for the site's collections: the
// container has no content layer of its own, so astro:content is answered from the model: a test
// file that renders one says
//   vi.mock('astro:content', async () => (await import('../../support/render-component.ts')).realContentModule());

/** What astro:content's getCollection and getEntry give a component: the real content's entries. */
export async function realContentModule() {
  const { content } = contentModel(path.join(repoRoot, 'content'));
  const entries = (name: string) =>
    ((content as unknown as Record<string, { id: string; data: unknown }[]>)[name] ?? []).map(({ id, data }) => ({
      id,
      collection: name,
      data,
    }));
  return {
    getCollection: async (name: string) => entries(name),
    getEntry: async (name: string, id: string) => entries(name).find((entry) => entry.id === id),
  };
}

/** The rendered HTML of a component, and its elements as a browser's parser reads them. */
export async function render(
  component: AstroComponentFactory,
  options: { props?: Record<string, unknown>; url?: string } = {},
): Promise<{ html: string; elements: HtmlElement[] }> {
  const container = await AstroContainer.create();
  const html = await container.renderToString(component, {
    props: options.props ?? {},
    request: new Request(new URL(options.url ?? '/', 'https://www.cambsdasv.org.uk')),
  });
  return { html, elements: elementsOf(html) };
}
