import { describe, expect, test } from 'vitest';
import { csvField, downloadName, neutraliseCell, tableCsv } from '../../src/lib/csv.ts';
import { chartTable } from '../../src/lib/chart-table.ts';
import type { Figure } from '../../src/schemas/index.ts';

describe('CSV cells are neutralised as OWASP advises, so no cell runs as a formula in a spreadsheet', () => {
  test.each([
    ['=HYPERLINK("https://example.com","Click")', `'=HYPERLINK("https://example.com","Click")`],
    ['+44 808 2000 247', "'+44 808 2000 247"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['  =1+1', "'  =1+1"],
  ])('%j becomes %j', (text, expected) => {
    expect(neutraliseCell(text)).toBe(expected);
  });

  test.each([['Cases heard'], ['Women (refuge)'], ['a = b'], ["Children's Early Help"], ['']])('%j stays as it is', (text) => {
    expect(neutraliseCell(text)).toBe(text);
  });

  test('numbers are written as numbers, negative ones too', () => {
    expect(neutraliseCell(-251)).toBe('-251');
    expect(csvField(-3.5)).toBe('-3.5');
  });

  test('a neutralised cell is still quoted where it holds a comma or a quote', () => {
    expect(csvField('=1,2')).toBe(`"'=1,2"`);
    expect(csvField('=A1&"x"')).toBe(`"'=A1&""x"""`);
  });

  test('a figure label starting with = reaches the chart CSV file as text', () => {
    const figure: Figure = {
      id: 'formula',
      label: '=HYPERLINK("https://example.com","x")',
      value: 7,
      unit: 'count',
      area: 'both',
      theme: 'data',
      year: '2024-25',
      statement: 'x',
    } as Figure;
    const csv = tableCsv(chartTable({ kind: 'bar' }, [figure]));
    expect(csv.split('\r\n')[1]).toBe(`"'=HYPERLINK(""https://example.com"",""x"")",Cambridgeshire & Peterborough,7`);
  });
});

describe('downloaded CSV files are named after the chart and the year', () => {
  test('a board member can tell the files apart', () => {
    expect(downloadName('2024-25', 'training-reach')).toBe('training-reach-2024-25.csv');
    expect(downloadName('2025-26', 'training-reach')).not.toBe(downloadName('2024-25', 'training-reach'));
  });
});
