import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { cmsConfig } from '../../src/cms/config.ts';
import { reservedNamesKey } from '../../src/cms/config-keys.ts';
import { reservedThemeIds, takenThemeNames, yearPageNames } from '../../src/model/reserved-names.ts';
import { reservedPageIds } from '../../src/schemas/page.ts';
import { repoRoot } from '../support/repo-root.ts';

// The names content cannot take because the site's own routes take them are listed once: the checker
// refuses by these lists, and the editor refuses a new file by the same ones before it is saved.

/** The names a folder of src/pages/ gives its routes (not `[param]` routes). */
const routeNames = (folder: string) => [
  ...new Set(
    readdirSync(path.join(repoRoot, folder))
      .filter((name) => !name.startsWith('['))
      .map((name) => name.replace(/\..*$/, '')),
  ),
];

test("every route of a year's own (src/pages/[year]/) is a name no theme can take", () => {
  expect(routeNames('src/pages/[year]')).toEqual(expect.arrayContaining(['figures', 'report', 'priorities']));
  expect(takenThemeNames).toEqual(expect.arrayContaining(routeNames('src/pages/[year]')));
  expect(takenThemeNames).toEqual([...new Set([...yearPageNames, ...reservedThemeIds])].sort());
});

test("the editor's config refuses the names the checker refuses, no more and no fewer", () => {
  const reserved = cmsConfig('content')[reservedNamesKey] as { pages: string[]; themes: string[] };
  expect(reserved.pages).toEqual(reservedPageIds);
  expect(reserved.themes).toEqual(takenThemeNames);
});
