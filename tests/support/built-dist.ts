import { existsSync } from 'node:fs';
import path from 'node:path';
import { builtPages, type BuiltPage } from '../../src/lib/built-pages.ts';
import { repoRoot } from './repo-root.ts';

/** Every element of a page in document order, as the HTML parser of a browser reads it (parse5). */
export { elementsOf, type HtmlElement } from '../../src/lib/html.ts';

/**
 * The built site the tests read: dist/ (what `npm run build` writes), or DIST_DIR to test a build
 * kept elsewhere. Shared by the Vitest checks over dist/ and the browser tests.
 */
export const distDir = process.env['DIST_DIR'] ? path.resolve(process.env['DIST_DIR']) : path.join(repoRoot, 'dist');

/** The content editor's page: for the comms team, with its own policy and tests (tests/e2e/cms-editor.spec.ts). */
export const editorPath = '/admin/';

/**
 * Every built HTML page a reader can meet, the 404 page included, the content editor aside; fails
 * plainly when nothing has been built. Of dist/ by default, or of another built site (a fixture
 * site: tests/support/page-text.ts's secondYearDir).
 */
export function builtSite(dir = distDir): BuiltPage[] {
  if (!existsSync(path.join(dir, 'index.html'))) {
    const how =
      dir === distDir
        ? '`npm run build`'
        : `\`npm run build\` and \`node scripts/build-fixture-site.ts ${path.basename(dir)} ${path.relative(repoRoot, dir)}\``;
    throw new Error(`No built site in ${dir}: run ${how} first (\`npm test\` and \`npm run test:e2e\` do).`);
  }
  return builtPages(dir).filter((page) => !page.urlPath.startsWith(editorPath));
}
