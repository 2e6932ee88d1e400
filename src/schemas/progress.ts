import { z } from 'astro/zod';
import { hint } from './form-metadata.ts';
import { changeNotes } from './change-note.ts';
import { slug, text } from './common.ts';

/** One achievement, as one line of the report. */
const achievement = z.strictObject({
  id: hint('Its anchor: `/2024-25/awareness/#police-victim-survey`. Unique within the year; never change a published one.', slug),
  text: hint("The partnership's words, as published.", text),
  partners: hint('Ids of the partner organisations it names, from `content/partners.yaml`.', z.array(slug).default([])),
});

/** One line of the work or priorities named for the following year. */
const priority = z.strictObject({
  id: hint('Its anchor, unique within the year.', slug),
  text: hint("The partnership's words, as published.", text),
});

/** How a promise turned out, named plainly (pages never say it by colour alone). */
export const promiseStatuses = ['done', 'in-progress', 'carried-forward', 'dropped'] as const;
export type PromiseStatus = (typeof promiseStatuses)[number];

/**
 * What became of one priority the year before set under the same theme or aim: reported in the
 * next year's progress file for that theme, with the achievements that are its evidence.
 */
const priorityReport = z.strictObject({
  priority: hint("Id of the priority, as the year before's progress file for this theme lists it under `priorities`.", slug),
  status: hint(
    "done, in-progress, carried-forward (into the next year's priorities) or dropped.",
    z.enum(promiseStatuses, { error: `expected status to be one of: ${promiseStatuses.join(', ')}` }),
  ),
  note: hint('One or two plain sentences: what was done, or why not.', text),
  evidence: hint("Ids of this year's achievements (under any theme) that show it: its evidence. May be empty.", z.array(slug).default([])),
});

/**
 * What was achieved under one theme or aim in one year
 * (`content/progress/<year>/<theme>.mdx`: the folder is the year, the file name the theme).
 * The MDX body, if any, is narrative shown above the achievements.
 */
export const progressSchema = z.strictObject({
  achievements: hint(
    'Each item is one achievement; at least one.',
    z.array(achievement).min(1, { error: 'expected at least one achievement' }),
  ),
  priorities: hint('Work or priorities for the next year, if the report names any.', z.array(priority).default([])),
  prioritiesReported: hint(
    'What became of each priority the year before set under this theme: its status, a note and its evidence.',
    z.array(priorityReport).default([]),
  ),
  changes: hint('Changes made to the file after publication, each a date and a sentence (src/schemas/change-note.ts).', changeNotes),
  draft: hint(
    'true while the page is being prepared: shown by `npm run dev`, left out of the published site. Default false.',
    z.boolean({ error: 'expected true or false' }).default(false),
  ),
});

export type Progress = z.infer<typeof progressSchema>;
export type Achievement = Progress['achievements'][number];
export type Priority = Progress['priorities'][number];
export type PriorityReport = Progress['prioritiesReported'][number];
