import path from 'node:path';
import { mdxToMdast } from 'satteri';
import { parseDocument } from 'yaml';
import { contentLayout, entryId, FRONTMATTER, listFileYear, yearlyId, type CollectionName } from '../lib/content-layout.ts';
import { contentFileLimit, contentTreeProblems, pathNameProblem, plainFiles, readBounded, UnreadableFile } from '../lib/safe-files.ts';
import { yamlLimits, yamlShapeProblem } from '../lib/safe-yaml.ts';
import { fieldNamesAt } from '../schemas/json-schema.ts';
import { lineAt, lineStarts } from '../checker/file-text.ts';
import { problemFromIssue } from '../checker/problems.ts';
import { fileSizeProblem, mdxProblems } from '../checker/safety/allow-list.ts';
import { characterProblems, curlyQuoteCause } from '../checker/safety/characters.ts';
import { numberProblems } from '../checker/safety/numbers-in-text.ts';
import { unsafeMarkup } from '../checker/safety/yaml-markup.ts';
import type { ContentAsWritten, ContentProblem, Entry, ExistingIds, RawEntry } from '../checker/types.ts';
import { plainYamlError } from '../checker/yaml-errors.ts';
import type { ContentFile, MdxTree } from './types.ts';

/**
 * Reading: every content file, where src/lib/content-layout.ts says each kind lives, parsed
 * (YAML, an MDX file's frontmatter and body) and checked against its schema. What cannot be read
 * is reported here, once per file, with the safety checks that run on the text itself (size,
 * invisible characters, markup in YAML, the MDX allow-list). Each file's text, and an MDX file's
 * body and tree, are kept (`files`): nothing after this reads a content file again.
 */

/** Parses YAML, reporting the first syntax error in plain words on its line rather than throwing. */
function parseYaml(text: string, file: string, problems: ContentProblem[], lineOffset = 0): unknown {
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(text);
  } catch {
    // Only nesting deep enough to exhaust the parser's stack gets here.
    problems.push({
      file,
      unreadable: true,
      message: 'cannot be read: the fields are nested too deeply',
      hint: 'content needs a few levels at most: check the indentation, or the brackets [ ] and { }',
    });
    return undefined;
  }
  // The first error is the one to fix; the rest follow from it.
  const [error] = doc.errors;
  if (error && /call stack/i.test(error.message)) {
    // Nesting deep enough to exhaust the parser's stack: said as what it is, not as the parser's words.
    problems.push({
      file,
      line: 1 + lineOffset,
      unreadable: true,
      message: `cannot be read: the fields are nested more than ${yamlLimits.depth} levels deep`,
      hint: 'content needs a few levels at most: check the indentation, or the brackets [ ] and { }',
    });
    return undefined;
  }
  if (error) {
    const lines = text.split(/\r?\n/);
    const plain = plainYamlError(error, lines);
    const quote = curlyQuoteCause(lines[plain.line - 1] ?? '');
    problems.push({
      file,
      line: plain.line + lineOffset,
      message: quote
        ? `cannot be read: the text starts with ${quote}, which does not work as a quote here`
        : `cannot be read: ${plain.message}`,
      hint: quote ? 'wrap the whole text in straight double quotes, like text: "“Police: survey” results"' : plain.hint,
      unreadable: true,
    });
    return undefined;
  }
  const shape = yamlShapeProblem(doc);
  if (shape) {
    const line = shape.offset === undefined ? undefined : lineAt(lineStarts(text), shape.offset);
    problems.push({
      file,
      ...(line ? { line: line + lineOffset } : {}),
      unreadable: true,
      message: `cannot be read: ${shape.message}`,
      hint: shape.hint,
    });
    return undefined;
  }
  return doc.toJS();
}

/**
 * Parses an MDX body the way the build will (Astro 7 compiles MDX with satteri), so that an
 * unclosed tag or brace is reported by `npm run check` with its line, not only by the build.
 */
function checkMdxBody(body: string, file: string, problems: ContentProblem[], lineOffset: number): MdxTree | undefined {
  try {
    const tree = mdxToMdast(body) as MdxTree;
    problems.push(...mdxProblems(tree, file, lineOffset));
    return tree;
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const [, line, rawReason] = /^(\d+):\d+: (.*?)(?: \(mdx-[\w:-]+\))?$/s.exec(text) ?? [undefined, undefined, text];
    // Positions inside the reason count from the body, not the file: drop them, the line is given.
    const reason = rawReason?.replace(/ \(\d+:\d+\)/g, '');
    problems.push({
      file,
      ...(line ? { line: Number(line) + lineOffset } : {}),
      unreadable: true,
      message: `the text cannot be read as MDX: ${reason}`,
      hint: 'every <Tag> needs a closing </Tag> or must end with />, and every { a matching }; to show a < or { as text, write \\< or \\{',
    });
    return undefined;
  }
}

/**
 * A content file's text, or undefined (and a problem) if it is too large to be a page's content or
 * is not a plain file (a link or device, already reported by treeProblems: not said twice).
 * Throws UnreadableFile('missing') for a file that is not there.
 */
function readContentFile({ root, problems, files, overlay }: Reading, absolute: string, file: string): string | undefined {
  try {
    const written = overlay?.get(path.relative(root, absolute).split(path.sep).join('/'));
    if (written === null) throw new UnreadableFile('missing', `${absolute} is missing`);
    if (written !== undefined && Buffer.byteLength(written) > contentFileLimit) {
      throw new UnreadableFile('too-large', `${absolute} is larger than ${contentFileLimit} bytes`, Buffer.byteLength(written));
    }
    const text = written ?? readBounded(absolute, contentFileLimit).toString('utf8');
    files.set(file, { text });
    return text;
  } catch (error) {
    if (!(error instanceof UnreadableFile) || error.reason === 'missing') throw error;
    if (error.reason === 'too-large') problems.push({ file, unreadable: true, ...fileSizeProblem(error.size)! });
    return undefined;
  }
}

/** What reading needs beside the folder: where problems go, and where each file's text is kept. */
interface Reading {
  readonly root: string;
  readonly repoRelative: (absolute: string) => string;
  readonly problems: ContentProblem[];
  readonly files: Map<string, ContentFile>;
  readonly overlay: Overlay | undefined;
}

/**
 * Files as a save would leave them, by their path under the content folder (`pages/about.mdx`): the
 * new text, or null for a file deleted. Read in place of the folder's own, for the editor's check
 * before a save (src/cms/check-save.ts): nothing is written or copied to find what a save would break.
 */
export type Overlay = ReadonlyMap<string, string | null>;

/** The files matching a pattern, as plainFiles() finds them on disk, with a save's files in place of the folder's. */
function filesMatching({ root, overlay }: Reading, pattern: string): string[] {
  const onDisk = plainFiles(root, pattern);
  if (!overlay) return onDisk;
  const written = [...overlay]
    .filter(([relative, text]) => text !== null && path.matchesGlob(relative, pattern))
    .map(([relative]) => relative);
  return [...new Set([...onDisk, ...written])]
    .filter((relative) => overlay.get(relative) !== null && !pathNameProblem('', relative))
    .sort();
}

function readEntries(reading: Reading, name: CollectionName): RawEntry[] {
  const { root, repoRelative, problems, files } = reading;
  const layout = contentLayout[name];
  if ('listFile' in layout) {
    const absolute = path.join(root, layout.listFile);
    const file = repoRelative(absolute);
    let text: string | undefined;
    try {
      text = readContentFile(reading, absolute, file);
    } catch (error) {
      if (!(error instanceof UnreadableFile)) throw error;
      problems.push({ file, message: 'the file is missing', hint: `restore ${layout.listFile}: it lists the ${name}` });
      return [];
    }
    return text === undefined ? [] : listItems(text, file, name, problems);
  }
  if ('listPattern' in layout) return readListFiles(reading, layout.listPattern, name);
  return filesMatching(reading, layout.pattern).flatMap((relative) => {
    const absolute = path.join(root, relative);
    const file = repoRelative(absolute);
    const text = readContentFile(reading, absolute, file);
    if (text === undefined) return [];
    const frontmatter = relative.endsWith('.mdx') ? FRONTMATTER.exec(text) : undefined;
    const yamlEnd = frontmatter ? frontmatter[0].length : relative.endsWith('.mdx') ? 0 : text.length;
    const characters = characterProblems(text, file, { start: 0, end: yamlEnd });
    problems.push(...characters, ...numberProblems(text, file, yamlEnd));
    if (characters.length > 0) return [];
    const id = entryId(relative);
    if (relative.endsWith('.mdx')) {
      const match = frontmatter;
      if (!match) {
        problems.push({
          file,
          unreadable: true,
          message: 'the file has no frontmatter',
          hint: 'it must start with a line "---", then its fields, then another "---"',
        });
        return [];
      }
      problems.push(...unsafeMarkup(match[1] ?? '', file, 1));
      const data = parseYaml(match[1] ?? '', file, problems, 1);
      // One problem per unreadable file: its text is not read as MDX while its fields cannot be.
      if (data === undefined) return [];
      const body = text.slice(match[0].length);
      const lineOffset = match[0].split('\n').length - 1;
      const tree = checkMdxBody(body, file, problems, lineOffset);
      files.set(file, { text, mdx: { body, lineOffset, tree } });
      return [{ id, file, data: data ?? {} }];
    }
    problems.push(...unsafeMarkup(text, file));
    const data = parseYaml(text, file, problems);
    return data === undefined ? [] : [{ id, file, data: data ?? {} }];
  });
}

/** Every item of every YAML list file matching `pattern`, each knowing its file and position. */
function readListFiles(reading: Reading, pattern: string, name: CollectionName): RawEntry[] {
  const { root, repoRelative, problems } = reading;
  return filesMatching(reading, pattern).flatMap((relative) => {
    const absolute = path.join(root, relative);
    const file = repoRelative(absolute);
    const text = readContentFile(reading, absolute, file);
    return text === undefined ? [] : listItems(text, file, name, problems);
  });
}

/** The items of one YAML list file, each knowing its file and position. */
function listItems(text: string, file: string, name: CollectionName, problems: ContentProblem[]): RawEntry[] {
  const characters = characterProblems(text, file, { start: 0, end: text.length });
  problems.push(...characters, ...numberProblems(text, file, text.length));
  if (characters.length > 0) return [];
  problems.push(...unsafeMarkup(text, file));
  const data = parseYaml(text, file, problems);
  if (data === undefined) return [];
  if (!Array.isArray(data)) {
    problems.push({ file, message: `expected a list of ${name}, each item starting with "- id:"` });
    return [];
  }
  return data.map((item: unknown, index) => ({
    id: typeof item === 'object' && item !== null && 'id' in item ? String(item.id) : `item ${index + 1}`,
    file,
    data: item,
    index,
  }));
}

function validateCollection(raw: RawEntry[], name: CollectionName, problems: ContentProblem[]): Entry<unknown>[] {
  const schema = contentLayout[name].schema;
  return raw.flatMap((entry, index) => {
    const result = schema.safeParse(entry.data);
    if (result.success)
      return [{ id: entry.id, file: entry.file, data: result.data, ...(entry.index === undefined ? {} : { index: entry.index }) }];
    for (const issue of result.error.issues) {
      // Entries of a list file are named by their position, as an editor finds them.
      const inList = 'listFile' in contentLayout[name] || 'listPattern' in contentLayout[name];
      const located = inList ? { ...issue, path: [entry.index ?? index, ...issue.path] } : issue;
      const knownKeys = fieldNamesAt(schema, issue.path);
      // The value found is quoted from the item at its position in the list.
      const found = inList ? Object.assign([], { [entry.index ?? index]: entry.data }) : entry.data;
      problems.push(problemFromIssue(entry.file, located, found, knownKeys));
    }
    return [];
  });
}

/**
 * The order files are read in, so the order an editor meets their reading problems: the report's
 * files first, the help box's and search's settings last. (Schema problems follow the layout's order.)
 */
const readOrder: readonly CollectionName[] = [
  'strategy',
  'years',
  'themes',
  'progress',
  'partners',
  'pages',
  'glossary',
  'figures',
  'charts',
  'help',
  'safety',
  'search',
];

/**
 * Every content file under `root`, read and checked against its schema: the entries that match,
 * the ids of every entry that exists (valid or not), and the problems found, in the order an
 * editor meets them (files in the order of the layout, then each kind's schema).
 */
export function readContent(
  root: string,
  repoRelative: (absolute: string) => string,
  overlay?: Overlay,
): { problems: ContentProblem[]; content: ContentAsWritten; existing: ExistingIds; files: ReadonlyMap<string, ContentFile> } {
  // The folder's structure first, before any file is read: links, devices and unsafe names (with
  // those of the files a save would write).
  const shown = repoRelative(root) || '.';
  const written = [...(overlay ?? [])].filter(([, text]) => text !== null).map(([relative]) => pathNameProblem(shown, relative));
  const problems: ContentProblem[] = [...contentTreeProblems(root, shown), ...written.filter((p) => p !== undefined)].map((p) => ({
    ...p,
    unreadable: true,
  }));
  const files = new Map<string, ContentFile>();
  const reading: Reading = { root, repoRelative, problems, files, overlay };
  const raw = Object.fromEntries(readOrder.map((name) => [name, readEntries(reading, name)])) as Record<CollectionName, RawEntry[]>;
  /** One value per collection, in the layout's order (the order of schema problems). */
  const perCollection = <T>(make: (name: CollectionName) => T) =>
    Object.fromEntries((Object.keys(contentLayout) as CollectionName[]).map((name) => [name, make(name)])) as Record<CollectionName, T>;
  // Each collection's entries, as its schema (and so ContentAsWritten) types them.
  const content = perCollection((name) => validateCollection(raw[name], name, problems)) as unknown as ContentAsWritten;
  // Items of the yearly lists (figures, charts) are known across years as `<year>/<id>`.
  const existing: ExistingIds = perCollection((name) =>
    raw[name].map((entry) => ('listPattern' in contentLayout[name] ? yearlyId(listFileYear(entry.file), entry.id) : entry.id)),
  );
  return { problems, content, existing, files };
}
