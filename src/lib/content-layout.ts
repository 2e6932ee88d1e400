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
 * One table read by both Astro (src/content.config.ts) and the standalone checker
 * (src/lib/validate-content.ts), so the two can never disagree about a file.
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
