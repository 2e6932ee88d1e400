import { positionOf } from '../file-text.ts';
import type { ContentProblem } from '../types.ts';

/**
 * Characters an editor cannot see, or cannot tell from the ones the file's syntax needs. Text
 * pasted from Word, a PDF or an email brings them in; they break a file in ways no one can spot
 * on screen, so each is named, with its line and column.
 */
const invisible: Readonly<Record<string, string>> = {
  '\u00a0': 'a non-breaking space',
  '\u202f': 'a narrow non-breaking space',
  '\u2007': 'a figure space',
  '\u2009': 'a thin space',
  '\u200b': 'a zero-width space',
  '\u200c': 'a zero-width non-joiner',
  '\u200d': 'a zero-width joiner',
  '\u2060': 'a word joiner',
  '\ufeff': 'a byte order mark (an invisible zero-width no-break space)',
  '\u00ad': 'a soft hyphen',
  '\u2028': 'a line separator',
  '\u2029': 'a paragraph separator',
};

const curly: Readonly<Record<string, string>> = {
  '\u201c': 'a curly opening quote “',
  '\u201d': 'a curly closing quote ”',
  '\u2018': 'a curly opening quote ‘',
  '\u2019': 'a curly closing quote ’ (or apostrophe)',
};

const dashes: Readonly<Record<string, string>> = { '\u2013': 'an en dash –', '\u2014': 'an em dash —', '\u2212': 'a minus sign −' };

/**
 * Invisible characters anywhere in a file, and look-alikes where the syntax needs the real
 * character: a list item's dash, the quotes around an attribute of a tag such as <Figure id="…" />.
 * `yaml` is the part of the text that is YAML (the whole of a .yaml file, an .mdx file's frontmatter).
 */
export function characterProblems(text: string, file: string, yaml: { start: number; end: number }): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const match of text.matchAll(/[\u00a0\u202f\u2007\u2009\u200b-\u200d\u2060\ufeff\u00ad\u2028\u2029]/g)) {
    const name = invisible[match[0]]!;
    problems.push({
      file,
      ...positionOf(text, match.index),
      message: `${name}, which cannot be seen`,
      hint:
        match[0] === '\ufeff' && match.index === 0
          ? 'save the file as "UTF-8" rather than "UTF-8 with BOM"'
          : /zero-width|joiner|soft hyphen|separator|byte order/.test(name)
            ? 'delete it: put the cursor at that column and press Delete once, then check that the text around it is unchanged'
            : 'delete it and type an ordinary space',
      unreadable: true,
    });
  }
  const yamlText = text.slice(yaml.start, yaml.end);
  // A list item starts with a hyphen: "- id: …". A dash pasted from a document looks the same.
  for (const match of yamlText.matchAll(/^([ \t]*)([\u2013\u2014\u2212]) /gm)) {
    problems.push({
      file,
      ...positionOf(text, yaml.start + match.index + match[1]!.length),
      message: `the list item starts with ${dashes[match[2]!]}, not a hyphen -`,
      hint: 'type a hyphen (the key beside 0), like "- id: …"',
      unreadable: true,
    });
  }
  // In MDX text, a tag's attribute must be in straight quotes: <Figure id="marac-cases" />.
  const body = text.slice(yaml.end);
  for (const match of body.matchAll(/<[A-Za-z][^<>]*?=\s*([\u201c\u201d\u2018\u2019])/g)) {
    const offset = yaml.end + match.index + match[0].length - 1;
    problems.push({
      file,
      ...positionOf(text, offset),
      message: `the tag's value starts with ${curly[match[1]!]}, not a straight quote "`,
      hint: 'type straight quotes around the value, like <Figure id="marac-cases" />',
      unreadable: true,
    });
  }
  return problems;
}

/**
 * When YAML cannot be read on a line that holds curly quotes where a value starts, they are the
 * likely cause: YAML reads them as ordinary letters, so they do not protect the ": " inside.
 */
export function curlyQuoteCause(line: string): string | undefined {
  const match = /^\s*(?:- )?[\w-]+:\s+([\u201c\u201d\u2018\u2019])/.exec(line) ?? /^\s*- ([\u201c\u201d\u2018\u2019])/.exec(line);
  return match ? curly[match[1]!] : undefined;
}
