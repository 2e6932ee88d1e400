/**
 * The MDX allow-list (src/checker/safety/allow-list.ts) inside Astro's own Markdown processor: the
 * compile of an MDX file stops, before any of its code could run, when the file holds anything the
 * allow-list refuses. The content check already refuses such a file before a build starts; this
 * also covers `astro dev`, which checks the content once at start and then only reports, and any
 * file that reaches the compiler another way.
 */
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin, type PluginFactoryContext } from 'satteri';
import { mdxProblems } from './allow-list.ts';

/** Called by Sätteri once per file: for MDX, a plugin that throws on the first thing refused. */
export function contentAllowListPlugin({ fileURL, sourceFormat }: PluginFactoryContext) {
  if (sourceFormat !== 'mdx') return null;
  const file = fileURL ? fileURLToPath(fileURL) : 'an MDX file';
  return defineMdastPlugin({
    name: 'dasv-content-allow-list',
    options: { position: true },
    before(root) {
      const problems = mdxProblems(root, file, 0);
      if (problems.length > 0) {
        throw new Error(
          `${file} cannot be built: ${problems.map((p) => `${p.message.replace(/^line \d+: /, '')} (${p.hint ?? ''})`).join('; ')}. Run npm run check for each line.`,
        );
      }
    },
  });
}
