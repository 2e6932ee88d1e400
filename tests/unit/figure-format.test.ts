import { describe, expect, test } from 'vitest';
import { formatFigure, formatValue } from '../../src/lib/figure-format.ts';

describe('numbers are written as in en-GB', () => {
  test('counts have thousands separators', () => {
    expect(formatValue(1237, 'count')).toBe('1,237');
    expect(formatValue(16460, 'count')).toBe('16,460');
    expect(formatValue(8, 'count')).toBe('8');
    expect(formatValue(0, 'count')).toBe('0');
  });

  test('percentages carry the sign, decimals only when there are some', () => {
    expect(formatValue(63, 'percent')).toBe('63%');
    expect(formatValue(100, 'percent')).toBe('100%');
    expect(formatValue(62.5, 'percent')).toBe('62.5%');
  });

  test('a lower bound keeps its word', () => {
    expect(formatFigure({ value: 1800, unit: 'count', qualifier: 'over' })).toBe('over 1,800');
    expect(formatFigure({ value: 500, unit: 'count', qualifier: 'more than' })).toBe('more than 500');
    expect(formatFigure({ value: 92, unit: 'percent' })).toBe('92%');
  });
});
