import { decodeHTML } from 'entities';
import { numbersInText, phoneProblem } from '../../lib/phone.ts';
import { positionOf } from '../file-text.ts';
import type { ContentProblem } from '../types.ts';

/**
 * Phone numbers written in running text, in any content file: a phone dials one when it is tapped
 * as surely as a `tel:` link, so each meets the same rules as the numbers in content/help.yaml
 * (src/lib/phone.ts), with its line and column. `yamlEnd` is where the file's YAML ends (its length
 * for a .yaml file, the frontmatter's for an .mdx file). A premium-rate, personal or mobile number cannot
 * reach readers through a page's words any more than through the help box. Digits of other
 * scripts (a full-width ０, an Arabic-Indic ٠) are refused outright: they show as a number
 * that is not the one stored, and a phone may dial either.
 */
export function numberProblems(text: string, file: string, yamlEnd: number): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const match of text.matchAll(/(?![0-9])\p{Nd}/gu)) {
    const code = `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    problems.push({
      file,
      ...positionOf(text, match.index),
      message: `a digit of another script (${match[0]}, ${code}), which can show as one number and be stored or dialled as another`,
      hint: 'type the digits 0 to 9 on the keyboard',
      unreadable: true,
    });
  }
  // Each line of YAML is read as the page will show it: character references decoded (0909&nbsp;879
  // is shown, and dialled, as 0909 879). A line keeps its number; a column is named where the line
  // holds no reference to shift it. An MDX body is read from its tree instead (allow-list.ts).
  const lines = text.slice(0, yamlEnd).split('\n');
  lines.forEach((raw, index) => {
    const line = decodeHTML(raw);
    if (/^\s*(- )?phone: *['"]?[\d ]+['"]? *$/.test(line)) return; // a phone field: its schema says more
    for (const { offset, message, hint } of textNumberProblems(line)) {
      problems.push({ file, line: index + 1, ...(line === raw ? { column: offset + 1 } : {}), message, hint });
    }
  });
  return problems;
}

/** The numbers in some text, as shown, that the phone rules refuse: what each is, and what to do. */
export function textNumberProblems(text: string): { offset: number; message: string; hint: string }[] {
  return numbersInText(text).flatMap((number) => {
    const problem = phoneProblem(number.digits);
    if (!problem) return [];
    return [
      {
        offset: number.offset,
        message: `the phone number ${number.written}: ${problem.replace(`${number.digits} is `, 'it is ')}`,
        hint: "a reader's phone dials a number in the text when it is tapped: give only a helpline's number that content/help.yaml lists, written like 0808 2000 247",
      },
    ];
  });
}
