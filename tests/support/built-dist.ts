import { existsSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'parse5';
import { builtPages, type BuiltPage } from '../../src/lib/built-site.ts';

/**
 * The built site the tests read: dist/ (what `npm run build` writes), or DIST_DIR to test a build
 * kept elsewhere. Shared by the Vitest checks over dist/ and the browser tests.
 */
export const repoRoot = path.resolve(import.meta.dirname, '../..');
export const distDir = process.env['DIST_DIR'] ? path.resolve(process.env['DIST_DIR']) : path.join(repoRoot, 'dist');

/** The content editor's page: for the comms team, with its own policy and tests (tests/e2e/cms-editor.spec.ts). */
export const editorPath = '/admin/';

/**
 * Every built HTML page a reader can meet, the 404 page included, the content editor aside; fails
 * plainly when nothing has been built.
 */
export function builtSite(): BuiltPage[] {
  if (!existsSync(path.join(distDir, 'index.html'))) {
    throw new Error(`No built site in ${distDir}: run \`npm run build\` first (\`npm test\` and \`npm run test:e2e\` do).`);
  }
  return builtPages(distDir).filter((page) => !page.urlPath.startsWith(editorPath));
}

/** One element of a parsed page: its tag name and attributes. */
export interface HtmlElement {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
}

interface Parse5Node {
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Parse5Node[];
  content?: Parse5Node;
}

/** Every element of a page in document order, as the HTML parser of a browser reads it (parse5). */
export function elementsOf(html: string): HtmlElement[] {
  const found: HtmlElement[] = [];
  const visit = (node: Parse5Node) => {
    if (node.tagName) found.push({ tag: node.tagName, attrs: Object.fromEntries((node.attrs ?? []).map((a) => [a.name, a.value])) });
    for (const child of node.childNodes ?? []) visit(child);
    if (node.content) visit(node.content);
  };
  visit(parse(html) as Parse5Node);
  return found;
}
