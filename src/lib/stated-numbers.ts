/**
 * The numbers written in an achievement's text (in digits, or counts up to ten as words): a figure
 * takes its value from them, and the checker holds figures and charts against them.
 */
import type { Figure } from '../schemas/index.ts';

type Unit = Figure['unit'];

/** A number found in running text, with what the text says around it. */
export interface NumberInText {
  /** The number as written: `4,599`, `63%`, `1700`. */
  readonly written: string;
  readonly value: number;
  readonly unit: Unit;
  /** "over" or "more than" when the text puts it before the number. */
  readonly qualifier: Figure['qualifier'];
}

const NUMBER = /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(%?)/g;
const QUALIFIER_BEFORE = /\b(over|more than)\s+$/i;
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/**
 * Every number written in digits in `text`, with or without thousands separators ("1,237" and
 * "1700" both count), so a figure can be checked against the words that state it.
 */
export function numbersIn(text: string): NumberInText[] {
  return [...text.matchAll(NUMBER)].map((match) => {
    const before = text.slice(0, match.index);
    const qualifier = QUALIFIER_BEFORE.exec(before)?.[1]?.toLowerCase() as Figure['qualifier'];
    return {
      written: match[0],
      value: Number(`${match[1]!.replaceAll(',', '')}${match[2] ?? ''}`),
      unit: match[3] ? 'percent' : 'count',
      qualifier,
    };
  });
}

/**
 * Whether `text` states the figure: its number (in digits, or a count up to ten as a word such
 * as "Two") with its unit, and, if the figure has a qualifier ("over"), with that word before it.
 * A figure without one may still follow "over": "164 professionals over 5 sessions".
 */
export function statesFigure(text: string, figure: Pick<Figure, 'value' | 'unit' | 'qualifier'>): boolean {
  const inDigits = numbersIn(text).some(
    (n) => n.value === figure.value && n.unit === figure.unit && (figure.qualifier === undefined || n.qualifier === figure.qualifier),
  );
  if (inDigits) return true;
  const word = figure.unit === 'count' && !figure.qualifier ? NUMBER_WORDS[figure.value] : undefined;
  return word !== undefined && new RegExp(`\\b${word}\\b`, 'i').test(text);
}

/**
 * The numbers of an achievement's text a figure can take, in the order they are written: each
 * number in digits ("1,237", "63%", "1700") and each count from one to ten written as a word
 * ("Two events"). A figure names one of them by its place (`number` in content/figures/).
 */
export function statedNumbers(text: string): NumberInText[] {
  const inDigits = [...text.matchAll(NUMBER)].map((match) => ({ at: match.index, number: numbersIn(match[0])[0]! }));
  const inWords = [...text.matchAll(NUMBER_WORD)].map((match) => ({
    at: match.index,
    number: { written: match[0], value: NUMBER_WORDS.indexOf(match[0].toLowerCase()), unit: 'count', qualifier: undefined } as NumberInText,
  }));
  return [...inDigits, ...inWords]
    .sort((a, b) => a.at - b.at)
    .map(({ at, number }) => ({
      ...number,
      qualifier: QUALIFIER_BEFORE.exec(text.slice(0, at))?.[1]?.toLowerCase() as Figure['qualifier'],
    }));
}

const NUMBER_WORD = new RegExp(`\\b(?:${NUMBER_WORDS.join('|')})\\b`, 'gi');

/** "1st", "2nd", "3rd", "4th": the place of a number in a text, as messages say it. */
export function ordinal(place: number): string {
  const tens = place % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][place % 10] ?? 'th');
  return `${place}${suffix}`;
}

/** What a figure's number is taken from: its place among the stated numbers of its achievement's text (1 when not given). */
export interface FigureSource {
  readonly number?: number | undefined;
}

/**
 * The number a figure shows, taken from its achievement's text: the figure's `number`-th stated
 * number (the first when it names none), or undefined when the text has no such number. The text
 * is the one place the number is written, so a correction is one edit and text, cards, charts,
 * tables and open data cannot disagree.
 */
export function figureNumberIn(text: string, figure: FigureSource): NumberInText | undefined {
  return statedNumbers(text)[(figure.number ?? 1) - 1];
}

/** Where the figure's number first stands in `text` (characters from the start), for ordering. */
export function positionIn(text: string, figure: Pick<Figure, 'value' | 'unit'>): number {
  const match = [...text.matchAll(NUMBER)].find(
    (m) => Number(`${m[1]!.replaceAll(',', '')}${m[2] ?? ''}`) === figure.value && (m[3] ? 'percent' : 'count') === figure.unit,
  );
  return match?.index ?? 0;
}
