import { z } from 'astro/zod';
import { hint } from './form-metadata.ts';
import { changeNotes } from './change-note.ts';
import { date, text } from './common.ts';

/**
 * One year of the strategy (`content/years/<id>.yaml`, e.g. `2024-25.yaml`).
 * The file name is the year's id and its URL (`/2024-25/`); its progress lives in
 * `content/progress/<id>/`.
 */
export const yearSchema = z
  .strictObject({
    label: hint('How the strategy names the year, e.g. "Year One".', text),
    period: hint('The period it covers as written in the report, e.g. "2024/25".', text),
    title: hint('The report\'s title, e.g. "Progress in Year One, 2024/25".', text),
    startDate: hint('First day of the year covered (YYYY-MM-DD).', date),
    endDate: hint('Last day of the year covered (YYYY-MM-DD).', date),
    nextYearLabel: hint('How the strategy names the following year, used in "Work/Priorities for Year Two".', text),
    draft: hint(
      'true while the year is being prepared: shown by `npm run dev`, left out of the published site. Default false.',
      z.boolean({ error: 'expected true or false' }).default(false),
    ),
    progressToFollow: hint(
      'Only for a published year that does not yet report under every theme and aim: when the rest will follow, as a month or season, e.g. "September 2026". Their pages say so. Without it, such a year is refused by the check.',
      text.optional(),
    ),
    published: hint(
      "When the year's report was first published (YYYY-MM-DD). Leave it out until it is known: the site then shows no date rather than a guessed one.",
      date.optional(),
    ),
    updated: hint("When the year's report was last changed after publication (YYYY-MM-DD), if it has been.", date.optional()),
    changes: hint(
      "Changes made to the year's report after publication, each a date and a sentence (src/schemas/change-note.ts).",
      changeNotes,
    ),
  })
  .refine((year) => year.endDate > year.startDate, {
    error: 'expected endDate to be after startDate',
    path: ['endDate'],
  })
  .refine((year) => !year.published || !year.updated || year.updated >= year.published, {
    error: 'expected updated to be on or after published',
    path: ['updated'],
  });

export type Year = z.infer<typeof yearSchema>;
