import { existsSync, globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { repoRoot } from '../support/repo-root.ts';

/**
 * The content checker (src/checker/) is read one file at a time, so its imports go one way only:
 * the families of rules import the shared types and helpers, index.ts imports the families, and
 * nothing in the folder imports index.ts. An import circle (validate-content.ts and
 * validate-figures.ts once imported each other) makes every file of it readable only with the
 * others. These tests walk the real imports, type-only ones included; the walk for circles covers
 * the whole of src/, so none comes back elsewhere either.
 */

const checker = path.join(repoRoot, 'src/checker');

/** The files a module imports (relative imports only: packages cannot import our files back). */
function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map((imported) => imported.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => {
      const target = path.resolve(path.dirname(file), name);
      // Some site code imports without the extension ('./content-layout').
      return [target, `${target}.ts`].find((candidate) => candidate.endsWith('.ts') && existsSync(candidate)) ?? target;
    })
    .filter((target) => target.endsWith('.ts'));
}

/** Every module reachable from `starts`, with the modules it imports. */
function importGraph(starts: readonly string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const pending = [...starts];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (graph.has(file)) continue;
    const imports = importsOf(file);
    graph.set(file, imports);
    pending.push(...imports);
  }
  return graph;
}

/** A circle of imports (its first module repeated at the end), or undefined if there is none. */
function findCircle(graph: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  const done = new Set<string>();
  const onPath: string[] = [];
  const visit = (file: string): string[] | undefined => {
    const at = onPath.indexOf(file);
    if (at !== -1) return [...onPath.slice(at), file];
    if (done.has(file)) return undefined;
    onPath.push(file);
    for (const imported of graph.get(file) ?? []) {
      const circle = visit(imported);
      if (circle) return circle;
    }
    onPath.pop();
    done.add(file);
    return undefined;
  };
  for (const file of graph.keys()) {
    const circle = visit(file);
    if (circle) return circle;
  }
  return undefined;
}

const shown = (file: string) => path.relative(repoRoot, file).split(path.sep).join('/');
const src = path.join(repoRoot, 'src');
const checkerFiles = globSync('**/*.ts', { cwd: checker }).map((file) => path.join(checker, file));
const graph = importGraph(globSync('**/*.ts', { cwd: src }).map((file) => path.join(src, file)));

describe('the content checker imports one way only', () => {
  test('the circle finder finds a circle, however far round, and none where there is none', () => {
    expect(
      findCircle(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
        ]),
      ),
    ).toEqual(['a', 'b', 'c', 'a']);
    expect(
      findCircle(
        new Map([
          ['a', ['b', 'c']],
          ['b', ['c']],
          ['c', []],
        ]),
      ),
    ).toBeUndefined();
  });

  test('it reads every file of src/checker and the rest of src/', () => {
    expect(checkerFiles.map(shown)).toEqual(expect.arrayContaining(['src/checker/index.ts', 'src/checker/types.ts']));
    expect([...graph.keys()].map(shown)).toEqual(
      expect.arrayContaining(['src/checker/read.ts', 'src/lib/content-layout.ts', 'src/schemas/index.ts', 'src/content.config.ts']),
    );
  });

  test('no module of src/ (the checker included) imports itself back, through any number of others', () => {
    expect(findCircle(graph)?.map(shown).join(' → ')).toBeUndefined();
  });

  test('nothing in src/checker imports its index.ts: the entry point is for callers only', () => {
    const index = path.join(checker, 'index.ts');
    const importers = checkerFiles.filter((file) => graph.get(file)?.includes(index)).map(shown);
    expect(importers).toEqual([]);
  });

  test('each check across files is imported by index.ts alone, not by another family', () => {
    const families = ['references', 'site-links', 'plain-text', 'figures', 'charts', 'figure-tags'].map((name) =>
      path.join(checker, `${name}.ts`),
    );
    for (const family of families) {
      const importers = [...graph].filter(([, imports]) => imports.includes(family)).map(([file]) => shown(file));
      expect(importers, shown(family)).toEqual(['src/checker/index.ts']);
    }
  });

  test('the shared types are declared once, in types.ts, and it imports no code', () => {
    const declared = (name: string) =>
      checkerFiles
        .filter((file) => new RegExp(`^(?:export )?(?:interface|type) ${name}\\b`, 'm').test(readFileSync(file, 'utf8')))
        .map(shown);
    for (const name of ['ContentProblem', 'Entry', 'RawEntry', 'ValidContent', 'ExistingIds', 'CheckInput']) {
      expect(declared(name), name).toEqual(['src/checker/types.ts']);
    }
    expect(readFileSync(path.join(checker, 'types.ts'), 'utf8')).not.toMatch(/^import (?!type )/m);
  });
});
