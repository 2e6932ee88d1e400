import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { validateContent } from '../../src/checker/index.ts';
import { firstChange, problemsAfterSave } from '../../src/cms/check-save.ts';
import { contentWithOverlay } from '../support/content-overlay.ts';

// The form editor's local back end runs the whole content check over the content as it would be
// after a save (src/cms/check-save.ts): only the problems the save adds refuse it.

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** A copy of the content, served as the editor's back end serves it: the repository is its parent folder. */
function copy() {
  const overlay = contentWithOverlay(undefined);
  cleanup = overlay.cleanup;
  const repo = path.dirname(overlay.dir);
  const name = path.basename(overlay.dir);
  const file = (relative: string) => path.join(overlay.dir, relative);
  const saved = (relative: string, change: (text: string) => string) => ({
    path: `${name}/${relative}`,
    raw: change(readFileSync(file(relative), 'utf8')),
  });
  const named = (text: string) => text.replaceAll(path.relative(process.cwd(), overlay.dir).split(path.sep).join('/'), 'content');
  return { dir: overlay.dir, repo, file, saved, named };
}

describe('a save checked across files before it is written', () => {
  test('a correction of a number in its text alone passes: the figure follows it', () => {
    const { dir, repo, saved } = copy();
    const change = saved('progress/2024-25/reducing-risk.mdx', (t) => t.replace('text: 1,237 cases', 'text: 1,241 cases'));
    expect(problemsAfterSave(repo, dir, [change])).toEqual([]);
  });

  test("a text that loses the number a figure takes is refused, naming the figures file, with the text's field as the change", () => {
    const { dir, repo, saved, named } = copy();
    const change = saved('progress/2024-25/reducing-risk.mdx', (t) => t.replace('text: 1,237 cases heard', 'text: Cases heard'));
    const problems = problemsAfterSave(repo, dir, [change]);
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(named(problem!.file)).toBe('content/figures/2024-25.yaml');
    expect(named(problem!.message)).toBe(
      '"marac-cases" takes its number from the 1st number of the text of "marac-cases-heard" (content/progress/2024-25/reducing-risk.mdx), but that text has no number: "Cases heard at the Multi Agency Risk Assessment Conference (MARAC)"',
    );
    expect(named(problem!.changed!.file)).toBe('content/progress/2024-25/reducing-risk.mdx');
    expect(problem!.changed!.field).toBe('achievements item 1 → text');
  });

  test('content that already has a problem: a save that leaves it is not refused for it, and the fix is saved', () => {
    const { dir, repo, file, saved } = copy();
    // A partner id no achievement may name any more: the content has one problem before the save.
    writeFileSync(file('partners.yaml'), readFileSync(file('partners.yaml'), 'utf8').replace('- id: safelives', '- id: safe-lives'));
    expect(validateContent(dir).problems.length).toBeGreaterThan(0);
    const other = saved('pages/about.mdx', (t) => t.replace('This site reports the progress', 'This site reports progress'));
    expect(problemsAfterSave(repo, dir, [other])).toEqual([]);
    const fix = saved('partners.yaml', (t) => t.replace('- id: safe-lives', '- id: safelives'));
    expect(problemsAfterSave(repo, dir, [fix])).toEqual([]);
  });

  test('a deletion is checked too: a theme that progress files need cannot go', () => {
    const { dir, repo, named } = copy();
    const problems = problemsAfterSave(repo, dir, [{ path: `${path.basename(dir)}/themes/awareness.mdx`, raw: null }]);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.map((p) => named(p.file))).toContain('content/progress/2024-25/awareness.mdx');
  });

  test('a published id changed is refused beside it: the links people share would break', () => {
    const { dir, repo, saved, named } = copy();
    const change = saved('progress/2024-25/awareness.mdx', (t) =>
      t.replace('- id: hospitals-cpft-sexual-safety-policies', '- id: hospital-policies'),
    );
    expect(problemsAfterSave(repo, dir, [change]).map((p) => ({ ...p, file: named(p.file) }))).toEqual([
      {
        file: 'content/progress/2024-25/awareness.mdx',
        field: 'achievements item 2 → id',
        message:
          'the id "hospitals-cpft-sexual-safety-policies" is published, so it never changes: the links people share end in #hospitals-cpft-sexual-safety-policies (here changed to "hospital-policies")',
        hint: 'put back "hospitals-cpft-sexual-safety-policies"; only a new item gets a new id',
      },
    ]);
  });

  test('a path outside the content folder is not the checker’s: nothing is checked or refused', () => {
    const { dir, repo } = copy();
    expect(problemsAfterSave(repo, dir, [{ path: 'elsewhere/notes.yaml', raw: 'x: [' }])).toEqual([]);
  });
});

describe('the field a change is in', () => {
  test('is the first that differs, as the checker names fields', () => {
    expect(firstChange({ a: [{ t: 'x' }, { t: 'y' }] }, { a: [{ t: 'x' }, { t: 'z' }] })).toEqual(['a', 1, 't']);
    expect(firstChange([{ id: 'a' }], [{ id: 'a' }, { id: 'b' }])).toEqual([1]);
    expect(firstChange({ a: 1 }, { a: 1 })).toBeUndefined();
  });
});
