import { appendFileSync, globSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { mdxToMdast } from 'satteri';
import { afterEach, describe, expect, test } from 'vitest';
import { figureNumberIn } from '../../src/lib/stated-numbers.ts';
import { figureTagsIn } from '../../src/model/figure-tags.ts';
import { withFigureValues } from '../../src/model/figure-values.ts';
import { contentModel, fileOf, namesIn, readModel } from '../../src/model/index.ts';
import type { MdxTree } from '../../src/model/types.ts';
import { contentWithOverlay } from '../support/content-overlay.ts';
import { repoRoot } from '../support/repo-root.ts';

// The content model (src/model/) reads every content file once, into the data every other reader
// takes: what it reads, what it keeps of each file, and when it reads again.

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});

function copyOfContent(): string {
  const copy = contentWithOverlay(undefined);
  cleanup = copy.cleanup;
  return copy.dir;
}

describe('the model of content/', () => {
  const model = contentModel(path.join(repoRoot, 'content'));

  test('reads every content file once, keeping its text, and finds nothing wrong', () => {
    expect(model.problems).toEqual([]);
    const onDisk = globSync('**/*.{mdx,yaml}', { cwd: path.join(repoRoot, 'content') }).map((file) => `content/${file}`);
    expect([...model.files.keys()]).toEqual(onDisk.sort());
    for (const [file, { text }] of model.files) expect(text, file).toBe(readFileSync(path.join(repoRoot, file), 'utf8'));
    expect(fileOf(model, 'pages/about.mdx')?.mdx?.tree?.type).toBe('root');
    expect(namesIn(model, 'pages', 'mdx')).toEqual(['about', 'accessibility', 'get-help', 'staying-safe-online']);
  });

  test("each figure's value is the number its achievement's text states, in the order written", () => {
    expect(model.content.figures.length).toBe(model.asWritten.figures.length);
    for (const figure of model.content.figures) {
      const progress = model.asWritten.progress.filter((p) => p.id.startsWith(`${figure.data.year}/`));
      const text = progress.flatMap((p) => p.data.achievements).find((a) => a.id === figure.data.statement)!.text;
      expect(figure.data.value, figure.id).toBe(figureNumberIn(text, figure.data)!.value);
    }
  });

  test('a figure whose text states no number it can take is left out of the content with values', () => {
    const [progress] = model.asWritten.progress.filter((p) => p.id === '2024-25/awareness');
    const statement = model.asWritten.figures[0]!.data.statement;
    const changed = {
      ...model.asWritten,
      progress: [
        {
          ...progress!,
          data: {
            ...progress!.data,
            achievements: progress!.data.achievements.map((a) => (a.id === statement ? { ...a, text: 'No number.' } : a)),
          },
        },
      ],
    };
    const ids = withFigureValues(changed).figures.map((f) => f.id);
    expect(ids).not.toContain(model.asWritten.figures[0]!.id);
    expect(ids.length).toBeGreaterThan(0);
  });

  test('is read once, and again only when a file in the folder changes', () => {
    const dir = copyOfContent();
    const first = contentModel(dir);
    expect(contentModel(dir)).toBe(first);
    appendFileSync(path.join(dir, 'pages/about.mdx'), '\nA new line.\n');
    const second = contentModel(dir);
    expect(second).not.toBe(first);
    expect(fileOf(second, 'pages/about.mdx')!.text).toMatch(/A new line\.\n$/);
    expect(fileOf(first, 'pages/about.mdx')!.text).not.toMatch(/A new line/);
  });

  test('the drafts are worked out once, from the parsed content: a draft year takes its progress, figures and charts', () => {
    const dir = copyOfContent();
    expect(contentModel(dir).drafts.years.size).toBe(0);
    appendFileSync(path.join(dir, 'years/2024-25.yaml'), 'draft: true\n');
    const { drafts, asWritten } = contentModel(dir);
    expect([...drafts.years]).toEqual(['2024-25']);
    expect(drafts.progress.size).toBe(asWritten.progress.length);
    expect(drafts.figures.size).toBe(asWritten.figures.length);
    expect(drafts.charts.size).toBe(asWritten.charts.length);
  });

  test('a link is never followed: the file it leads to is not read, and the folder has a problem', () => {
    const dir = copyOfContent();
    symlinkSync('/etc/passwd', path.join(dir, 'pages/passwords.mdx'));
    const model = contentModel(dir);
    expect(model.problems.map((p) => p.message)).toEqual([expect.stringMatching(/^a symbolic link, not a file/)]);
    expect([...model.files.keys()].some((file) => file.endsWith('passwords.mdx'))).toBe(false);
    expect([...model.files.values()].some(({ text }) => text.includes('root:'))).toBe(false);
  });
});

describe('the folder as a save would leave it (an overlay): nothing written, nothing copied', () => {
  test("a saved file's new text is read in place of its own, a new file is read, a deleted one is gone", () => {
    const dir = copyOfContent();
    const aboutBefore = readFileSync(path.join(dir, 'pages/about.mdx'), 'utf8');
    const model = readModel(
      dir,
      new Map([
        ['pages/about.mdx', aboutBefore.replace('This site reports the progress', 'This site reports, now, the progress')],
        ['pages/young-people.mdx', '---\ntitle: Young people\n---\n\nHello.\n'],
        ['pages/staying-safe-online.mdx', null],
      ]),
    );
    expect(fileOf(model, 'pages/about.mdx')!.text).toContain('This site reports, now, the progress');
    expect(namesIn(model, 'pages', 'mdx')).toEqual(['about', 'accessibility', 'get-help', 'young-people']);
    expect(model.existing.pages).toEqual(['about', 'accessibility', 'get-help', 'young-people']);
    expect(readFileSync(path.join(dir, 'pages/about.mdx'), 'utf8')).toBe(aboutBefore);
    expect(globSync('pages/*', { cwd: dir }).sort()).toEqual([
      'pages/about.mdx',
      'pages/accessibility.mdx',
      'pages/get-help.mdx',
      'pages/staying-safe-online.mdx',
    ]);
  });

  test('a saved file is held to the same rules as one on disk: a name outside the alphabet, or too large, is refused', () => {
    const dir = copyOfContent();
    const model = readModel(
      dir,
      new Map([
        ['pages/Young People.mdx', '---\ntitle: Young people\n---\n'],
        ['pages/huge.mdx', `---\ntitle: Huge\n---\n${'x'.repeat(300 * 1024)}`],
      ]),
    );
    expect(model.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^a file that cannot be published: its name has characters other than/),
      expect.stringMatching(/^the file is 301 KB; a content file may be at most 256 KB/),
    ]);
    expect(namesIn(model, 'pages', 'mdx')).not.toContain('Young People');
  });
});

describe('<Figure> tags, read from the tree the build compiles', () => {
  const tagsOf = (body: string, lineOffset = 3) =>
    figureTagsIn('content/pages/x.mdx', { text: body, mdx: { body, lineOffset, tree: mdxToMdast(body) as MdxTree } });

  test('each tag with its id, its year in any order, its line in the file and its opening tag as written', () => {
    const body = 'Text <Figure id="a" /> here.\n\n<Figure year="2024-25" id="b" />\n\nAnd <Figure id="c" year="2023-24">x</Figure>.\n';
    expect(tagsOf(body)).toEqual([
      { file: 'content/pages/x.mdx', tag: '<Figure id="a" />', id: 'a', year: undefined, line: 4 },
      { file: 'content/pages/x.mdx', tag: '<Figure year="2024-25" id="b" />', id: 'b', year: '2024-25', line: 6 },
      { file: 'content/pages/x.mdx', tag: '<Figure id="c" year="2023-24">', id: 'c', year: '2023-24', line: 8 },
    ]);
  });

  test('text that only looks like a tag is none: in code, in a fenced block, or another component', () => {
    const body = 'Write `<Figure id="a" />` to show one.\n\n```\n<Figure id="b" />\n```\n\n<Figures id="c" />\n';
    expect(tagsOf(body)).toEqual([]);
  });

  test('an id written as an expression is no id: the checker says the tag has none', () => {
    expect(tagsOf('<Figure id={"a"} />\n').map((tag) => tag.id)).toEqual([undefined]);
  });

  test('a file whose body cannot be read as MDX has no tags (its reading problem says why)', () => {
    expect(figureTagsIn('content/pages/x.mdx', { text: '', mdx: { body: '<Figure', lineOffset: 3, tree: undefined } })).toEqual([]);
  });
});
