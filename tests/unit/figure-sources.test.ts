import { describe, expect, test } from 'vitest';
import { formatPeriod } from '../../src/lib/dates.ts';
import { chartSource } from '../../src/lib/figure-sources.ts';
import { figure } from '../support/figure.ts';

describe('the source line: who collected the figures, and when', () => {
  test('by default the partnership’s partners; a figure or chart may name who', () => {
    expect(chartSource({}, [figure({ id: 'a', value: 1 }), figure({ id: 'b', value: 2 })])).toBe('DASV Partnership partners');
    const police = figure({ id: 'p', value: 3, source: 'Cambridgeshire Constabulary' });
    expect(chartSource({}, [police, figure({ id: 'b', value: 2 }), police])).toBe('Cambridgeshire Constabulary; DASV Partnership partners');
    expect(chartSource({ source: 'Cambridgeshire Constabulary' }, [figure({ id: 'b', value: 2 })])).toBe('Cambridgeshire Constabulary');
  });

  test('the period is the year’s, in months when it runs from the first of one to the last of another', () => {
    expect(formatPeriod(new Date('2024-04-01'), new Date('2025-03-31'))).toBe('April 2024 to March 2025');
    expect(formatPeriod(new Date('2024-04-01'), new Date('2024-02-29'))).toBe('April 2024 to February 2024');
    expect(formatPeriod(new Date('2024-04-15'), new Date('2025-03-31'))).toBe('15 April 2024 to 31 March 2025');
    expect(formatPeriod(new Date('2024-04-01'), new Date('2025-03-30'))).toBe('1 April 2024 to 30 March 2025');
  });
});
