import { z } from 'astro/zod';
import { hint } from './form-metadata.ts';
import { figureChangeNotes } from './change-note.ts';
import { slug, text, yearId } from './common.ts';

/** What a figure counts. */
export const figureUnits = ['count', 'percent'] as const;

/** The area a figure is reported for. */
export const figureAreas = ['Cambridgeshire', 'Peterborough', 'both'] as const;

/** Words the report puts before a number it gives as a lower bound ("over 1,800 people"). */
export const figureQualifiers = ['over', 'more than'] as const;

const shared = {
  id: hint(
    'Names the figure: `<Figure id="marac-cases" />`, charts\' `figures` lists. Unique within its year; the same id in another year\'s file is the same measure, and the figures page compares the two years.',
    slug,
  ),
  label: hint('What the number counts, as a short phrase that reads after it: "cases heard at MARAC".', text),
  area: hint(
    'Cambridgeshire, Peterborough, or both: "both" where the report names no single area.',
    z.enum(figureAreas, { error: `expected area to be one of: ${figureAreas.join(', ')}` }),
  ),
  qualifier: hint(
    '"over" or "more than" when the report gives the number as a lower bound; shown before the number.',
    z.enum(figureQualifiers, { error: `expected qualifier to be one of: ${figureQualifiers.join(', ')}` }).optional(),
  ),
  theme: hint('Id of the theme or aim it belongs to (a file name in content/themes/).', slug),
  year: hint('Id of the year it was reported for (a file name in content/years/); must match the file it is in.', yearId),
  statement: hint("Id of the achievement whose text states this number: the figure's number is taken from that text.", slug),
  number: hint(
    'Which number of the achievement\'s text this figure is: 1 for the first number written in it (the default), 2 for the second... Numbers in digits count, and so do counts from one to ten written as words ("Two events"). The number is written only in the text: correct it there, once.',
    z
      .number({ error: 'expected which number of the text this is, like 2 for the second' })
      .int({ error: 'expected a whole number, like 2 for the second number of the text' })
      .min(1, { error: 'expected 1 or more: 1 is the first number of the text' })
      .optional(),
  ),
  source: hint(
    'Who collected the number, e.g. "Cambridgeshire Constabulary": only an organisation the report names as its source. Optional; default "DASV Partnership partners" (`defaultSource` in src/lib/figure-sources.ts). Its period is the year\'s (`startDate` to `endDate` in content/years/), so leave the year out.',
    text.optional(),
  ),
  headline: hint(
    "true for the few figures shown as big-number cards: on its theme's page (at most four per theme and year, the first four in report order: src/lib/headline-figures.ts) and on the home page. Default false. Every figure is on the figures page either way.",
    z.boolean({ error: 'expected true or false' }).default(false),
  ),
  changes: hint(
    'Changes made to the figure after publication (src/schemas/change-note.ts). A corrected number keeps its old value here as `previousValue`, so the correction is shown, never silent.',
    figureChangeNotes,
  ),
};

/** The number, as taken from the achievement's text. */
const numberValue = z.number({ error: 'expected a number' });

const countFields = {
  ...shared,
  unit: hint('A count of people, cases, sessions...: a whole number of 0 or more.', z.literal('count')),
};
const percentFields = {
  ...shared,
  unit: hint('A percentage: its number is written with % in the text, like 63%.', z.literal('percent')),
};
const unitError = { error: `expected unit to be one of: ${figureUnits.join(', ')}` };

/**
 * One number from the report, as written in `content/figures/<year>.yaml` (one list item each): what
 * it counts and where it belongs. Its number is not written here: it is taken from the text of the
 * achievement it names (`statement`, `number`), so a correction is one edit, in that text.
 */
export const figureSchema = z.discriminatedUnion('unit', [z.strictObject(countFields), z.strictObject(percentFields)], unitError);

/**
 * A figure with its number taken from its achievement's text (src/lib/stated-numbers.ts, figureNumberIn): what
 * the site's collection holds. Text, cards, charts, tables and CSV files all read this value, so they
 * can never disagree.
 */
export const figureWithValueSchema = z.discriminatedUnion(
  'unit',
  [
    z.strictObject({
      ...countFields,
      value: numberValue.int({ error: 'expected a whole number for a count' }).nonnegative({ error: 'expected a count of 0 or more' }),
    }),
    z.strictObject({
      ...percentFields,
      value: numberValue
        .min(0, { error: 'expected a percentage from 0 to 100' })
        .max(100, { error: 'expected a percentage from 0 to 100' }),
    }),
  ],
  unitError,
);

/** A figure as written in its file, without its number. */
export type FigureAsWritten = z.infer<typeof figureSchema>;
export type Figure = z.infer<typeof figureWithValueSchema>;
