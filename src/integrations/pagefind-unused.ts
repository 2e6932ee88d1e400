import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Pagefind writes every interface it has (Default UI, Modular UI, Component UI, a highlighter) and a
 * WebAssembly engine for languages the site does not have; the site uses one interface at most. A
 * file shipped but never used is bytes to publish and one more thing to trust, so the build removes
 * them. Which files are used is worked out from the built site, not listed here, so a change of
 * search interface keeps what it needs:
 * - a script or stylesheet of the bundle is used if a page or a used file names it (from the
 *   site's own pages, scripts and styles, then from the bundle files they use, and so on);
 * - a `wasm.<language>.pagefind` engine is used if the index's entry file lists its language;
 * - the index itself (pagefind-entry.json, *.pf_meta, index/, fragment/, filter/) is always kept.
 */

const SITE_TEXT = /\.(html|js|mjs|css)$/;
const BUNDLE_CODE = /\.(js|mjs|css)$/;

/** Every file under a folder, as absolute paths. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** The files of the bundle in `bundleDir` (top level only) that nothing in the built site `distDir` uses, as absolute paths. */
export function unusedPagefindFiles(distDir: string, bundleDir = path.join(distDir, 'pagefind')): string[] {
  const topLevel = readdirSync(bundleDir, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name);
  const entry = JSON.parse(readFileSync(path.join(bundleDir, 'pagefind-entry.json'), 'utf8')) as {
    languages?: Record<string, { wasm?: string }>;
  };
  const engines = new Set(Object.values(entry.languages ?? {}).map((language) => `wasm.${language.wasm}.pagefind`));
  const code = topLevel.filter((name) => BUNDLE_CODE.test(name));

  const used = new Set<string>();
  const markNamedIn = (text: string) => {
    const found: string[] = [];
    for (const name of code) if (!used.has(name) && text.includes(name)) found.push(name);
    for (const name of found) used.add(name);
    return found;
  };
  const siteFiles = filesUnder(distDir).filter((file) => !file.startsWith(bundleDir + path.sep) && SITE_TEXT.test(file));
  let next = siteFiles.flatMap((file) => markNamedIn(readFileSync(file, 'utf8')));
  while (next.length > 0) next = next.flatMap((name) => markNamedIn(readFileSync(path.join(bundleDir, name), 'utf8')));

  return topLevel
    .filter((name) => (BUNDLE_CODE.test(name) && !used.has(name)) || (/^wasm\..*\.pagefind$/.test(name) && !engines.has(name)))
    .map((name) => path.join(bundleDir, name));
}

/** The total size in bytes of some files. */
export function totalBytes(files: readonly string[]): number {
  return files.reduce((sum, file) => sum + statSync(file).size, 0);
}

/**
 * Removes the files of Pagefind's bundle that the built site does not use, and names them in the
 * build log. It reads the bundle pagefind() writes, so it comes after it (without the bundle it
 * stops the build: there is no pagefind-entry.json to read).
 */
export function pagefindUnused(): AstroIntegration {
  return {
    name: 'dasv:pagefind-unused',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const unused = unusedPagefindFiles(distDir);
        const kb = (totalBytes(unused) / 1024).toFixed(0);
        for (const file of unused) rmSync(file);
        logger.info(`removed ${unused.length} unused search files (${kb} KB): ${unused.map((file) => path.basename(file)).join(', ')}`);
      },
    },
  };
}
