import { z } from 'astro/zod';
import { date, text } from './common.ts';

/**
 * A standing page of the site such as About (`content/pages/<slug>.mdx`).
 * The MDX body is the page's text.
 */
export const pageSchema = z.strictObject({
  /** The page's heading and tab title. */
  title: text,
  /** One or two sentences for search results and link previews. */
  description: text,
  /** When the page was first published (YYYY-MM-DD); shown under its heading. Leave it out if not known. */
  published: date.optional(),
  /** When the page was last changed (YYYY-MM-DD); shown under its heading. Leave it out if not known. */
  updated: date.optional(),
});

export type Page = z.infer<typeof pageSchema>;
