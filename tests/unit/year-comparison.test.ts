import { describe, expect, test } from 'vitest';
import type { Figure } from '../../src/schemas/index.ts';
import { chartDrawing } from '../../src/lib/chart-drawing.ts';
import { tableCsv } from '../../src/lib/csv.ts';
import { changeCell, comparisonTable } from '../../src/lib/year-comparison.ts';
import { figure } from '../support/figure.ts';

describe('a year compared with the year before', () => {
  const years = { previous: 'Year One 2024/25', current: 'Year Two 2025/26' };
  const pair = (previous: Partial<Figure> & Pick<Figure, 'value'>, current: Partial<Figure> & Pick<Figure, 'value'>) => ({
    previous: figure({ id: 'm', ...previous }),
    current: figure({ id: 'm', year: '2025-26', ...current }),
  });

  test('a count changes by a number and a share of the year before', () => {
    expect(changeCell(figure({ id: 'a', value: 4599 }), figure({ id: 'a', value: 4850 }))).toEqual({ text: '+251 (+5%)', csv: 251 });
    expect(changeCell(figure({ id: 'a', value: 200 }), figure({ id: 'a', value: 150 }))).toEqual({ text: '-50 (-25%)', csv: -50 });
    expect(changeCell(figure({ id: 'a', value: 0 }), figure({ id: 'a', value: 3 }))).toEqual({ text: '+3', csv: 3 });
    expect(changeCell(figure({ id: 'a', value: 12 }), figure({ id: 'a', value: 12 }))).toEqual({ text: 'No change', csv: 0 });
  });

  test('a percentage changes by percentage points', () => {
    const percent = { unit: 'percent' } as const;
    expect(changeCell(figure({ id: 'p', value: 63, ...percent }), figure({ id: 'p', value: 66, ...percent }))).toEqual({
      text: '+3 percentage points',
      csv: 3,
    });
    expect(changeCell(figure({ id: 'p', value: 63, ...percent }), figure({ id: 'p', value: 62, ...percent })).text).toBe(
      '-1 percentage point',
    );
  });

  test('no change is claimed for a number given only as a lower bound', () => {
    expect(changeCell(figure({ id: 's', value: 1800, qualifier: 'over' }), figure({ id: 's', value: 2000 }))).toEqual({
      text: 'Not known',
      csv: '',
    });
  });

  test('the table has a row per measure, a column per year and the change; only the years are drawn', () => {
    const table = comparisonTable(years, [
      pair({ value: 4599, label: 'referrals to the IDVA service' }, { value: 4850, label: 'referrals to the IDVA service' }),
      pair(
        { value: 8796, label: 'police reported DA incidents', area: 'Cambridgeshire' },
        { value: 8000, label: 'police reported DA incidents', area: 'Cambridgeshire' },
      ),
      pair({ value: 1800, qualifier: 'over' }, { value: 2000, qualifier: 'over' }),
    ]);
    expect(table.headers).toEqual(['Measure', 'Year One 2024/25', 'Year Two 2025/26', 'Change']);
    expect(table.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['Referrals to the IDVA service', '4,599', '4,850', '+251 (+5%)'],
      ['Police reported DA incidents, Cambridgeshire', '8,796', '8,000', '-796 (-9%)'],
      ['Cases heard', 'over 1,800', 'over 2,000', 'Not known'],
    ]);
    expect(tableCsv(table).split('\r\n')[3]).toBe('Cases heard,over 1800,over 2000,');
    expect(chartDrawing(table).series.map((series) => series.name)).toEqual(['Year One 2024/25', 'Year Two 2025/26']);
  });
});
