import { contentLayout } from '../lib/content-layout.ts';
import { bodyFieldOf, inOrder, listOf, type Collection } from './form-parts.ts';
import { fileNameField, formatName, listField } from './formats.ts';
import { fieldsFrom } from './schema-fields.ts';

/**
 * The editor's collections of yearly files: progress (a collection per year, a file per theme),
 * figures and charts (a file per year). Each year in content/years/ has its forms, and so has the
 * year after the newest, marked as new until its file exists (src/cms/content-facts.ts, formYears).
 */

/** A year the editor has forms for: `started` once its file in content/years/ exists. */
export type FormYear = { year: string; started: boolean };

/** What a yearly form is called: the year after the newest is marked as new until its file exists. */
const yearLabel = ({ year, started }: FormYear) => (started ? year : `${year} (new year)`);

/** An achievement's partners: picked from content/partners.yaml, so only a partner that exists. */
const pickPartners = {
  widget: 'relation',
  collection: 'partners',
  file: 'partners',
  value_field: `${listField}.*.id`,
  search_fields: [`${listField}.*.name`, `${listField}.*.id`],
  display_fields: [`${listField}.*.name`],
  multiple: true,
  required: false,
} as const;

/** A theme or aim, picked from content/themes/ by its title. */
const pickTheme = () => ({
  widget: 'relation',
  collection: 'themes',
  value_field: '{{slug}}',
  search_fields: ['title'],
  display_fields: ['title'],
});

/** One collection per year: a folder of MDX files, one per theme or aim, each named after it. */
export function progressCollection(root: string, entry: FormYear): Collection {
  const { year, started } = entry;
  return {
    name: `progress-${year}`,
    label: `Progress ${yearLabel(entry)}`,
    label_singular: `progress of one theme or aim in ${year}`,
    description: started
      ? `What was achieved under each theme or aim in ${year} (one file per theme, named after it), and the priorities for the next year.`
      : `The next year, ${year}: add it under Years first (with Draft on), then a file here for each theme or aim.`,
    folder: `${root}/progress/${year}`,
    extension: 'mdx',
    format: formatName('mdx', `progress-${year}`),
    // A new file is named after the theme or aim picked for it ({{slug}} is that field's value).
    create: true,
    // A file deleted while a figure, a link or a published year still needs it is refused by the build.
    delete: true,
    identifier_field: fileNameField,
    slug: '{{slug}}',
    summary: '{{filename}}',
    fields: [
      {
        name: fileNameField,
        label: 'Theme or aim (new file only)',
        ...pickTheme(),
        required: false,
        hint: `Only when adding a file: the theme or aim it is for, which names the file. One file per theme or aim in ${year}. Leave it empty in an existing file: it renames nothing and is never saved in the file.`,
      },
      ...fieldsFrom(contentLayout.progress.schema, {
        'achievements.text': { widget: 'text' },
        'achievements.partners': { ...pickPartners, label: 'Partners' },
        'priorities.text': { widget: 'text' },
      }),
      bodyFieldOf('Narrative shown above the achievements, if any. Markdown; a number as <Figure id="…" />.'),
    ],
  };
}

/** Every year's figures, a file each: a year's file that does not exist yet is made when its form is first saved. */
export function figuresCollection(root: string, years: readonly FormYear[]): Collection {
  return {
    name: 'figures',
    label: 'Figures',
    format: formatName('yaml-list', 'figures'),
    files: years.map((entry) => ({
      name: entry.year,
      label: `Figures ${yearLabel(entry)}`,
      file: `${root}/figures/${entry.year}.yaml`,
      fields: listOf(
        'Figures',
        inOrder(
          fieldsFrom(contentLayout.figures.schema, {
            // The number itself is written once, in the achievement's text: the figure says which of its numbers it is.
            number: {
              hint: 'Which number of the achievement’s text this figure is: leave empty for the first, 2 for the second, and so on. The number itself is taken from that text, so to correct it, correct the achievement.',
            },
            unit: { hint: 'count, or percent when the text writes the number with %, like 63%.' },
            theme: pickTheme(),
            year: { widget: 'hidden', default: entry.year },
            statement: {
              widget: 'relation',
              collection: `progress-${entry.year}`,
              value_field: 'achievements.*.id',
              search_fields: ['achievements.*.text', 'achievements.*.id'],
              display_fields: ['achievements.*.text'],
            },
          }),
          ['id', 'label', 'unit'],
        ),
        `Every number in the ${entry.year} report.`,
      ),
    })),
  };
}

/** Every year's charts, a file each, drawn from that year's figures. */
export function chartsCollection(root: string, years: readonly FormYear[]): Collection {
  return {
    name: 'charts',
    label: 'Charts',
    format: formatName('yaml-list', 'charts'),
    files: years.map((entry) => ({
      name: entry.year,
      label: `Charts ${yearLabel(entry)}`,
      file: `${root}/charts/${entry.year}.yaml`,
      fields: listOf(
        'Charts',
        fieldsFrom(contentLayout.charts.schema, {
          year: { widget: 'hidden', default: entry.year },
          summary: { widget: 'text' },
          figures: {
            widget: 'relation',
            collection: 'figures',
            file: entry.year,
            value_field: `${listField}.*.id`,
            search_fields: [`${listField}.*.label`, `${listField}.*.id`],
            display_fields: [`${listField}.*.label`],
            multiple: true,
            min: 1,
          },
        }),
        `The charts of ${entry.year}, drawn from its figures.`,
      ),
    })),
  };
}
