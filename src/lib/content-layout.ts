import type { z } from 'astro/zod';
import {
  chartSchema,
  figureSchema,
  glossarySchema,
  helpSchema,
  pageSchema,
  partnerSchema,
  progressSchema,
  safetySchema,
  searchSchema,
  strategySchema,
  themeSchema,
  yearSchema,
} from '../schemas/index.ts';

/**
 * Where each kind of content lives under `content/`, and the schema it must match.
 * One table read by the content model (src/model/read.ts), the one reader of content, and by Astro's
 * collections (src/content.config.ts) for their schemas; with it, the one rule for an entry's id and
 * the one lookup of the content folder, below.
 */
export interface CollectionLayout {
  /** Files matched by a glob under content/: one entry per file, id = path without extension. */
  readonly pattern?: string;
  /** A single YAML file holding a list of entries, each with its own `id`. */
  readonly listFile?: string;
  /** YAML files matched by a glob under content/ (one per year), each a list of entries with their own `id`. */
  readonly listPattern?: string;
  readonly schema: z.ZodType;
}

export const contentLayout = {
  strategy: { pattern: 'strategy/*.yaml', schema: strategySchema },
  years: { pattern: 'years/*.yaml', schema: yearSchema },
  themes: { pattern: 'themes/*.mdx', schema: themeSchema },
  progress: { pattern: 'progress/*/*.mdx', schema: progressSchema },
  partners: { listFile: 'partners.yaml', schema: partnerSchema },
  pages: { pattern: 'pages/*.mdx', schema: pageSchema },
  glossary: { listFile: 'glossary.yaml', schema: glossarySchema },
  help: { listFile: 'help.yaml', schema: helpSchema },
  safety: { pattern: 'safety.yaml', schema: safetySchema },
  search: { pattern: 'search.yaml', schema: searchSchema },
  figures: { listPattern: 'figures/*.yaml', schema: figureSchema },
  charts: { listPattern: 'charts/*.yaml', schema: chartSchema },
} as const satisfies Record<string, CollectionLayout>;

export type CollectionName = keyof typeof contentLayout;

/**
 * The id of an entry stored one per file (a kind with a `pattern`), from its path under the
 * content folder: the kind's folder and the extension dropped. `progress/2024-25/data.mdx` is
 * `2024-25/data`, `themes/awareness.mdx` is `awareness`, `safety.yaml` is `safety`.
 */
export function entryId(relative: string): string {
  return relative
    .replace(/\\/g, '/')
    .replace(/^[^/]+\//, '')
    .replace(/\.(mdx|yaml)$/, '');
}

/**
 * The year a yearly list file (figures, charts) is for: its name, `figures/2024-25.yaml` is `2024-25`.
 * Plain string work, not node:path: the form editor's browser code reads this module too.
 */
export function listFileYear(file: string): string {
  return file.replace(/^.*[/\\]/, '').replace(/\.yaml$/, '');
}

const PROGRESS_FILE = /[/\\]progress[/\\](\d{4}-\d{2})[/\\][^/\\]+\.mdx$/;

/** The year a progress file (`progress/<year>/<theme>.mdx`) is for, from its folder; undefined for any other file. */
export function progressFileYear(filePath: string | undefined): string | undefined {
  return filePath ? PROGRESS_FILE.exec(filePath)?.[1] : undefined;
}

/**
 * How an item of a yearly list file (figures, charts) is known across years: `2024-25/marac-cases`.
 * Its own id is unique within its year; the same id in another year names the same measure.
 */
export function yearlyId(year: string, id: string): string {
  return `${year}/${id}`;
}

/**
 * The content folder: `content/` at the top of the repo, or another folder named by
 * DASV_CONTENT_DIR (used by tests to build fixture content without touching the real one).
 */
export function contentDir(): string {
  return process.env['DASV_CONTENT_DIR'] ?? './content';
}

/**
 * An MDX file's frontmatter: the YAML between its first two `---` lines (group 1), with the lines
 * themselves. One pattern for the content model and the checker's line numbers, so both read the same YAML.
 */
export const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---\s*(?:\r?\n|$)/;
