import { positionOf } from '../file-text.ts';
import type { ContentProblem } from '../types.ts';

/**
 * Characters an editor cannot see, or cannot tell from the ones the file's syntax needs. Text
 * pasted from Word, a PDF or an email brings them in; they break a file in ways no one can spot
 * on screen, so each is named, with its line and column. The whole class of invisible format
 * characters (Unicode category Cf) is refused, in every text and attribute of every content file:
 * among them the bidirectional controls, which make a stored number or name display as another
 * ("0808 2000 247" shown, something else stored and dialled) without changing what is stored.
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
  '\u115f': 'a Hangul filler, which shows as blank',
  '\u1160': 'a Hangul filler, which shows as blank',
  '\u3164': 'a Hangul filler, which shows as blank',
  '\uffa0': 'a Hangul filler, which shows as blank',
};

/** The bidirectional controls, by name: each changes the order in which the text around it is shown. */
const bidi: Readonly<Record<string, string>> = {
  '\u202a': 'a left-to-right embedding',
  '\u202b': 'a right-to-left embedding',
  '\u202c': 'a pop directional formatting',
  '\u202d': 'a left-to-right override',
  '\u202e': 'a right-to-left override',
  '\u2066': 'a left-to-right isolate',
  '\u2067': 'a right-to-left isolate',
  '\u2068': 'a first strong isolate',
  '\u2069': 'a pop directional isolate',
  '\u200e': 'a left-to-right mark',
  '\u200f': 'a right-to-left mark',
  '\u061c': 'an Arabic letter mark',
};

/** Every character refused as unseen: the whole of Unicode category Cf (format), spaces that look like others, separators, fillers. */
const unseen = /[\p{Cf}\u00a0\u202f\u2007\u2009\u2028\u2029\u115f\u1160\u3164\uffa0]/gu;

/** The name of an unseen character; a rarer one with its code point, so an editor can search for it. */
function unseenName(char: string): string {
  const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  if (bidi[char]) return `${bidi[char]} (${code}: a bidirectional control, which reorders the text around it on screen)`;
  return invisible[char] ?? `an invisible format character (${code})`;
}

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
  for (const match of text.matchAll(unseen)) {
    const name = unseenName(match[0]);
    problems.push({
      file,
      ...positionOf(text, match.index),
      message: `${name}, which cannot be seen`,
      hint:
        match[0] === '\ufeff' && match.index === 0
          ? 'save the file as "UTF-8" rather than "UTF-8 with BOM"'
          : !/space\b|spaces/.test(name) || /zero-width/.test(name)
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
