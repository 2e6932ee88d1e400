import path from 'node:path';
import { expect, test } from 'vitest';
import { builtPages } from '../../../src/lib/built-pages.ts';
import { distDir } from '../../support/built-dist.ts';
import { htmlText as text } from '../../support/html-tree.ts';
import { secondYearDir } from '../../support/page-text.ts';
import { repoRoot } from '../../support/repo-root.ts';

// Every table of the built sites (the real one, and the second-year fixture with its comparisons),
// read from the HTML files: no browser is needed.

const sites = [distDir, secondYearDir];

/** Each table's body rows as cell texts, with its page. */
function tables(dist: string): { page: string; caption: string; rows: string[][] }[] {
  return builtPages(dist).flatMap((page) =>
    [...page.html.matchAll(/<table\b[^>]*>([\s\S]*?)<\/table>/g)].map((table) => {
      const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(table[1]!)?.[1] ?? '';
      return {
        page: page.urlPath,
        caption: text(/<caption>([\s\S]*?)<\/caption>/.exec(table[1]!)?.[1] ?? ''),
        rows: [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
          [...row[1]!.matchAll(/<t[hd]\b[^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => text(cell[1]!)),
        ),
      };
    }),
  );
}

test('the built sites are there to read', () => {
  expect(sites.length).toBeGreaterThan(0);
  expect(tables(sites[0]!).length).toBeGreaterThan(1);
});

for (const dist of sites) {
  test(`no table in ${path.relative(repoRoot, dist)} has a column that says the same in every row`, () => {
    const repeated: string[] = [];
    for (const table of tables(dist).filter((t) => t.rows.length > 1)) {
      const columns = Math.max(...table.rows.map((row) => row.length));
      for (let column = 0; column < columns; column++) {
        const values = new Set(table.rows.map((row) => row[column]));
        if (values.size === 1) repeated.push(`${table.page} "${table.caption}" column ${column + 1}: ${[...values][0]}`);
      }
    }
    expect(repeated).toEqual([]);
  });
}

test('a column dropped for saying the same in every row is said once, in the caption', () => {
  const captions = tables(sites[0]!).map((table) => table.caption);
  expect(captions.some((caption) => caption.endsWith('All figures: Cambridgeshire & Peterborough'))).toBe(true);
});
