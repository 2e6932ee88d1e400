import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { FRONTMATTER } from '../lib/content-layout.ts';
import type { ContentFile } from '../model/types.ts';
import type { ContentProblem } from './types.ts';

/**
 * Editors find a place in a file by its line, not by counting list items ("item 38"). The checks
 * name a place as a path (`achievements item 4 → partners item 1`, `item 38 → value`); this turns
 * each into the line it is on and the field names alone (`line 31 → partners`).
 */

interface Source {
  readonly doc: Document.Parsed;
  readonly lines: LineCounter;
  /** Lines before the YAML starts: 1 for an MDX file's frontmatter (the opening `---`). */
  readonly offset: number;
}

function readSource(file: string, files: ReadonlyMap<string, ContentFile>, cache: Map<string, Source | undefined>): Source | undefined {
  if (cache.has(file)) return cache.get(file);
  let source: Source | undefined;
  try {
    // The text the content model read: a file refused for being a link or too large has none.
    const text = files.get(file)?.text;
    if (text === undefined) throw new Error('not read');
    const yaml = file.endsWith('.mdx') ? FRONTMATTER.exec(text)?.[1] : text;
    if (yaml !== undefined) {
      const lines = new LineCounter();
      const doc = parseDocument(yaml, { lineCounter: lines });
      if (doc.errors.length === 0) source = { doc, lines, offset: file.endsWith('.mdx') ? 1 : 0 };
    }
  } catch {
    source = undefined;
  }
  cache.set(file, source);
  return source;
}

/** `achievements item 4 → partners item 1` as a path: ['achievements', 3, 'partners', 0]. */
function parseField(field: string): (string | number)[] | undefined {
  const path: (string | number)[] = [];
  for (const segment of field.split(' → ')) {
    const match = /^(?:([\w-]+) )?item (\d+)$/.exec(segment);
    if (match) {
      if (match[1]) path.push(match[1]);
      path.push(Number(match[2]) - 1);
    } else if (/^[\w-]+$/.test(segment)) path.push(segment);
    else return undefined;
  }
  return path;
}

interface Located {
  readonly line: number;
  /** The field names of the path, without list positions: `achievements → partners`. */
  readonly names: string;
}

/** The line of the deepest node of `path` that exists (a missing field is reported on its item's line). */
function locate(source: Source, path: readonly (string | number)[], key?: string): Located | undefined {
  let offset: number | undefined;
  for (let depth = path.length; depth >= 1 && offset === undefined; depth--) {
    const node: unknown = source.doc.getIn(path.slice(0, depth), true);
    if (depth === path.length && key && isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
      if (pair && isScalar(pair.key)) offset = pair.key.range?.[0];
    }
    if (offset === undefined && node && typeof node === 'object' && 'range' in node) {
      offset = (node as { range?: [number, number, number] }).range?.[0];
    }
  }
  if (offset === undefined) return undefined;
  return {
    line: source.lines.linePos(offset).line + source.offset,
    names: path.filter((p): p is string => typeof p === 'string').join(' → '),
  };
}

/** A problem at a line, with the field names alone (or none). */
function placed(problem: ContentProblem, message: string, line: number, field?: string): ContentProblem {
  const { file, hint, column, unreadable } = problem;
  return {
    file,
    line,
    ...(field ? { field } : {}),
    ...(problem.field && problem.field !== field && !/^line \d+$/.test(problem.field) ? { place: problem.field } : {}),
    message,
    ...(hint ? { hint } : {}),
    ...(column ? { column } : {}),
    ...(unreadable ? { unreadable } : {}),
  };
}

/**
 * The same problems, each naming the line it is on instead of list positions; a problem whose
 * place cannot be found (its file unreadable, or no field) is kept as it was.
 */
export function locateProblems(problems: readonly ContentProblem[], files: ReadonlyMap<string, ContentFile>): ContentProblem[] {
  const cache = new Map<string, Source | undefined>();
  // "… is also used by content/figures/2024-25.yaml (item 2)" names the other place by line too.
  const otherPlaces = (message: string) =>
    message.replace(/(\S+\.(?:yaml|mdx)) \(([^()]*item \d+[^()]*)\)/g, (whole, file: string, field: string) => {
      const source = readSource(file, files, cache);
      const fieldPath = parseField(field);
      const found = source && fieldPath && locate(source, fieldPath);
      return found ? `${file} (line ${found.line})` : whole;
    });
  return problems.map((problem) => {
    const message = otherPlaces(problem.message);
    // A check that already knows the line names it as the field ("line 13"): say it the same way as the rest.
    const lineField = /^line (\d+)$/.exec(problem.field ?? '');
    if (lineField) {
      return placed(problem, message, Number(lineField[1]));
    }
    const unexpected = /^unexpected field "([^"]+)"/.exec(problem.message)?.[1];
    if (problem.line === undefined && !problem.field && unexpected) {
      const source = readSource(problem.file, files, cache);
      const root = source?.doc.contents;
      const pair = isMap(root) ? root.items.find((item) => isScalar(item.key) && item.key.value === unexpected) : undefined;
      const offset = pair && isScalar(pair.key) ? pair.key.range?.[0] : undefined;
      return offset === undefined || !source ? problem : { ...problem, line: source.lines.linePos(offset).line + source.offset };
    }
    if (problem.line !== undefined || !problem.field) {
      return message === problem.message ? problem : { ...problem, message };
    }
    const fieldPath = parseField(problem.field);
    const source = readSource(problem.file, files, cache);
    const found = source && fieldPath && locate(source, fieldPath, unexpected);
    if (!found) return { ...problem, message };
    return placed(problem, message, found.line, found.names);
  });
}
