import type { ContentFile, FigureTag, MdxTree } from './types.ts';

/**
 * The `<Figure … />` tags of an MDX body, read from the tree the build compiles (so a tag in a code
 * span, or `<Figures>`, is none), each with its line in the file and its opening tag as written.
 */

/** The opening tag at the start of the text: up to its `>`, never past the next `<`. */
const OPENING_TAG = /^<Figure\b[^<>]*\/?>/;

/** An attribute's value when written as text (`id="x"`); an expression (`id={x}`) has none. */
function attribute(node: MdxTree, name: string): string | undefined {
  const found = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

/** Every `<Figure>` tag of one file, in the order they are written. */
export function figureTagsIn(file: string, source: ContentFile): FigureTag[] {
  const mdx = source.mdx;
  if (!mdx?.tree) return [];
  const tags: FigureTag[] = [];
  const walk = (node: MdxTree) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Figure') {
      const start = node.position?.start;
      const opening = start?.offset === undefined ? undefined : OPENING_TAG.exec(mdx.body.slice(start.offset))?.[0];
      tags.push({
        file,
        tag: opening ?? '<Figure>',
        id: attribute(node, 'id'),
        year: attribute(node, 'year'),
        line: (start?.line ?? 1) + mdx.lineOffset,
      });
    }
    node.children?.forEach(walk);
  };
  walk(mdx.tree);
  return tags;
}
