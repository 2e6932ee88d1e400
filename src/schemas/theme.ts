import { z } from 'astro/zod';
import { hint } from './form-metadata.ts';
import { text } from './common.ts';

/** A trauma-informed principle: its name and what it means, word for word. */
const principle = z.strictObject({
  name: hint('e.g. "Safety".', text),
  description: hint('e.g. "the physical, psychological & emotional safety of service users and staff is prioritised".', text),
});

const shared = {
  title: hint('The name used in headings, navigation and the URL\'s page title, e.g. "Awareness".', text),
  order: hint(
    'Position in menus and in the report: 1 comes first. Each theme needs its own number.',
    z.int({ error: 'expected a whole number like 3' }).positive({ error: 'expected a number of 1 or more' }),
  ),
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
      kind: hint('One of the five cross-cutting themes of the strategy.', z.literal('theme')),
      summary: hint("One sentence from the strategy's own words, shown on cards and in link previews.", text),
      principles: hint('Principles listed under the description (Trauma Informed Working).', z.array(principle).optional()),
    }),
    z.strictObject({
      ...shared,
      kind: hint("One of the strategy's four aims.", z.literal('aim')),
      statement: hint('The aim as the strategy states it, word for word (shown after "Aim:").', text),
    }),
  ],
  { error: 'expected kind to be "theme" or "aim"' },
);

export type Theme = z.infer<typeof themeSchema>;
