import { z } from 'astro/zod';
import { slug, text } from './common.ts';

/** One achievement, as one line of the report. */
const achievement = z.strictObject({
  /** Its anchor: `/2024-25/awareness/#police-victim-survey`. Unique within the year; never change a published one. */
  id: slug,
  /** The partnership's words, as published. */
  text,
  /** Ids of the partner organisations it names, from `content/partners.yaml`. */
  partners: z.array(slug).default([]),
});

/** One line of the work or priorities named for the following year. */
const priority = z.strictObject({
  /** Its anchor, unique within the year. */
  id: slug,
  /** The partnership's words, as published. */
  text,
});

/**
 * What was achieved under one theme or aim in one year
 * (`content/progress/<year>/<theme>.mdx`: the folder is the year, the file name the theme).
 * The MDX body, if any, is narrative shown above the achievements.
 */
export const progressSchema = z.strictObject({
  /** Each item is one achievement; at least one. */
  achievements: z.array(achievement).min(1, { error: 'expected at least one achievement' }),
  /** Work or priorities for the next year, if the report names any. */
  priorities: z.array(priority).default([]),
  /** true while the page is being prepared: shown by `npm run dev`, left out of the published site. Default false. */
  draft: z.boolean({ error: 'expected true or false' }).default(false),
});

export type Progress = z.infer<typeof progressSchema>;
export type Achievement = Progress['achievements'][number];
export type Priority = Progress['priorities'][number];
