import { z } from 'astro/zod';
import { hint } from './form-metadata.ts';
import { changeNotes } from './change-note.ts';
import { date, text, yearId } from './common.ts';

/**
 * A standing page of the site such as About (`content/pages/<slug>.mdx`), shown at `/<slug>/`
 * (src/pages/[page].astro). The MDX body is the page's text.
 */
export const pageSchema = z.strictObject({
  title: hint("The page's heading and tab title.", text),
  description: hint('One or two sentences for search results and link previews.', text),
  published: hint('When the page was first published (YYYY-MM-DD); shown under its heading. Leave it out if not known.', date.optional()),
  updated: hint('When the page was last changed (YYYY-MM-DD); shown under its heading. Leave it out if not known.', date.optional()),
  contents: hint(
    'For a long page: its sections (its ## headings) listed under "On this page", and "Back to top" after the text.',
    z.boolean({ error: 'expected true or false' }).default(false),
  ),
  changes: hint('Changes made to the page after publication, each a date and a sentence (src/schemas/change-note.ts).', changeNotes),
});

export type Page = z.infer<typeof pageSchema>;

/**
 * Standing pages the site's own code links to (the header, the footer, the help box, 404: see
 * `urls` in src/lib/urls.ts), so deleting one of these files would leave every page with a dead
 * link: the checker refuses that.
 */
export const linkedPageIds = ['about', 'accessibility', 'get-help', 'staying-safe-online'] as const;

/**
 * File names a standing page cannot have, as its address would be another page's or folder's of the
 * built site: the other routes of src/pages/ (tests/unit/standing-pages.test.ts keeps this list
 * complete) and the folders the build writes (_astro, pagefind). A year's address (/2024-25/) is
 * refused by its shape (yearId), so a page cannot take the address of a year added later either.
 */
export const reservedPageIds: readonly string[] = [
  '404',
  '_astro',
  'admin',
  'glossary',
  'index',
  'og',
  'open-data',
  'pagefind',
  'partners',
  'robots.txt',
  'search',
  'search-data.json',
  'updates',
  'updates.xml',
];

/** Why a standing page cannot have this id (its file name), or undefined if it can. Used by the checker. */
export function reservedPageIdProblem(id: string): { message: string; hint: string } | undefined {
  // By shape first: a name with a dot (sitemap-index.xml, 404.html, robots.txt) could be any file the
  // build or a plugin writes, now or later; an address of plain words cannot.
  if (!yearId.safeParse(id).success && !/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(id)) {
    return {
      message: `the file name "${id}" cannot be a page's address: it must be lower-case words joined by hyphens`,
      hint: 'rename the file like about-us.mdx: letters a-z and digits, words joined by single hyphens, starting with a letter (no dots)',
    };
  }
  const year = yearId.safeParse(id).success;
  if (!year && !reservedPageIds.includes(id)) return undefined;
  return {
    message: `the file name "${id}" is the address of ${year ? "a year's pages" : 'another part of the site'}, /${id}/`,
    hint: `rename the file: its name is the page's address, and these are taken: ${reservedPageIds.join(', ')}, and years like 2024-25`,
  };
}
