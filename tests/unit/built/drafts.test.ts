import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { secondYearDir as dist } from '../../support/page-text.ts';

// Nothing of a draft reaches a build: the second-year fixture (tests/fixtures/sites/second-year/)
// has a draft year (2026-27, with its figures and a chart) and a draft progress file in a published
// year (2025-26/data.mdx, with a figure stated by its achievement and a chart of that figure).
// Every file the build wrote is read, the search index included, for any word of them.
const draftWords = [/fixture draft/i, /fixture-draft/, /draft-year/, /\b321\b.*fixture/i];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

/** A file's text; Pagefind's index files are gzipped. */
function textOf(file: string): string {
  const bytes = readFileSync(file);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return gunzipSync(bytes).toString('latin1');
  return bytes.toString('latin1');
}

test('no file of the built site holds anything of a draft, figures, charts and search index included', () => {
  const built = files(dist);
  expect(built.length).toBeGreaterThan(50);
  expect(built.filter((file) => file.includes('2026-27'))).toEqual([]);
  const leaks = built.filter((file) => !/\.(png|wasm|woff2?)$/.test(file) && draftWords.some((word) => word.test(textOf(file))));
  expect(leaks).toEqual([]);
  // The check reads the search index: a published achievement of the same fixture is found in it.
  const index = built.filter((file) => file.includes(`${path.sep}pagefind${path.sep}`) && file.endsWith('.pf_fragment'));
  expect(index.some((file) => textOf(file).includes('Fixture awareness achievement for Year Two'))).toBe(true);
});
