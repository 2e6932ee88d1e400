import { describe, expect, test } from 'vitest';
import { achievementRecord, fieldList, figureRecord, figuresFile, jsonSchema, openDataUrls, recordsCsv } from '../../src/lib/open-data.ts';
import { chartSchema } from '../../src/schemas/chart.ts';

const figure = {
  id: 'dasv-sways-views',
  label: 'people saw the DASV SWAYs with the Safeguarding Board',
  value: 1800,
  qualifier: 'over' as const,
  unit: 'count' as const,
  area: 'Cambridgeshire & Peterborough' as const,
  theme: 'awareness',
  themeTitle: 'Awareness',
  achievement: 'dasv-and-stalking-sways',
  achievementText: 'DASV SWAYs with Safeguarding Board seen by over 1,800 people, Stalking SWAY reached 16,460 people',
  source: 'DASV Partnership partners',
  year: '2024-25',
  period: '2024-04-01/2025-03-31',
  url: 'https://www.cambsdasv.org.uk/2024-25/figures/#figure-dasv-sways-views',
  previousYearValue: null,
  change: null,
  corrected: [],
};

describe('open data', () => {
  test('lives at clean, versioned addresses', () => {
    expect(openDataUrls.figures('2024-25', 'csv')).toBe('/2024-25/figures/data.csv');
    expect(openDataUrls.achievements('2024-25', 'json')).toBe('/2024-25/achievements.json');
    expect(openDataUrls.schema('figures')).toBe('/open-data/v1/figures.schema.json');
  });

  test('a CSV row is the record: numbers plain, null empty, lists joined by "; ", quoted where needed', () => {
    const csv = recordsCsv('figures', [figure, { ...figure, id: 'x', qualifier: null, value: 63, unit: 'percent' }]);
    const [header, first, second] = csv.split('\r\n');
    expect(header).toBe(
      fieldList('figures')
        .map((f) => f.name)
        .join(','),
    );
    expect(first).toContain(',1800,over,count,Cambridgeshire & Peterborough,');
    expect(first).toContain('"DASV SWAYs with Safeguarding Board seen by over 1,800 people, Stalking SWAY reached 16,460 people"');
    expect(second).toContain(',63,,percent,');
    const achievement = achievementRecord.parse({
      id: 'a',
      text: 'Text',
      theme: 'awareness',
      themeTitle: 'Awareness',
      partners: ['police', 'cpft'],
      partnerNames: ['Police', 'CPFT'],
      figures: [],
      year: '2024-25',
      period: '2024-04-01/2025-03-31',
      url: 'https://www.cambsdasv.org.uk/2024-25/awareness/#a',
    });
    expect(recordsCsv('achievements', [achievement]).split('\r\n')[1]).toBe(
      'a,Text,awareness,Awareness,police; cpft,Police; CPFT,,2024-25,2024-04-01/2025-03-31,https://www.cambsdasv.org.uk/2024-25/awareness/#a',
    );
  });

  test('the schemas refuse what the files must never hold', () => {
    expect(figureRecord.safeParse(figure).success).toBe(true);
    expect(figureRecord.safeParse({ ...figure, area: 'both' }).success).toBe(false);
    expect(figureRecord.safeParse({ ...figure, extra: 1 }).success).toBe(false);
    expect(figureRecord.safeParse({ ...figure, period: '2024/25' }).success).toBe(false);
    const file = {
      $schema: 'https://x.test/s.json',
      title: 'T',
      publisher: 'P',
      year: '2024-25',
      period: '2024-04-01/2025-03-31',
      figures: [],
    };
    expect(figuresFile.safeParse({ ...file, schemaVersion: '1.2.0' }).success).toBe(true);
    expect(figuresFile.safeParse({ ...file, schemaVersion: '2.0.0' }).success).toBe(false);
  });

  test('every field of the published JSON Schema says what it holds', () => {
    for (const kind of ['figures', 'achievements'] as const) {
      const schema = jsonSchema(kind, 'https://www.cambsdasv.org.uk') as {
        $id: string;
        properties: Record<string, { description?: string; items?: { properties: Record<string, { description?: string }> } }>;
      };
      expect(schema.$id).toBe(`https://www.cambsdasv.org.uk/open-data/v1/${kind}.schema.json`);
      const records = schema.properties[kind]!.items!.properties;
      expect(Object.keys(records)).toEqual(fieldList(kind).map((f) => f.name));
      for (const [name, field] of [...Object.entries(schema.properties), ...Object.entries(records)]) {
        if (name !== kind) expect(field.description, name).toMatch(/\w{3}/);
      }
    }
  });

  test('no chart may take the name of the open-data files', () => {
    const chart = { id: 'data', year: '2024-25', kind: 'bar', title: 'T', summary: 'S', figures: ['a'] };
    expect(chartSchema.safeParse(chart).error?.issues[0]?.message).toMatch(/names the year's open-data files/);
    expect(chartSchema.safeParse({ ...chart, id: 'training-reach' }).success).toBe(true);
  });
});
