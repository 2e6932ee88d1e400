import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Reading the built site (dist/): its HTML pages and the addresses they are served at. Used by the
 * build steps that run on the written pages (src/integrations/one-stylesheet.ts), by the tests over
 * dist/ and by `npm run bench`; their elements are read with src/lib/html.ts.
 */

/** One built HTML page. */
export interface BuiltPage {
  /** The URL path it is served at: `/`, `/2024-25/awareness/`, `/404.html`. */
  readonly urlPath: string;
  /** The file, absolute. */
  readonly file: string;
  readonly html: string;
}

/** Every HTML page under `distDir`, sorted by URL path; `dir/index.html` is served at `/dir/`. */
export function builtPages(distDir: string): BuiltPage[] {
  return readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((relative) => relative.endsWith('.html'))
    .map((relative) => {
      const posix = relative.split(path.sep).join('/');
      const urlPath = `/${posix.replace(/(^|\/)index\.html$/, '$1')}`;
      const file = path.join(distDir, relative);
      return { urlPath, file, html: readFileSync(file, 'utf8') };
    })
    .sort((a, b) => a.urlPath.localeCompare(b.urlPath));
}
