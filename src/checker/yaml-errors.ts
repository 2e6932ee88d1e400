import type { YAMLError } from 'yaml';

/**
 * YAML's own messages ("Nested mappings are not allowed in compact mappings") are written for
 * programmers, and often point at the line where the parser gave up rather than the mistake.
 * This says what editors actually get wrong, in plain words, on the line to change.
 */
export interface PlainYamlError {
  /** The line to look at, counted in the YAML text (from 1). */
  readonly line: number;
  readonly message: string;
  readonly hint: string;
}

const indentOf = (line: string) => /^ */.exec(line)?.[0].length ?? 0;

/** A line holding `key: value` where the value is plain text containing ": " (read as a second field). */
const colonInText = /^\s*(?:- )?[\w-]+: +(?!["'[{|>])[^#]*?: /;

/** Explains the first YAML error of a text; `lines` are the text's lines. */
export function plainYamlError(error: YAMLError, lines: readonly string[]): PlainYamlError {
  const line = error.linePos?.[0]?.line ?? 1;
  const text = lines[line - 1] ?? '';
  const message = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? '';
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return { line, message: 'the line is indented with a tab', hint: 'indent with spaces only, two for each level' };
    case 'DUPLICATE_KEY': {
      const key = /^\s*(?:- )?([^:]+):/.exec(text)?.[1]?.trim();
      return {
        line,
        message: `the field ${key ? `"${key}" ` : ''}is given twice in the same place`,
        hint: 'keep one of them',
      };
    }
    case 'MISSING_CHAR':
      // "Sequence item without - indicator": a field of a list item, indented less than its item's other fields.
      if (/Sequence item without/.test(message)) {
        const misaligned = fieldOutOfLine(lines, line);
        if (misaligned) return misaligned;
      }
      if (/quote/.test(message)) {
        // The parser reports the end of the file; the quote was opened on an earlier line.
        const opened = findBack(lines, line, (l) => unclosedQuote(l) !== undefined) ?? line;
        const quote = unclosedQuote(lines[opened - 1] ?? '') ?? '"';
        return {
          line: opened,
          message: `the text opened with ${quote} is not closed`,
          hint: `end the text with ${quote} on the same line`,
        };
      }
      break;
    case 'BAD_INDENT':
      if (/Flow sequence|Flow map|end with a [\]}]/.test(message)) {
        const opened = findBack(lines, line, (l) => count(l, '[') > count(l, ']')) ?? line;
        return {
          line: opened,
          message: 'a list opened with [ is not closed with ]',
          hint: 'end the list with ] on the same line, like [police, cpft]',
        };
      }
      return {
        line,
        message: 'the line does not line up with the lines above it',
        hint: 'the fields of one item start in the same column: count the spaces at the start of each line',
      };
    case 'UNEXPECTED_TOKEN':
      if (/["']\s*\S/.test(text.replace(/^\s*(?:- )?[\w-]+:\s*/, '').slice(1))) {
        return {
          line,
          message: 'the text goes on after its closing quote',
          hint: `wrap the whole text in quotes; to use " inside it, wrap it in ' instead (and write '' for a ')`,
        };
      }
      break;
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY': {
      const item = itemOutOfLine(lines, line);
      if (item) return item;
      if (/^\s*-[^\s-]/.test(text)) {
        return { line, message: 'a list item needs a space after its dash', hint: 'write "- id:", not "-id:"' };
      }
      if (colonInText.test(text)) {
        return {
          line,
          message: 'the text contains ": ", which reads as the start of another field',
          hint: 'wrap the whole text in double quotes, like text: "Police: victim survey"',
        };
      }
      const next = lines[line] ?? '';
      if (next.trim() !== '' && indentOf(next) > indentOf(text) && /^\s*[\w-]+:/.test(next)) {
        return {
          line: line + 1,
          message: 'the line is indented further than the field above it',
          hint: 'the fields of one item start in the same column: count the spaces at the start of each line',
        };
      }
      if (!/:( |$)/.test(text)) {
        return { line, message: 'expected a field written as "name: value"', hint: 'is the colon, or the space after it, missing?' };
      }
      return {
        line,
        message: 'the line does not line up with the lines above it',
        hint: 'the fields of one item start in the same column: count the spaces at the start of each line',
      };
    }
    default:
      break;
  }
  // Never the parser's own words ("Sequence item without - indicator"): say what editors get wrong.
  return {
    line,
    message: 'the line does not fit with the lines above it',
    hint: 'check that it starts in the same column as the fields next to it (count the spaces), that a list in [ ] is closed, and that a text containing ": " is wrapped in quotes',
  };
}

const spaces = (n: number) => (n === 1 ? '1 space' : `${n} spaces`);

/**
 * A field of a list item indented less than the item's other fields (`- id:` then ` text:` one space
 * short): said on its line, with the column it belongs in.
 */
function fieldOutOfLine(lines: readonly string[], line: number): PlainYamlError | undefined {
  const text = lines[line - 1] ?? '';
  const itemLine = findBack(lines, line - 1, (l) => /^\s*- /.test(l));
  if (!itemLine || !/^\s*[\w-]+:/.test(text)) return undefined;
  const item = lines[itemLine - 1] ?? '';
  const column = indentOf(item) + 2;
  const short = column - indentOf(text);
  if (short <= 0) return undefined;
  const key = /^\s*- ([\w-]+):/.exec(item)?.[1];
  return {
    line,
    message: `the field is indented ${spaces(short)} less than the other fields of its item`,
    hint: `start it with ${spaces(column)}, in line with ${key ? `"${key}"` : 'the first field'} after the "-" of its item above`,
  };
}

/** A list item (`- id:`) that starts in another column than the item before it: said on its line. */
function itemOutOfLine(lines: readonly string[], line: number): PlainYamlError | undefined {
  for (const at of [line, line - 1]) {
    const text = lines[at - 1] ?? '';
    if (!/^\s*- /.test(text)) continue;
    const previous = findBack(lines, at - 1, (l) => /^\s*- /.test(l));
    if (!previous) continue;
    const difference = indentOf(text) - indentOf(lines[previous - 1] ?? '');
    if (difference === 0 || Math.abs(difference) > 2) continue;
    return {
      line: at,
      message: `the list item starts ${spaces(Math.abs(difference))} to the ${difference < 0 ? 'left' : 'right'} of the item above it`,
      hint: `start every item of a list in the same column: ${spaces(indentOf(lines[previous - 1] ?? ''))} before the "-"`,
    };
  }
  return undefined;
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

/** The quote mark a line opens a text with and does not close, if any. */
function unclosedQuote(line: string): string | undefined {
  const value = /^\s*(?:- )?(?:[\w-]+:\s+)?(["'])(.*)$/.exec(line);
  if (!value) return undefined;
  const [, quote, rest] = value as unknown as [string, string, string];
  const closed = quote === '"' ? /(?<!\\)"/.test(rest) : /'/.test(rest.replaceAll("''", ''));
  return closed ? undefined : quote;
}

/** The nearest line at or before `from` (from 1) that matches. */
function findBack(lines: readonly string[], from: number, test: (line: string) => boolean): number | undefined {
  for (let i = Math.min(from, lines.length); i >= 1; i--) if (test(lines[i - 1] ?? '')) return i;
  return undefined;
}
