import { z } from 'astro/zod';
import { hint } from './form-metadata.ts';
import { slug, text, yearId } from './common.ts';

/**
 * How a chart draws its figures:
 * - `bar`: one bar per figure;
 * - `grouped-bar`: figures that share a label form a group, one bar per area (Cambridgeshire, Peterborough);
 * - `funnel`: one bar per stage, in the order listed, from the first stage (referrals) to the last (supported).
 */
export const chartKinds = ['bar', 'grouped-bar', 'funnel'] as const;

/**
 * One chart of a year's figures (`content/charts/<year>.yaml`, one list item each). It is always
 * shown as a table first; the drawn chart is added in the browser.
 */
export const chartSchema = z.strictObject({
  id: hint(
    "Its anchor (`/2024-25/figures/#chart-<id>`) and its CSV file (`/2024-25/figures/<id>.csv`). Unique within its year; the same id in the next year's file (with the same figure ids) is drawn again comparing the two years.",
    slug.refine((id) => id !== 'data', {
      error: 'the id "data" names the year\'s open-data files (/<year>/figures/data.csv): choose another id',
    }),
  ),
  year: hint('Id of the year it belongs to; must match the file it is in.', yearId),
  kind: hint('One of: bar, grouped-bar, funnel.', z.enum(chartKinds, { error: `expected kind to be one of: ${chartKinds.join(', ')}` })),
  title: hint('The message, not the topic, using only facts from the report: "Local refuges supported 98 women and 107 children".', text),
  summary: hint("What the chart shows, in a sentence or two, for readers who cannot see it. Numbers must be its figures'.", text),
  source: hint(
    'Who collected the chart\'s numbers, e.g. "Cambridgeshire Constabulary": only an organisation the report names as the source. Optional: by default the sources of its figures (see the figure\'s `source`). The source line adds the year\'s period ("April 2024 to March 2025"), so leave the year out, and never name this report.',
    text.optional(),
  ),
  figures: hint(
    "Ids of the figures it shows (from the same year's figures file), in order; all with the same unit.",
    z
      .array(slug, { error: 'expected a list of figure ids, like [refuge-women, refuge-children]' })
      .min(1, { error: 'expected at least one figure id' }),
  ),
});

export type Chart = z.infer<typeof chartSchema>;
export type ChartKind = (typeof chartKinds)[number];
