import { z } from 'astro/zod';
import { text } from './common.ts';

/** A trauma-informed principle: its name and what it means, word for word. */
const principle = z.strictObject({
  /** e.g. "Safety". */
  name: text,
  /** e.g. "the physical, psychological & emotional safety of service users and staff is prioritised". */
  description: text,
});

const shared = {
  /** The name used in headings, navigation and the URL's page title, e.g. "Awareness". */
  title: text,
  /** Position in menus and in the report: 1 comes first. Each theme needs its own number. */
  order: z.int({ error: 'expected a whole number like 3' }).positive({ error: 'expected a number of 1 or more' }),
};

/**
 * A strategy theme or aim (`content/themes/<slug>.mdx`). The file name is its URL segment,
 * e.g. `awareness.mdx` is `/2024-25/awareness/`. The MDX body is the standing description.
 */
export const themeSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      ...shared,
      /** One of the five cross-cutting themes of the strategy. */
      kind: z.literal('theme'),
      /** One sentence from the strategy's own words, shown on cards and in link previews. */
      summary: text,
      /** Principles listed under the description (Trauma Informed Working). */
      principles: z.array(principle).optional(),
    }),
    z.strictObject({
      ...shared,
      /** One of the strategy's four aims. */
      kind: z.literal('aim'),
      /** The aim as the strategy states it, word for word (shown after "Aim:"). */
      statement: text,
    }),
  ],
  { error: 'expected kind to be "theme" or "aim"' },
);

export type Theme = z.infer<typeof themeSchema>;
