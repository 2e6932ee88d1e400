/**
 * The year's data in the open: every figure, and every achievement, as one JSON and one CSV file
 * each (`/<year>/figures/data.json` and `.csv`, `/<year>/achievements.json` and `.csv`). The schemas
 * here are the files' published contract: their descriptions become the JSON Schema files
 * (`/open-data/v1/*.schema.json`) and the field lists on the figures page. Pure: the records are
 * built from content by open-data-content.ts, with the same accessors as the pages.
 *
 * Versioning: `schemaVersion` is semantic. A new field is a minor version (1.1.0); renaming or
 * removing a field, or changing what one means, is a new major version with its own schema files
 * (`/open-data/v2/`), the old ones staying published.
 */
import { z } from 'astro/zod';
import { figureQualifiers, figureUnits } from '../schemas/figure.ts';
import { promiseStates } from './promise-states.ts';
import { tableCsv } from './csv.ts';
import type { TableCell } from './chart-table.ts';

export const openDataVersion = '1.1.0';
const major = openDataVersion.split('.')[0]!;

/** The kinds of file, each with its JSON Schema. */
export type OpenDataKind = 'figures' | 'achievements' | 'priorities';
export const openDataKinds: readonly OpenDataKind[] = ['figures', 'achievements', 'priorities'];

/** Where each file and schema lives. */
export const openDataUrls = {
  figures: (yearId: string, format: 'csv' | 'json') => `/${yearId}/figures/data.${format}`,
  achievements: (yearId: string, format: 'csv' | 'json') => `/${yearId}/achievements.${format}`,
  priorities: (yearId: string, format: 'csv' | 'json') => `/${yearId}/priorities.${format}`,
  schema: (kind: OpenDataKind) => `/open-data/v${major}/${kind}.schema.json`,
} as const;

const id = z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
const yearId = z.string().regex(/^\d{4}-\d{2}$/);
/** An ISO 8601 interval of two dates: "2024-04-01/2025-03-31". */
const period = z.string().regex(/^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/);

/** One figure: a number the year's report states. */
export const figureRecord = z.strictObject({
  id: id.describe('Names the figure. Unique within the year; the same id in another year is the same measure.'),
  label: z.string().describe('What the number counts, in the report’s words; it reads after the number: "cases heard at MARAC".'),
  value: z.number().describe('The number: a whole number for a count, 0 to 100 for a percentage (63 for 63%).'),
  qualifier: z
    .enum(figureQualifiers)
    .nullable()
    .describe('"over" or "more than" where the report gives the number only as a lower bound; otherwise null (empty in the CSV).'),
  unit: z.enum(figureUnits).describe('"count" or "percent".'),
  area: z
    .enum(['Cambridgeshire', 'Peterborough', 'Cambridgeshire & Peterborough'])
    .describe('Where it was counted; "Cambridgeshire & Peterborough" where the report names no single area.'),
  theme: id.describe('Id of the strategy theme or aim it is reported under (the achievements file uses the same ids).'),
  themeTitle: z.string().describe('That theme’s or aim’s title.'),
  achievement: id.describe('Id of the achievement whose words state the number (in the achievements file).'),
  achievementText: z.string().describe('Those words, as the report gives them.'),
  source: z
    .string()
    .describe('Who collected the number: the organisation where the report names one, otherwise "DASV Partnership partners".'),
  year: yearId.describe('Id of the strategy year: "2024-25".'),
  period: period.describe('The period it covers, as an ISO 8601 interval of dates: "2024-04-01/2025-03-31".'),
  url: z.url().describe('Its place on the site: its card on the year’s figures page.'),
  previousYearValue: z
    .number()
    .nullable()
    .describe(
      'The same measure’s value in the year before (the same id in its file); null where that year did not report it. Since 1.1.0.',
    ),
  change: z
    .number()
    .nullable()
    .describe(
      'value minus previousYearValue (in percentage points for a percentage); null where either is not exact or there is none. Since 1.1.0.',
    ),
  corrected: z
    .array(z.string())
    .describe(
      'Each correction of the published number: "2026-06-02: was 1320. <note>" (in the CSV: separated by "; "); may be empty. Since 1.1.0.',
    ),
});

/** One achievement: an item of a theme's or aim's list of achievements in the year. */
export const achievementRecord = z.strictObject({
  id: id.describe('Names the achievement; unique within the year, and the end of its link.'),
  text: z.string().describe('What was achieved, in the report’s words.'),
  theme: id.describe('Id of the strategy theme or aim it is reported under.'),
  themeTitle: z.string().describe('That theme’s or aim’s title.'),
  partners: z.array(id).describe('Ids of the partner organisations it names (in the CSV: separated by "; "); may be empty.'),
  partnerNames: z.array(z.string()).describe('Their names, in the same order (in the CSV: separated by "; ").'),
  figures: z.array(id).describe('Ids of the figures its words state (in the figures file; in the CSV: separated by "; ").'),
  year: yearId.describe('Id of the strategy year: "2024-25".'),
  period: period.describe('The period it covers, as an ISO 8601 interval of dates: "2024-04-01/2025-03-31".'),
  url: z.url().describe('Its place on the site: the achievement on its theme’s page.'),
});

/** One promise: a priority the year named for the next, and what became of it. Since 1.1.0. */
export const priorityRecord = z.strictObject({
  id: id.describe('Names the priority; unique within the year, and the end of its link.'),
  text: z.string().describe('The priority, in the report’s words.'),
  theme: id.describe('Id of the strategy theme or aim it was set under.'),
  themeTitle: z.string().describe('That theme’s or aim’s title.'),
  promisedFor: z.string().describe('The year it was set for, as the strategy names it: "Year Two".'),
  status: z
    .enum(promiseStates)
    .describe(
      '"done", "in-progress", "carried-forward" or "dropped" as the next year reports it; "not-reported" where the next year’s report for its theme leaves it out; "to-be-reported" until then.',
    ),
  statusLabel: z.string().describe('The status in words, as the site shows it: "Done", "To be reported in Year Two".'),
  note: z.string().nullable().describe('What the next year says about it; null until it is reported.'),
  reportedIn: yearId.nullable().describe('Id of the year that reports it: "2025-26"; null until that year is published.'),
  evidence: z.array(id).describe('Ids of that year’s achievements that show it (in its achievements file; in the CSV: separated by "; ").'),
  evidenceUrls: z.array(z.url()).describe('Their places on the site, in the same order (in the CSV: separated by "; ").'),
  year: yearId.describe('Id of the strategy year that set it: "2024-25".'),
  period: period.describe('The period of that year, as an ISO 8601 interval of dates.'),
  url: z.url().describe('Its place on the site: the priority on its theme’s page.'),
});

/** What every file says about itself before its records. */
const fileHeader = {
  $schema: z.url().describe('The JSON Schema this file follows.'),
  schemaVersion: z
    .string()
    .regex(new RegExp(`^${major}\\.\\d+\\.\\d+$`))
    .describe(
      `The version of the schema the file follows, ${openDataVersion} here (semantic: a new major version renames or removes fields).`,
    ),
  title: z.string().describe('The report the data comes from: "Progress in Year One, 2024/25".'),
  publisher: z.string().describe('Who publishes it: the partnership.'),
  year: yearId.describe('Id of the strategy year: "2024-25".'),
  period: period.describe('The period the year covers, as an ISO 8601 interval of dates.'),
};

export const figuresFile = z.strictObject({ ...fileHeader, figures: z.array(figureRecord) }).describe('Every figure of one year.');
export const achievementsFile = z
  .strictObject({ ...fileHeader, achievements: z.array(achievementRecord) })
  .describe('Every achievement of one year.');

export const prioritiesFile = z
  .strictObject({ ...fileHeader, priorities: z.array(priorityRecord) })
  .describe('Every priority one year set for the next, with what became of it.');

const files = { figures: figuresFile, achievements: achievementsFile, priorities: prioritiesFile } as const;
const recordSchemas = { figures: figureRecord, achievements: achievementRecord, priorities: priorityRecord } as const;

export type PriorityRecord = z.infer<typeof priorityRecord>;
export type PrioritiesFile = z.infer<typeof prioritiesFile>;
export type FigureRecord = z.infer<typeof figureRecord>;
export type AchievementRecord = z.infer<typeof achievementRecord>;
export type FiguresFile = z.infer<typeof figuresFile>;
export type AchievementsFile = z.infer<typeof achievementsFile>;

/** The JSON Schema of a file, from the zod schema the build checks it with, so the two cannot differ. */
export function jsonSchema(kind: OpenDataKind, site: URL | string): object {
  const schema = z.toJSONSchema(files[kind], { target: 'draft-2020-12' });
  return {
    ...schema,
    $id: new URL(openDataUrls.schema(kind), site).href,
    title: `DASV progress open data: ${kind}, version ${openDataVersion}`,
  };
}

/** A field of a record, for the list on the figures page: its name and what it holds. */
export function fieldList(kind: OpenDataKind): { name: string; description: string }[] {
  const record = recordSchemas[kind];
  return Object.entries(record.shape).map(([name, field]) => ({ name, description: field.description ?? '' }));
}

/**
 * Records as a CSV file, one column per field in the schema's order, headed by the field names;
 * lists joined by "; ", null as an empty field. Written by the same function as every chart's CSV
 * (RFC 4180, values as plain numbers, cells neutralised where the chart CSVs are).
 */
export function recordsCsv(kind: OpenDataKind, records: readonly (FigureRecord | AchievementRecord | PriorityRecord)[]): string {
  const headers = fieldList(kind).map((field) => field.name);
  const cell = (value: unknown): TableCell => {
    if (typeof value === 'number') return { text: String(value), csv: value };
    const text = Array.isArray(value) ? value.join('; ') : value === null || value === undefined ? '' : String(value);
    return { text, csv: text };
  };
  const rows = records.map((record) => headers.map((name) => cell((record as Record<string, unknown>)[name])));
  return tableCsv({ headers, rows });
}
