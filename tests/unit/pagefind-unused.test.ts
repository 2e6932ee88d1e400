import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { unusedPagefindFiles } from '../../src/integrations/pagefind-unused.ts';

let dist: string;
afterEach(() => rmSync(dist, { recursive: true, force: true }));

/** A built site: files by path under dist/, with their text. */
function site(files: Record<string, string>): string {
  dist = mkdtempSync(path.join(tmpdir(), 'dasv-pagefind-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
    writeFileSync(path.join(dist, file), text);
  }
  return dist;
}

const bundle = {
  'pagefind/pagefind-entry.json': '{"version":"1.6.0","languages":{"en":{"hash":"en_1","wasm":"en","page_count":5}}}',
  'pagefind/pagefind.en_1.pf_meta': '',
  'pagefind/index/en_1.pf_index': '',
  'pagefind/fragment/en_1.pf_fragment': '',
  'pagefind/pagefind.js': 'import("./pagefind-worker.js"); fetch(`wasm.${language}.pagefind`)',
  'pagefind/pagefind-worker.js': 'fetch("pagefind-entry.json")',
  'pagefind/pagefind-component-ui.js': 'import("/pagefind/pagefind.js")',
  'pagefind/pagefind-component-ui.css': '',
  'pagefind/pagefind-ui.js': 'import("/pagefind/pagefind.js")',
  'pagefind/pagefind-ui.css': '',
  'pagefind/pagefind-modular-ui.js': '',
  'pagefind/pagefind-modular-ui.css': '',
  'pagefind/pagefind-highlight.js': '',
  'pagefind/wasm.en.pagefind': '',
  'pagefind/wasm.unknown.pagefind': '',
};
const names = (files: string[]) => files.map((file) => path.relative(dist, file)).sort();

describe('unused search files', () => {
  test('are the interfaces no page names and the engines of languages the index lacks; what is named, and what that names, stays', () => {
    site({
      ...bundle,
      'index.html': '<p>Home</p>',
      '_astro/search.js': 'load("/pagefind/pagefind-component-ui.js","/pagefind/pagefind-component-ui.css")',
    });
    expect(names(unusedPagefindFiles(dist))).toEqual([
      'pagefind/pagefind-highlight.js',
      'pagefind/pagefind-modular-ui.css',
      'pagefind/pagefind-modular-ui.js',
      'pagefind/pagefind-ui.css',
      'pagefind/pagefind-ui.js',
      'pagefind/wasm.unknown.pagefind',
    ]);
  });

  test('a site using Pagefind through its own interface keeps only the engine, worker and index', () => {
    site({ ...bundle, '_astro/own-search.js': 'await import("/pagefind/pagefind.js")' });
    expect(names(unusedPagefindFiles(dist))).toEqual([
      'pagefind/pagefind-component-ui.css',
      'pagefind/pagefind-component-ui.js',
      'pagefind/pagefind-highlight.js',
      'pagefind/pagefind-modular-ui.css',
      'pagefind/pagefind-modular-ui.js',
      'pagefind/pagefind-ui.css',
      'pagefind/pagefind-ui.js',
      'pagefind/wasm.unknown.pagefind',
    ]);
  });
});
