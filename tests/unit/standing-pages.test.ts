import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { reservedPageIds } from '../../src/schemas/page.ts';
import { repoRoot } from '../support/repo-root.ts';

// A standing page is shown at /<its file name>/ by src/pages/[page].astro; the checker refuses a file
// named like another route (tests/unit/validate-content.test.ts pins the message).
const routes = readdirSync(path.join(repoRoot, 'src/pages'));

test('every other route at the top of src/pages/ is a name no standing page can take', () => {
  const named = routes.filter((name) => !name.startsWith('[')).map((name) => name.replace(/\.(astro|ts)$/, ''));
  expect(named).toEqual(expect.arrayContaining(['404', 'glossary', 'index', 'partners', 'search']));
  expect(reservedPageIds).toEqual(expect.arrayContaining(named));
});

test('the only other route whose names come from content is the years, refused by their shape', () => {
  // A new [something] route here needs its names refused to standing pages too (src/schemas/page.ts).
  expect(routes.filter((name) => name.startsWith('[')).sort()).toEqual(['[page].astro', '[year]']);
});
