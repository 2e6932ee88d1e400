import { describe, expect, test } from 'vitest';
import { headlineSet } from '../../src/lib/headline-figures.ts';
import type { Figure } from '../../src/schemas/index.ts';

const figure = (id: string, theme: string, headline: boolean): Figure => ({
  id,
  label: id,
  value: 1,
  unit: 'count',
  area: 'both',
  theme,
  year: '2024-25',
  statement: id,
  headline,
  changes: [],
});

describe('the headline set', () => {
  test('holds only figures marked headline, in the order given', () => {
    const figures = [figure('a', 'data', true), figure('b', 'data', false), figure('c', 'awareness', true)];
    expect(headlineSet(figures).map((f) => f.id)).toEqual(['a', 'c']);
  });

  test('holds at most four of one theme: the first four', () => {
    const figures = ['a', 'b', 'c', 'd', 'e'].map((id) => figure(id, 'reducing-risk', true));
    expect(headlineSet([...figures, figure('f', 'data', true)]).map((f) => f.id)).toEqual(['a', 'b', 'c', 'd', 'f']);
  });
});
