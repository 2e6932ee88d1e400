import { globSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { mdxToMdast } from 'satteri';
import { parseDocument } from 'yaml';
import type {
  Chart,
  Figure,
  GlossaryTerm,
  HelpService,
  Page,
  Partner,
  Progress,
  Safety,
  SearchSettings,
  Strategy,
  Theme,
  Year,
} from '../schemas/index.ts';
import { contentLayout, entryId, listFileYear, yearlyId, type CollectionName } from '../lib/content-layout.ts';
import { fileSizeProblem, mdxProblems } from './safety/allow-list.ts';
import { unsafeMarkup } from './safety/yaml-markup.ts';
import { checkFiguresAndCharts } from './figures.ts';
import { nearest, problemFromIssue, type ContentProblem } from './problems.ts';
import { checkPublicFiles, publicDir } from './safety/public-files.ts';
import { characterProblems, curlyQuoteCause } from './safety/characters.ts';
import { plainYamlError } from './yaml-errors.ts';
import { locateProblems } from './source-lines.ts';
import { checkEditorMistakes } from './site-links.ts';

/** An entry that matched its schema, with the file it came from. */
export interface Entry<T> {
  readonly id: string;
  readonly file: string;
  readonly data: T;
  /** Position in its list file (from 0), for entries of a list file. */
  readonly index?: number;
}

export interface ValidContent {
  readonly strategy: Entry<Strategy>[];
  readonly years: Entry<Year>[];
  readonly themes: Entry<Theme>[];
  readonly progress: Entry<Progress>[];
  readonly partners: Entry<Partner>[];
  readonly pages: Entry<Page>[];
  readonly glossary: Entry<GlossaryTerm>[];
  readonly help: Entry<HelpService>[];
  readonly safety: Entry<Safety>[];
  readonly search: Entry<SearchSettings>[];
  readonly figures: Entry<Figure>[];
  readonly charts: Entry<Chart>[];
}

export interface ValidationResult {
  readonly problems: ContentProblem[];
  readonly content: ValidContent;
}

/**
 * Ids of every entry that exists, whether or not it is valid: a reference to a broken entry is
 * not reported again as a reference to a missing one.
 */
interface ExistingIds {
  readonly strategy: string[];
  readonly years: string[];
  readonly themes: string[];
  readonly partners: string[];
}

interface RawEntry {
  readonly id: string;
  readonly file: string;
  readonly data: unknown;
  /** Position in its list file (from 0), for entries of a list file. */
  readonly index?: number;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---\s*(?:\r?\n|$)/;

/** Parses YAML, reporting the first syntax error in plain words on its line rather than throwing. */
function parseYaml(text: string, file: string, problems: ContentProblem[], lineOffset = 0): unknown {
  const doc = parseDocument(text);
  // The first error is the one to fix; the rest follow from it.
  const [error] = doc.errors;
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
  return doc.toJS();
}

/**
 * Parses an MDX body the way the build will (Astro 7 compiles MDX with satteri), so that an
 * unclosed tag or brace is reported by `npm run check` with its line, not only by the build.
 */
function checkMdxBody(body: string, file: string, problems: ContentProblem[], lineOffset: number): void {
  try {
    problems.push(...mdxProblems(mdxToMdast(body), file, lineOffset));
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
  }
}

/** A content file's text, or undefined (and a problem) if it is too large to be a page's content. */
function readContentFile(absolute: string, file: string, problems: ContentProblem[]): string | undefined {
  const problem = fileSizeProblem(statSync(absolute).size);
  if (problem) {
    problems.push({ file, ...problem });
    return undefined;
  }
  return readFileSync(absolute, 'utf8');
}

function readEntries(root: string, repoRelative: (p: string) => string, name: CollectionName, problems: ContentProblem[]): RawEntry[] {
  const layout = contentLayout[name];
  if ('listFile' in layout) {
    const absolute = path.join(root, layout.listFile);
    const file = repoRelative(absolute);
    let text: string | undefined;
    try {
      text = readContentFile(absolute, file, problems);
    } catch {
      problems.push({ file, message: 'the file is missing', hint: `restore ${layout.listFile}: it lists the ${name}` });
      return [];
    }
    return text === undefined ? [] : listItems(text, file, name, problems);
  }
  if ('listPattern' in layout) return readListFiles(root, repoRelative, layout.listPattern, name, problems);
  return globSync(layout.pattern, { cwd: root })
    .sort()
    .flatMap((relative) => {
      const absolute = path.join(root, relative);
      const file = repoRelative(absolute);
      const text = readContentFile(absolute, file, problems);
      if (text === undefined) return [];
      const frontmatter = relative.endsWith('.mdx') ? FRONTMATTER.exec(text) : undefined;
      const characters = characterProblems(text, file, {
        start: 0,
        end: frontmatter ? frontmatter[0].length : relative.endsWith('.mdx') ? 0 : text.length,
      });
      problems.push(...characters);
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
        checkMdxBody(text.slice(match[0].length), file, problems, match[0].split('\n').length - 1);
        return [{ id, file, data: data ?? {} }];
      }
      problems.push(...unsafeMarkup(text, file));
      const data = parseYaml(text, file, problems);
      return data === undefined ? [] : [{ id, file, data: data ?? {} }];
    });
}

/** Every item of every YAML list file matching `pattern`, each knowing its file and position. */
function readListFiles(
  root: string,
  repoRelative: (p: string) => string,
  pattern: string,
  name: CollectionName,
  problems: ContentProblem[],
): RawEntry[] {
  return globSync(pattern, { cwd: root })
    .sort()
    .flatMap((relative) => {
      const absolute = path.join(root, relative);
      const file = repoRelative(absolute);
      const text = readContentFile(absolute, file, problems);
      return text === undefined ? [] : listItems(text, file, name, problems);
    });
}

/** The items of one YAML list file, each knowing its file and position. */
function listItems(text: string, file: string, name: CollectionName, problems: ContentProblem[]): RawEntry[] {
  const characters = characterProblems(text, file, { start: 0, end: text.length });
  problems.push(...characters);
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

interface SchemaNode {
  shape?: Record<string, unknown>;
  options?: unknown[];
  element?: unknown;
  _zod?: { def?: { innerType?: unknown; in?: unknown } };
}

/** The schema a path inside an entry leads to, through lists, optional fields and defaults. */
function schemaAt(schema: unknown, path: readonly PropertyKey[]): unknown[] {
  const node = schema as SchemaNode | undefined;
  if (!node) return [];
  const inner = node._zod?.def?.innerType ?? node._zod?.def?.in;
  if (inner) return schemaAt(inner, path);
  if (node.options) return node.options.flatMap((option) => schemaAt(option, path));
  if (path.length === 0) return [node];
  const [key, ...rest] = path;
  if (typeof key === 'number') return schemaAt(node.element, rest);
  return node.shape && typeof key === 'string' ? schemaAt(node.shape[key], rest) : [];
}

/** The field names allowed at a path, for "did you mean" hints. */
function knownKeysAt(schema: unknown, path: readonly PropertyKey[]): string[] {
  const nodes = schemaAt(schema, path) as SchemaNode[];
  return [...new Set(nodes.flatMap((node) => Object.keys(node.shape ?? {})))];
}

function validateCollection<T>(raw: RawEntry[], name: CollectionName, problems: ContentProblem[]): Entry<T>[] {
  const schema = contentLayout[name].schema;
  return raw.flatMap((entry, index) => {
    const result = schema.safeParse(entry.data);
    if (result.success)
      return [{ id: entry.id, file: entry.file, data: result.data as T, ...(entry.index === undefined ? {} : { index: entry.index }) }];
    for (const issue of result.error.issues) {
      // Entries of a list file are named by their position, as an editor finds them.
      const inList = 'listFile' in contentLayout[name] || 'listPattern' in contentLayout[name];
      const located = inList ? { ...issue, path: [entry.index ?? index, ...issue.path] } : issue;
      const knownKeys = knownKeysAt(schema, issue.path);
      // The value found is quoted from the item at its position in the list.
      const found = inList ? Object.assign([], { [entry.index ?? index]: entry.data }) : entry.data;
      problems.push(problemFromIssue(entry.file, located, found, knownKeys));
    }
    return [];
  });
}

function duplicates<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return new Map([...groups].filter(([, group]) => group.length > 1));
}

/** Checks what no single schema can: that every reference points at something that exists. */
function checkReferences(content: ValidContent, existing: ExistingIds, problems: ContentProblem[], dir: string): void {
  const { years: yearIds, themes: themeIds, partners: partnerIds } = existing;

  if (existing.strategy.length !== 1) {
    problems.push({ file: `${dir}/strategy/`, message: `expected exactly one strategy file, found ${existing.strategy.length}` });
  }

  for (const [order, themes] of duplicates(content.themes, (t) => String(t.data.order))) {
    for (const theme of themes) {
      problems.push({
        file: theme.file,
        field: 'order',
        message: `order ${order} is also used by ${themes
          .filter((t) => t !== theme)
          .map((t) => t.file)
          .join(', ')}`,
        hint: 'give each theme its own number',
      });
    }
  }
  for (const [term, entries] of duplicates(content.glossary, (g) => g.data.term)) {
    problems.push({
      file: entries[0]!.file,
      field: 'term',
      message: `the term "${term}" is listed ${entries.length} times`,
      hint: 'keep one entry per term',
    });
  }
  for (const [id, entries] of duplicates(content.glossary, (g) => g.id)) {
    problems.push({
      file: entries[0]!.file,
      field: 'id',
      message: `the glossary id "${id}" is used ${entries.length} times`,
      hint: 'each term needs its own id',
    });
  }
  for (const [id, partners] of duplicates(content.partners, (p) => p.id)) {
    problems.push({
      file: partners[0]!.file,
      field: 'id',
      message: `the partner id "${id}" is used ${partners.length} times`,
      hint: 'each partner needs its own id',
    });
  }

  for (const entry of content.progress) {
    const [year, theme] = entry.id.split('/') as [string, string];
    if (!yearIds.includes(year)) {
      problems.push({
        file: entry.file,
        message: `the folder "${year}" is not a year listed in ${dir}/years/`,
        hint: `add ${dir}/years/${year}.yaml, or move the file into one of: ${yearIds.join(', ')}`,
      });
    }
    if (!themeIds.includes(theme)) {
      const guess = nearest(theme, themeIds);
      problems.push({
        file: entry.file,
        message: `the file name "${theme}" is not a theme in ${dir}/themes/`,
        hint: guess ? `did you mean "${guess}.mdx"?` : `name the file after one of: ${themeIds.join(', ')}`,
      });
    }
    entry.data.achievements.forEach((achievement, index) => {
      achievement.partners.forEach((partner, partnerIndex) => {
        if (partnerIds.includes(partner)) return;
        const guess = nearest(partner, partnerIds);
        problems.push({
          file: entry.file,
          field: `achievements item ${index + 1} → partners item ${partnerIndex + 1}`,
          message: `unknown partner "${partner}"; expected an id from ${dir}/partners.yaml`,
          hint: guess ? `did you mean "${guess}"?` : 'add the partner to partners.yaml first',
        });
      });
    });
  }

  for (const year of content.years) {
    const inYear = content.progress.filter((p) => p.id.startsWith(`${year.id}/`));
    if (inYear.length === 0) {
      problems.push({
        file: year.file,
        message: `the year has no progress files`,
        hint: `add them under ${dir}/progress/${year.id}/, one per theme`,
      });
    }
    const anchors = inYear.flatMap((p) => [
      ...p.data.achievements.map((a, i) => ({ id: a.id, file: p.file, field: `achievements item ${i + 1} → id` })),
      ...p.data.priorities.map((a, i) => ({ id: a.id, file: p.file, field: `priorities item ${i + 1} → id` })),
    ]);
    for (const [id, uses] of duplicates(anchors, (a) => a.id)) {
      for (const use of uses) {
        const others = uses.filter((u) => u !== use).map((u) => `${u.file} (${u.field})`);
        problems.push({
          file: use.file,
          field: use.field,
          message: `the id "${id}" is also used by ${others.join(', ')}`,
          hint: 'ids must be unique within a year: they are the links people share',
        });
      }
    }
  }
}

/**
 * Search's "Need help now?" box lists services of help.yaml by id: each must exist there.
 * The file itself must be there, as the search dialog on every page reads it.
 */
function checkSearchHelp(
  content: ValidContent,
  found: { search: number; helpIds: string[] },
  problems: ContentProblem[],
  dir: string,
): void {
  if (found.search === 0) {
    problems.push({
      file: `${dir}/search.yaml`,
      message: 'the file is missing',
      hint: 'restore it: it holds the words that show "Need help now?" above search results',
    });
  }
  // Every service that exists, valid or not: a broken one is reported once, in help.yaml.
  const { helpIds } = found;
  for (const settings of content.search) {
    settings.data.helpServices.forEach((id, index) => {
      if (helpIds.includes(id)) return;
      const near = nearest(id, helpIds);
      problems.push({
        file: settings.file,
        field: `helpServices[${index}]`,
        message: `no service in help.yaml has the id "${id}"`,
        hint: near ? `did you mean "${near}"?` : `expected one of: ${helpIds.join(', ')}`,
      });
    });
  }
}

/**
 * The quick exit and the help box appear on every page, so their content must be there:
 * one safety file, help ids unique, and at least one service in the help box.
 */
function checkSafetyAndHelp(content: ValidContent, found: { safety: number }, problems: ContentProblem[], dir: string): void {
  if (found.safety === 0) {
    problems.push({
      file: `${dir}/safety.yaml`,
      message: 'the file is missing',
      hint: 'restore it: it holds quickExitUrl, where "Exit this page" leads',
    });
  }
  for (const [id, entries] of duplicates(content.help, (h) => h.id)) {
    problems.push({
      file: entries[0]!.file,
      field: 'id',
      message: `the help id "${id}" is used ${entries.length} times`,
      hint: 'each service needs its own id',
    });
  }
  if (content.help.length > 0 && !content.help.some((h) => h.data.inHelpBox)) {
    problems.push({
      file: content.help[0]!.file,
      field: 'inHelpBox',
      message: 'no service has inHelpBox: true',
      hint: 'the "Get help now" box on every page needs at least one number: set inHelpBox: true on 999 and the National Domestic Abuse Helpline',
    });
  }
}

/**
 * Reads and checks every content file under `dir`, listing every problem at once.
 * Used by `npm run check`, by the build (through src/integrations/content-guard.ts) and by tests.
 */
export function validateContent(dir: string): ValidationResult {
  const root = path.resolve(dir);
  const repoRelative = (absolute: string) => path.relative(process.cwd(), absolute).split(path.sep).join('/');
  const shownDir = repoRelative(root);
  const problems: ContentProblem[] = [];
  const raw = (name: CollectionName) => readEntries(root, repoRelative, name, problems);
  const [strategy, years, themes, progress, partners, pages, glossary, figures, charts] = [
    raw('strategy'),
    raw('years'),
    raw('themes'),
    raw('progress'),
    raw('partners'),
    raw('pages'),
    raw('glossary'),
    raw('figures'),
    raw('charts'),
  ];
  const [help, safety, search] = [raw('help'), raw('safety'), raw('search')];
  const content: ValidContent = {
    strategy: validateCollection<Strategy>(strategy, 'strategy', problems),
    years: validateCollection<Year>(years, 'years', problems),
    themes: validateCollection<Theme>(themes, 'themes', problems),
    progress: validateCollection<Progress>(progress, 'progress', problems),
    partners: validateCollection<Partner>(partners, 'partners', problems),
    pages: validateCollection<Page>(pages, 'pages', problems),
    glossary: validateCollection<GlossaryTerm>(glossary, 'glossary', problems),
    help: validateCollection<HelpService>(help, 'help', problems),
    safety: validateCollection<Safety>(safety, 'safety', problems),
    search: validateCollection<SearchSettings>(search, 'search', problems),
    figures: validateCollection<Figure>(figures, 'figures', problems),
    charts: validateCollection<Chart>(charts, 'charts', problems),
  };
  // A file that cannot be read, or an entry that does not match its schema, is missing from what
  // the checks across files see: they would report its absence many times over ("unknown
  // achievement", a wrong "did you mean"). Those checks wait until every file reads.
  if (problems.length === 0) {
    const ids = (entries: RawEntry[]) => entries.map((e) => e.id);
    checkReferences(
      content,
      { strategy: ids(strategy), years: ids(years), themes: ids(themes), partners: ids(partners) },
      problems,
      shownDir,
    );
    checkSafetyAndHelp(content, { safety: safety.length }, problems, shownDir);
    checkSearchHelp(content, { search: search.length, helpIds: ids(help) }, problems, shownDir);
    const yearlyIds = (entries: RawEntry[]) => entries.map((e) => yearlyId(listFileYear(e.file), e.id));
    checkFiguresAndCharts(root, content, { years: ids(years), themes: ids(themes), figures: yearlyIds(figures) }, problems, repoRelative);
    problems.push(...checkEditorMistakes(root, content, shownDir));
  }
  // public/ is checked whatever the content holds: nothing in it depends on the content files.
  problems.push(...checkPublicFiles(publicDir(), repoRelative(path.resolve(publicDir()))));
  return { problems: locateProblems(problems), content };
}
