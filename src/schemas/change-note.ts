import { z } from 'astro/zod';
import { hint } from './form-metadata.ts';
import { date, text } from './common.ts';

/**
 * A change made after publication, said in one sentence with its date, GOV.UK-style. Carried by a
 * year (`content/years/*.yaml`), a progress file, a figure and a standing page (`changes:`); the page
 * that shows the content says its last change and lists them all, and `/updates/` and `/updates.xml`
 * list every one, newest first. Never delete one: it is the public record of what changed.
 */
export const changeNote = z.strictObject({
  date: hint('The day the change was published (YYYY-MM-DD).', date),
  note: hint('What changed, in one plain sentence a reader understands: "Corrected the number of MARAC cases."', text),
});

/** A figure's change: when its number was corrected, `previousValue` is the number it replaced. */
export const figureChangeNote = changeNote.extend({
  previousValue: hint(
    'Only when the number itself was corrected: the number published before, written as the value is (1237, 63).',
    z.number({ error: 'expected a number written without commas or %, like 1237' }).optional(),
  ),
});

/** A list of change notes, oldest first or in any order (pages sort them); none by default. */
export const changeNotes = z.array(changeNote).default([]);
export const figureChangeNotes = z.array(figureChangeNote).default([]);

export type ChangeNote = z.infer<typeof changeNote>;
export type FigureChangeNote = z.infer<typeof figureChangeNote>;
