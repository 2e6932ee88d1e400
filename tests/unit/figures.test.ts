import { describe, expect, test } from 'vitest';
import { formatPeriod } from '../../src/lib/dates.ts';
import { progressFileYear } from '../../src/lib/content-layout.ts';
import {
  changeCell,
  chartDrawing,
  chartSource,
  chartTable,
  comparisonTable,
  figureNumberIn,
  findFigure,
  formatFigure,
  formatValue,
  numbersIn,
  ordinal,
  shownTable,
  statedNumbers,
  statesFigure,
  tableCsv,
} from '../../src/lib/figures.ts';
import type { Figure } from '../../src/schemas/index.ts';

function figure(overrides: Partial<Figure> & Pick<Figure, 'id' | 'value'>): Figure {
  return {
    label: 'cases heard',
    unit: 'count',
    area: 'both',
    theme: 'reducing-risk',
    year: '2024-25',
    statement: 'marac-cases-heard',
    headline: false,
    ...overrides,
  } as Figure;
}

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

describe('figure lookup', () => {
  const figures = [figure({ id: 'marac-cases', value: 1237 }), figure({ id: 'refuge-women', value: 98 })];

  test('finds a figure by its id', () => {
    expect(findFigure(figures, 'refuge-women').value).toBe(98);
  });

  test('refuses an unknown id, naming it', () => {
    expect(() => findFigure(figures, 'marac-case')).toThrow(
      '<Figure id="marac-case" />: there is no figure "marac-case" in content/figures/',
    );
  });
});

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

  test('the same id in two years is told apart by the year', () => {
    const both = [figure({ id: 'marac-cases', value: 1237 }), figure({ id: 'marac-cases', value: 1302, year: '2025-26' })];
    expect(findFigure(both.slice(1), 'marac-cases').value).toBe(1302);
    expect(() => findFigure(both, 'marac-cases')).toThrow(
      '<Figure id="marac-cases" />: "marac-cases" is a figure of 2024-25, 2025-26; name the year, like <Figure id="marac-cases" year="2024-25" />',
    );
  });

  test("a progress file's figures are its year's; other files name none", () => {
    expect(progressFileYear('/site/content/progress/2025-26/reducing-risk.mdx')).toBe('2025-26');
    expect(progressFileYear('C:\\site\\content\\progress\\2025-26\\data.mdx')).toBe('2025-26');
    expect(progressFileYear('/site/content/pages/about.mdx')).toBeUndefined();
    expect(progressFileYear(undefined)).toBeUndefined();
  });
});

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
