import { lineAt, lineStarts } from '../file-text.ts';
import type { ContentProblem } from '../types.ts';
import { article } from './allow-list.ts';

/**
 * Markup that must never reach a page from YAML text (data files and the frontmatter of MDX files):
 * it would run code, embed another website, send readers elsewhere or break the Content Security
 * Policy. The site shows YAML text as text, escaped, so this is a second line of defence that also
 * tells an editor their markup will not work. MDX bodies are checked on their parsed tree instead
 * (src/checker/safety/allow-list.ts). Content files are written by editors, not developers; what a
 * page needs to do belongs in a component in src/components/.
 *
 * The scan is linear in the file's size, whatever it holds: every tag is read once, up to the next
 * `<` or `>`, and lines are found by a binary search of the line starts.
 */

/** Elements refused in YAML text, with what they would do. */
const refusedTags: Readonly<Record<string, { found: string; hint: string }>> = {
  script: { found: 'content cannot run code', hint: 'remove it; behaviour belongs in a component in src/components/' },
  iframe: { found: 'content cannot embed other websites', hint: 'remove it and link to the page instead' },
  frame: { found: 'content cannot embed other websites', hint: 'remove it and link to the page instead' },
  object: { found: 'content cannot embed other websites or files', hint: 'remove it and link to the page or file instead' },
  embed: { found: 'content cannot embed other websites or files', hint: 'remove it and link to the page or file instead' },
  meta: { found: 'it can send every reader of the page to another website', hint: 'remove it' },
  base: { found: 'it would change where every link on the page leads', hint: 'remove it' },
  link: { found: 'content cannot load files into a page', hint: 'remove it' },
  style: { found: 'the Content Security Policy blocks it', hint: "remove it; the site's styles live in src/styles/global.css" },
  form: { found: 'content cannot send what readers type anywhere', hint: 'remove it' },
  svg: { found: 'content cannot draw with code', hint: 'remove it' },
};

/** A tag's start, up to (not including) the next `<` or `>`: each character is read by at most one. */
const TAG = /<\/?([a-z][a-z0-9-]*)([^<>]*)/gi;
/** An attribute such as onclick= or onClick={...}, or style=, inside a tag. */
const HANDLER = /\s(on[a-z]+)\s*=/i;
const STYLE = /\sstyle\s*=/i;
const PING = /\sping\s*=/i;
/** javascript: however it is spaced (a browser skips tabs and newlines inside an address). */
const JAVASCRIPT = /javascript\s*:/gi;

/** Every unsafe piece of markup in some YAML text, each with its line, in order. `lineOffset` is the line before the text's first. */
export function unsafeMarkup(text: string, file: string, lineOffset = 0): ContentProblem[] {
  const found: { offset: number; found: string; hint: string }[] = [];
  for (const match of text.matchAll(TAG)) {
    const name = match[1]!.toLowerCase();
    const attributes = match[2] ?? '';
    const refused = refusedTags[name];
    if (refused && !match[0].startsWith('</'))
      found.push({ offset: match.index, found: `${article(name)} <${name}> element: ${refused.found}`, hint: refused.hint });
    const handler = HANDLER.exec(attributes);
    if (handler)
      found.push({
        offset: match.index,
        found: `an inline event handler (${handler[1]}=): content cannot run code`,
        hint: 'remove the attribute',
      });
    if (STYLE.test(attributes))
      found.push({
        offset: match.index,
        found: 'a style attribute: the Content Security Policy blocks it',
        hint: "remove it; the site's styles live in src/styles/global.css",
      });
    if (PING.test(attributes))
      found.push({
        offset: match.index,
        found: 'a ping attribute: it would tell another website who follows the link',
        hint: 'remove the attribute',
      });
  }
  for (const match of text.matchAll(JAVASCRIPT)) {
    found.push({
      offset: match.index,
      found: 'a javascript: link: links must lead to a page',
      hint: 'use an https:// address or a path on this site (mailto: for an email address, tel: for a phone number)',
    });
  }
  if (found.length === 0) return [];
  const starts = lineStarts(text);
  return found
    .sort((a, b) => a.offset - b.offset)
    .map((f) => ({ file, message: `line ${lineAt(starts, f.offset) + lineOffset}: ${f.found}`, hint: f.hint }));
}
