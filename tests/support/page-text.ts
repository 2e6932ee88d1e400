import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeHTML } from 'entities';
import { elementsOf, type HtmlElement } from '../../src/lib/html.ts';
import { repoRoot } from './repo-root.ts';

/** The second-year fixture site, as `npm run test:e2e` builds it (scripts/build-fixture-site.ts). */
export const secondYearDir = path.join(repoRoot, 'dist-fixtures/second-year');

/** A built file of a site, failing plainly when the site has not been built. */
export function builtFile(dir: string, urlPath: string): string {
  const file = path.join(dir, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
  if (!existsSync(file)) {
    throw new Error(
      `${file} is not built: run \`npm run build\` and \`node scripts/build-fixture-site.ts second-year dist-fixtures/second-year\``,
    );
  }
  return readFileSync(file, 'utf8');
}

/** A page read for its words: each element's text, white space collapsed, as a reader meets it. */
export interface ReadPage {
  readonly html: string;
  readonly elements: readonly HtmlElement[];
  /** The text of the element with this id ('' if none). */
  textOf(id: string): string;
  /** The text of the whole of <main>. */
  readonly main: string;
  /** Every link's href inside the element with this id. */
  linksIn(id: string): string[];
}

const words = (html: string) =>
  decodeHTML(
    html
      .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
      // Inline elements join the words around them; any other tag separates them, as a browser shows it.
      .replace(/<\/?(a|abbr|b|code|data|em|i|kbd|span|strong|time)\b[^>]*>/g, '')
      .replace(/<[^>]+>/g, ' '),
  )
    .replace(/\s+/g, ' ')
    .trim();

export function readPage(dir: string, urlPath: string): ReadPage {
  const html = builtFile(dir, urlPath);
  const elements = elementsOf(html);
  const byId = (id: string) => elements.find((element) => element.attrs['id'] === id);
  const slice = (element: HtmlElement | undefined) => (element ? html.slice(element.start, element.end) : '');
  const main = elements.find((element) => element.tag === 'main');
  return {
    html,
    elements,
    textOf: (id) => words(slice(byId(id))),
    main: words(slice(main)),
    linksIn: (id) => [...slice(byId(id)).matchAll(/<a\b[^>]*\bhref="([^"]*)"/g)].map((match) => decodeHTML(match[1]!)),
  };
}
