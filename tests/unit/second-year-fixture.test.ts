import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../support/repo-root.ts';

// The second-year fixture lays a copy of Year One's victim/survivor voice progress over the real one,
// with two made-up priorities added (tests/fixtures/sites/second-year/README.md). The copy must stay
// the real file plus those two, or the fixture site would show a Year One that is not the report's.
const frontMatter = (file: string) => parse(readFileSync(path.join(repoRoot, file), 'utf8').split('---')[1]!) as Record<string, unknown[]>;

test("the fixture's Year One file is the real one with two priorities added at the end", () => {
  const real = frontMatter('content/progress/2024-25/victim-survivor-voice.mdx');
  const copy = frontMatter('tests/fixtures/sites/second-year/progress/2024-25/victim-survivor-voice.mdx');
  expect(copy['achievements']).toEqual(real['achievements']);
  expect(copy['priorities']!.slice(0, real['priorities']!.length)).toEqual(real['priorities']);
  expect(copy['priorities']!.slice(real['priorities']!.length).map((p) => (p as { id: string }).id)).toEqual([
    'fixture-year-one-dropped-priority',
    'fixture-year-one-unreported-priority',
  ]);
  expect(Object.keys(copy).sort()).toEqual(Object.keys(real).sort());
});
