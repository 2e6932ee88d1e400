import { describe, expect, test } from 'vitest';
import type { Field } from '../../src/cms/schema-fields.ts';
import { chartsCollection, figuresCollection, progressCollection } from '../../src/cms/yearly-collections.ts';

const years = [
  { year: '2024-25', started: true },
  { year: '2025-26', started: false },
];
const items = (fields: unknown) => (fields as Field[])[0]!['fields'] as Field[];

describe('the collections of yearly files', () => {
  test('progress: a collection per year, its files named after the theme picked; the year to come marked as new', () => {
    const started = progressCollection('c', years[0]!);
    expect(started).toMatchObject({ name: 'progress-2024-25', label: 'Progress 2024-25', folder: 'c/progress/2024-25' });
    expect(String(started['description'])).toContain('What was achieved under each theme or aim in 2024-25');
    const next = progressCollection('c', years[1]!);
    expect(next).toMatchObject({ name: 'progress-2025-26', label: 'Progress 2025-26 (new year)' });
    expect(String(next['description'])).toContain('add it under Years first');
    const fields = started['fields'] as Field[];
    expect(fields[0]).toMatchObject({ name: 'fileName', widget: 'relation', collection: 'themes' });
    expect(fields.at(-1)).toMatchObject({ name: 'body', widget: 'text' });
    const achievement = (fields.find((f) => f.name === 'achievements')!['fields'] as Field[]).find((f) => f.name === 'partners');
    expect(achievement).toMatchObject({ widget: 'relation', collection: 'partners', multiple: true });
  });

  test('figures and charts: a file per year, its year fixed, its references picked from that year', () => {
    const figures = figuresCollection('c', years)['files'] as { name: string; label: string; file: string; fields: Field[] }[];
    expect(figures.map((f) => [f.name, f.label, f.file])).toEqual([
      ['2024-25', 'Figures 2024-25', 'c/figures/2024-25.yaml'],
      ['2025-26', 'Figures 2025-26 (new year)', 'c/figures/2025-26.yaml'],
    ]);
    const figure = items(figures[1]!.fields);
    expect(figure.slice(0, 3).map((f) => f.name)).toEqual(['id', 'label', 'unit']);
    expect(figure.find((f) => f.name === 'year')).toMatchObject({ widget: 'hidden', default: '2025-26' });
    expect(figure.find((f) => f.name === 'statement')).toMatchObject({ widget: 'relation', collection: 'progress-2025-26' });
    const charts = chartsCollection('c', years)['files'] as { fields: Field[] }[];
    expect(items(charts[1]!.fields).find((f) => f.name === 'figures')).toMatchObject({
      widget: 'relation',
      collection: 'figures',
      file: '2025-26',
      min: 1,
    });
  });
});
