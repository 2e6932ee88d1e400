/**
 * A Markdown plugin for MDX (Astro 7's Sätteri processor): in a progress file
 * (`progress/<year>/<theme>.mdx`), every `<Figure id="…" />` without a `year` gets the file's year,
 * so an editor writes the id alone and the number shown is that year's, even when the same id
 * (the same measure) exists in other years.
 */
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin, type MdxJsxFlowElement, type MdxJsxTextElement, type PluginFactoryContext } from 'satteri';
import { progressFileYear } from './content-layout.ts';

/** Called by Sätteri once per file: the plugin for a progress file, nothing for any other. */
export function figureYearPlugin({ fileURL }: PluginFactoryContext) {
  const year = progressFileYear(fileURL && fileURLToPath(fileURL));
  if (!year) return null;
  const addYear = <N extends MdxJsxTextElement | MdxJsxFlowElement>(node: Readonly<N>): N | undefined => {
    if (node.name !== 'Figure' || node.attributes.some((attribute) => 'name' in attribute && attribute.name === 'year')) return undefined;
    // Attributes cannot be set in place: the element is replaced by a copy with one more.
    return {
      ...node,
      children: [...node.children],
      attributes: [...node.attributes, { type: 'mdxJsxAttribute', name: 'year', value: year }],
    };
  };
  return defineMdastPlugin({ name: 'dasv-figure-year', mdxJsxTextElement: addYear, mdxJsxFlowElement: addYear });
}
