import type { ContentProblem } from './problems.ts';

/**
 * Markup that must never reach a page from content: it would run code, embed another website or
 * break the Content Security Policy. Content files are written by editors, not developers; what
 * a page needs to do belongs in a component in src/components/.
 */
interface UnsafePattern {
  readonly pattern: RegExp;
  /** What was found, given the matched text. */
  readonly found: (match: RegExpExecArray) => string;
  readonly hint: string;
}

const unsafePatterns: readonly UnsafePattern[] = [
  {
    pattern: /<script\b/gi,
    found: () => 'a <script> element: content cannot run code',
    hint: 'remove it; behaviour belongs in a component in src/components/',
  },
  {
    pattern: /<iframe\b/gi,
    found: () => 'an <iframe> element: content cannot embed other websites',
    hint: 'remove it and link to the page instead',
  },
  {
    // An attribute such as onclick= or onClick={...} inside a tag.
    pattern: /<[a-z][^>]*?\s(on[a-z]+)\s*=/gi,
    found: (match) => `an inline event handler (${match[1]}=): content cannot run code`,
    hint: 'remove the attribute',
  },
  {
    pattern: /<[a-z][^>]*?\sstyle\s*=/gi,
    found: () => 'a style attribute: the Content Security Policy blocks it',
    hint: "remove it; the site's styles live in src/styles/global.css",
  },
  {
    pattern: /javascript\s*:/gi,
    found: () => 'a javascript: link: links must lead to a page',
    hint: 'use an https:// address or a path on this site',
  },
];

/** The line (from 1) on which a character offset falls. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Every unsafe piece of markup in one content file's text, each with its line, in order. */
export function unsafeMarkup(text: string, file: string): ContentProblem[] {
  const found: { offset: number; problem: ContentProblem }[] = [];
  for (const { pattern, found: describe, hint } of unsafePatterns) {
    for (const match of text.matchAll(pattern)) {
      const offset = match.index;
      found.push({ offset, problem: { file, message: `line ${lineOf(text, offset)}: ${describe(match as RegExpExecArray)}`, hint } });
    }
  }
  return found.sort((a, b) => a.offset - b.offset).map((f) => f.problem);
}
