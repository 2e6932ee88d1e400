import { describe, expect, test } from 'vitest';
import { chartDrawing } from '../../src/lib/chart-drawing.ts';
import { chartTable, shownTable } from '../../src/lib/chart-table.ts';
import { tableCsv } from '../../src/lib/csv.ts';
import { figure } from '../support/figure.ts';

describe('chart tables and CSV files', () => {
  const incidents = [
    figure({ id: 'a', value: 8796, label: 'police reported DA incidents', area: 'Cambridgeshire' }),
    figure({ id: 'b', value: 5065, label: 'police reported DA incidents', area: 'Peterborough' }),
    figure({ id: 'c', value: 2270, label: 'sexual offences reported to police', area: 'Cambridgeshire' }),
    figure({ id: 'd', value: 1509, label: 'sexual offences reported to police', area: 'Peterborough' }),
  ];

  test('a grouped bar has a row per label and a column per area', () => {
    const table = chartTable({ kind: 'grouped-bar' }, incidents);
    expect(table.headers).toEqual(['Measure', 'Cambridgeshire', 'Peterborough']);
    expect(table.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['Police reported DA incidents', '8,796', '5,065'],
      ['Sexual offences reported to police', '2,270', '1,509'],
    ]);
    expect(chartDrawing(table).series).toEqual([
      { name: 'Cambridgeshire', values: [8796, 2270] },
      { name: 'Peterborough', values: [5065, 1509] },
    ]);
  });

  test('a bar chart or funnel has a row per figure with its area', () => {
    const table = chartTable({ kind: 'funnel' }, [
      figure({ id: 'r', value: 4599, label: 'referrals to the IDVA service' }),
      figure({ id: 's', value: 2897, label: 'supported by the IDVA service' }),
    ]);
    expect(table.headers).toEqual(['Stage', 'Area', 'Number']);
    expect(table.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['Referrals to the IDVA service', 'Cambridgeshire & Peterborough', '4,599'],
      ['Supported by the IDVA service', 'Cambridgeshire & Peterborough', '2,897'],
    ]);
  });

  test('the CSV holds the table: same headings and labels, plain numbers, quoted where needed, CRLF', () => {
    const csv = tableCsv(chartTable({ kind: 'grouped-bar' }, incidents));
    expect(csv).toBe(
      'Measure,Cambridgeshire,Peterborough\r\nPolice reported DA incidents,8796,5065\r\nSexual offences reported to police,2270,1509\r\n',
    );
    const quoted = tableCsv(chartTable({ kind: 'bar' }, [figure({ id: 'q', value: 2, label: 'say "hi", twice' })]));
    expect(quoted).toBe('Measure,Area,Number\r\n"Say ""hi"", twice",Cambridgeshire & Peterborough,2\r\n');
  });

  test('a column the same in every row is shown once, in the caption, and kept in the CSV and the drawing', () => {
    const table = chartTable({ kind: 'bar' }, [
      figure({ id: 'w', value: 98, label: 'women supported in local refuges' }),
      figure({ id: 'c', value: 107, label: 'children supported in local refuges' }),
    ]);
    const shown = shownTable(table);
    expect(shown.same).toEqual([{ header: 'Area', text: 'Cambridgeshire & Peterborough' }]);
    expect(shown.table.headers).toEqual(['Measure', 'Number']);
    expect(shown.table.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['Women supported in local refuges', '98'],
      ['Children supported in local refuges', '107'],
    ]);
    expect(shown.table.numericColumns).toEqual([1]);
    expect(chartDrawing(shown.table)).toEqual(chartDrawing(table));
    expect(tableCsv(table)).toContain('Area');
  });

  test('a column that differs between rows stays, and so do numbers that happen to be equal', () => {
    const mixed = chartTable({ kind: 'bar' }, [
      figure({ id: 'p', value: 2332, area: 'Peterborough' }),
      figure({ id: 'b', value: 2332, area: 'both' }),
    ]);
    expect(shownTable(mixed)).toEqual({ table: mixed, same: [] });
    const grouped = chartTable({ kind: 'grouped-bar' }, [
      figure({ id: 'a', value: 5, area: 'Cambridgeshire' }),
      figure({ id: 'b', value: 5, area: 'Peterborough' }),
    ]);
    expect(shownTable(grouped).table.headers).toEqual(['Measure', 'Cambridgeshire', 'Peterborough']);
  });

  test('percentages are headed as such', () => {
    const table = chartTable({ kind: 'bar' }, [figure({ id: 'p', value: 63, unit: 'percent', label: 'engagement' })]);
    expect(table.headers.at(-1)).toBe('Percentage');
    expect(table.rows[0]?.at(-1)).toEqual({ text: '63%', csv: 63 });
  });
});
