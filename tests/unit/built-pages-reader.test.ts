import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { builtPages } from '../../src/lib/built-pages.ts';

const dist = mkdtempSync(path.join(tmpdir(), 'built-pages-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

test('reads every HTML page of a built site at the address it is served at, in address order', () => {
  mkdirSync(path.join(dist, '2024-25', 'awareness'), { recursive: true });
  writeFileSync(path.join(dist, 'index.html'), '<p>home</p>');
  writeFileSync(path.join(dist, '404.html'), '<p>not found</p>');
  writeFileSync(path.join(dist, '2024-25', 'awareness', 'index.html'), '<p>theme</p>');
  writeFileSync(path.join(dist, '2024-25', 'priorities.csv'), 'not a page');
  const pages = builtPages(dist);
  expect(pages.map((page) => page.urlPath)).toEqual(['/', '/2024-25/awareness/', '/404.html']);
  expect(pages[1]).toEqual({
    urlPath: '/2024-25/awareness/',
    file: path.join(dist, '2024-25', 'awareness', 'index.html'),
    html: '<p>theme</p>',
  });
});
