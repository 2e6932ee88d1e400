import { z } from 'astro/zod';
import { text } from './common.ts';

/**
 * A standing page of the site such as About (`content/pages/<slug>.mdx`).
 * The MDX body is the page's text.
 */
export const pageSchema = z.strictObject({
  /** The page's heading and tab title. */
  title: text,
  /** One or two sentences for search results and link previews. */
  description: text,
});

export type Page = z.infer<typeof pageSchema>;
