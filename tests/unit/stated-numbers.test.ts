import { describe, expect, test } from 'vitest';
import { figureNumberIn, numbersIn, ordinal, statedNumbers, statesFigure } from '../../src/lib/stated-numbers.ts';

describe('numbers in text', () => {
  test('are read with or without thousands separators, with their unit and qualifier', () => {
    expect(numbersIn('4,599 referrals to IDVA service, 63% engagement – 2,897 supported')).toEqual([
      { written: '4,599', value: 4599, unit: 'count', qualifier: undefined },
      { written: '63%', value: 63, unit: 'percent', qualifier: undefined },
      { written: '2,897', value: 2897, unit: 'count', qualifier: undefined },
    ]);
    expect(numbersIn('reached 1700 children').map((n) => n.value)).toEqual([1700]);
    expect(numbersIn('seen by over 1,800 people')[0]?.qualifier).toBe('over');
    expect(numbersIn('to more than 500 professionals')[0]?.qualifier).toBe('more than');
  });

  test('a figure is stated only by its own number and unit', () => {
    const text = '4,599 referrals to IDVA service, 63% engagement – 2,897 supported';
    expect(statesFigure(text, { value: 4599, unit: 'count' })).toBe(true);
    expect(statesFigure(text, { value: 63, unit: 'percent' })).toBe(true);
    expect(statesFigure(text, { value: 63, unit: 'count' })).toBe(false);
    expect(statesFigure(text, { value: 4598, unit: 'count' })).toBe(false);
    // "8" is not stated by "8,796"
    expect(statesFigure('Cambs 8,796', { value: 8, unit: 'count' })).toBe(false);
  });

  test('a lower bound must keep its word in the text, and small counts may be words', () => {
    expect(statesFigure('seen by over 1,800 people', { value: 1800, unit: 'count', qualifier: 'over' })).toBe(true);
    expect(statesFigure('seen by 1,800 people', { value: 1800, unit: 'count', qualifier: 'over' })).toBe(false);
    expect(statesFigure('Two “It Starts with Men” events held', { value: 2, unit: 'count' })).toBe(true);
    expect(statesFigure('Three events held', { value: 2, unit: 'count' })).toBe(false);
  });
});

describe("a figure's number, taken from its achievement's text", () => {
  test("is the figure's place among the numbers written in digits or as words up to ten", () => {
    const text = '4,599 referrals to IDVA service, 63% engagement – 2,897 supported';
    expect(statedNumbers(text).map((n) => [n.written, n.value, n.unit])).toEqual([
      ['4,599', 4599, 'count'],
      ['63%', 63, 'percent'],
      ['2,897', 2897, 'count'],
    ]);
    expect(figureNumberIn(text, {})?.value).toBe(4599);
    expect(figureNumberIn(text, { number: 2 })).toMatchObject({ value: 63, unit: 'percent' });
    expect(figureNumberIn(text, { number: 4 })).toBeUndefined();
    expect(figureNumberIn('Two “It Starts with Men” events held', {})?.value).toBe(2);
    // A word counts in its place: "one day" is the first number, 73 the second.
    expect(statedNumbers('Child to Parent Abuse one day training to 73 professionals').map((n) => n.value)).toEqual([1, 73]);
    expect(statedNumbers('at least once, and someone else').map((n) => n.value)).toEqual([]);
  });

  test('keeps the word before it, so a figure with "over" is checked against the text', () => {
    expect(statedNumbers('seen by over 1,800 people, Stalking SWAY reached 16,460 people').map((n) => n.qualifier)).toEqual([
      'over',
      undefined,
    ]);
    expect(statedNumbers('Over 350 professionals')[0]?.qualifier).toBe('over');
  });

  test('places are said as ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '101st',
    ]);
  });
});
