import path from 'node:path';
import type { z } from 'astro/zod';
import { contentDir, contentLayout } from '../lib/content-layout.ts';
import type { Drafted } from '../lib/drafts.ts';
import { signInReadyKey } from './config-keys.ts';
import { editorFacts, formYears, noDrafts } from './content-facts.ts';
import { bodyField, fileNameField, formatName, listField, ukDatePattern } from './formats.ts';
import { schemaDocs } from './schema-docs.ts';
import { cmsSettings as defaultSettings } from './settings.ts';
import { slug, yearId } from '../schemas/common.ts';

/**
 * The Decap CMS configuration of the editor at /admin/ (served as /admin/config.yml), made from the
 * zod schemas in src/schemas/ so that the forms and the content checker cannot drift apart: every
 * field of a schema is a field of its form, required where the schema requires it, with the
 * schema's pattern for ids and its allowed values as a pick-list, and the schema's doc comment as
 * its hint. References between files (partners, themes, achievements, figures) are pick-lists of
 * what exists. Collections for yearly files (progress, figures, charts) are made for each year
 * in content/years/.
 */

/** A Decap CMS field, as written in its config. */
export type Field = { name: string; label: string; widget: string } & Record<string, unknown>;

/** A Decap CMS collection, as written in its config. */
export type Collection = { name: string; label: string; format: string } & Record<string, unknown>;

type AnySchema = z.ZodType & { def: Record<string, unknown> & { type: string } };
type Check = { _zod: { def: Record<string, unknown> } };

function humanise(name: string): string {
  const words = name.replace(/([A-Z])/g, ' $1').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function checksOf(schema: AnySchema): Record<string, unknown>[] {
  return ((schema.def['checks'] as Check[] | undefined) ?? []).map((check) => check._zod.def);
}

/** The message the schema gives for a value that breaks its pattern, so the form says what the checker would. */
function patternMessage(schema: AnySchema, bad: string): string {
  const result = schema.safeParse(bad);
  return result.success ? 'does not match the expected pattern' : (result.error.issues[0]?.message ?? 'not as expected');
}

/** Overrides for one field, merged over what the schema gives; `false` leaves the field out of the form. */
type Overrides = Record<string, Partial<Field> | false>;

function fieldFrom(name: string, schema: AnySchema, docs: Map<string, string>, overrides: Overrides, prefix = ''): Field | undefined {
  const override = overrides[prefix + name];
  if (override === false) return undefined;
  let inner = schema;
  let required = true;
  for (;;) {
    if (['optional', 'default', 'nullable'].includes(inner.def.type)) {
      required = false;
      inner = inner.def['innerType'] as AnySchema;
    } else if (inner.def.type === 'pipe') {
      // A value tidied before it is checked (a date written as text): the form edits what is checked.
      inner = inner.def['out'] as AnySchema;
    } else break;
  }
  const field: Field = { name, label: humanise(name), widget: 'string' };
  const hint = docs.get(name);
  if (hint) field['hint'] = hint;
  if (!required) field['required'] = false;
  const checks = checksOf(inner);
  switch (inner.def.type) {
    case 'string': {
      const regex = checks.find((check) => check['format'] === 'regex');
      if (regex) field['pattern'] = [(regex['pattern'] as RegExp).source, patternMessage(inner, ' not valid ')];
      if (inner.def['format'] === 'url') field['pattern'] = ['^https://\\S+$', patternMessage(inner, 'http://')];
      break;
    }
    case 'enum':
      Object.assign(field, { widget: 'select', options: Object.values(inner.def['entries'] as Record<string, string>) });
      break;
    case 'literal':
      Object.assign(field, { widget: 'select', options: inner.def['values'] });
      break;
    case 'number': {
      field.widget = 'number';
      const whole = inner.def['format'] === 'safeint' || checks.some((check) => check['format'] === 'safeint');
      field['value_type'] = whole ? 'int' : 'float';
      for (const check of checks) {
        const value = check['value'] as number;
        if (check['check'] === 'greater_than') field['min'] = check['inclusive'] ? value : value + 1;
        if (check['check'] === 'less_than') field['max'] = check['inclusive'] ? value : value - 1;
      }
      break;
    }
    case 'boolean':
      Object.assign(field, { widget: 'boolean', default: false, required: false });
      break;
    case 'date':
      // Typed the UK way, DD/MM/YYYY, whatever the browser's language (its date picker showed
      // mm/dd/yyyy in a US-English one); the file keeps YYYY-MM-DD (src/cms/formats.ts converts).
      Object.assign(field, {
        widget: 'string',
        pattern: [ukDatePattern, 'type the date as DD/MM/YYYY, like 31/03/2026 for 31 March 2026'],
        hint: `${(hint ?? '').replace(/\s*\(YYYY-MM-DD\)/g, '').replaceAll('YYYY-MM-DD', 'DD/MM/YYYY')} Type it as DD/MM/YYYY: 31/03/2026 is 31 March 2026.`.trim(),
      });
      break;
    case 'array': {
      field.widget = 'list';
      const element = inner.def['element'] as AnySchema;
      const min = checks.find((check) => check['check'] === 'min_length');
      if (min) field['min'] = min['minimum'];
      if (element.def.type === 'object') {
        field['fields'] = fieldsFrom(element, docs, overrides, `${prefix}${name}.`);
        // Each item is shown collapsed by its text (or name), so a long list can be scanned.
        const summary = ['text', 'name', 'label', 'term'].find((key) => key in (element as unknown as z.ZodObject).shape);
        if (summary) field['summary'] = `{{fields.${summary}}}`;
      } else {
        field['field'] = fieldFrom(name, element, new Map(), overrides, `${prefix}${name}[].`);
      }
      break;
    }
    case 'object':
      Object.assign(field, { widget: 'object', fields: fieldsFrom(inner, docs, overrides, `${prefix}${name}.`) });
      break;
    default:
      throw new Error(`the editor has no form field for a zod ${inner.def.type} (${prefix}${name})`);
  }
  const merged: Field = { ...field, ...override };
  // A pick-list of what exists replaces the plain field's own checks.
  if (merged.widget === 'relation' || merged.widget === 'hidden')
    for (const key of ['field', 'fields', 'pattern', 'options']) delete merged[key];
  return merged;
}

/**
 * The form fields of an object schema, or of a discriminated union of them (themes, figures): every
 * field of every option, required only where every option requires it, the discriminator as a
 * pick-list of its values. Where options define a field differently, the first option's wins
 * (override it to loosen it).
 */
export function fieldsFrom(schema: z.ZodType, docs: Map<string, string>, overrides: Overrides = {}, prefix = ''): Field[] {
  const def = (schema as AnySchema).def;
  const options = (def.type === 'union' ? (def['options'] as z.ZodObject[]) : [schema as z.ZodObject]).map((option) =>
    // A refined object (years) is the object with checks: its shape is the object's.
    (option as unknown as AnySchema).def.type === 'object' ? option : ((option as unknown as AnySchema).def['in'] as z.ZodObject),
  );
  const names = [...new Set(options.flatMap((option) => Object.keys(option.shape)))];
  const fields: Field[] = [];
  for (const name of names) {
    const defined = options.map((option) => option.shape[name] as AnySchema | undefined);
    const first = defined.find(Boolean)!;
    const field = fieldFrom(name, first, docs, overrides, prefix);
    if (!field) continue;
    if (defined.some((d) => !d)) field['required'] = false;
    const literals = defined.filter((d) => d?.def.type === 'literal').flatMap((d) => d!.def['values'] as string[]);
    if (options.length > 1 && literals.length === options.length) field['options'] = literals;
    fields.push(field);
  }
  return fields;
}

/** The fields in the order given (the names listed first), the rest after them as they were. */
function inOrder(fields: Field[], first: readonly string[]): Field[] {
  return [
    ...first.flatMap((name) => fields.filter((field) => field.name === name)),
    ...fields.filter((field) => !first.includes(field.name)),
  ];
}

/** The text below an MDX file's front matter, edited as plain text so `<Figure id="…" />` stays as written. */
function bodyFieldOf(hint: string): Field {
  return { name: bodyField, label: 'Text', widget: 'text', required: false, hint };
}

function listOf(label: string, fields: Field[], hint: string): Field[] {
  return [{ name: listField, label, widget: 'list', fields, hint, summary: listSummary(fields) }];
}

function listSummary(fields: readonly Field[]): string {
  const shown = ['label', 'name', 'term', 'title', 'text'].find((key) => fields.some((field) => field.name === key)) ?? 'id';
  return `{{fields.${shown}}} ({{fields.id}})`;
}

/**
 * The field that names a new file (a theme's or page's URL, a year's id): never written into the
 * file, and only asked for when the file is new (the check before saving requires it then).
 */
function fileNameOf(label: string, pattern: z.ZodType, hint: string): Field {
  const regex = checksOf(pattern as AnySchema).find((check) => check['format'] === 'regex')!['pattern'] as RegExp;
  return {
    name: fileNameField,
    label,
    widget: 'string',
    required: false,
    pattern: [regex.source, patternMessage(pattern as AnySchema, ' not valid ')],
    hint,
  };
}

const pickOnePartner = {
  widget: 'relation',
  collection: 'partners',
  file: 'partners',
  value_field: `${listField}.*.id`,
  search_fields: [`${listField}.*.name`, `${listField}.*.id`],
  display_fields: [`${listField}.*.name`],
  multiple: true,
  required: false,
} as const;

/**
 * In every list whose items have an id (achievements, priorities, partners, figures, charts, terms,
 * help services): the id may be left empty, and is then made from the item's words when it is saved
 * (src/cms/ids.ts, in src/scripts/cms-admin.ts).
 */
function withIdsMadeFromWords(collection: Collection): Collection {
  const hint =
    'Left empty, it is made from the words of the item when you save (like police-victim-survey), and shown here. You may change it before the first save; once published it never changes: it is the link people share.';
  const visit = (fields: unknown): unknown =>
    Array.isArray(fields)
      ? fields.map((field: Field) => {
          const inner = field['fields'] ? { ...field, fields: visit(field['fields']) } : field;
          const items = inner['fields'] as Field[] | undefined;
          if (inner.widget !== 'list' || !items?.some((f) => f.name === 'id')) return inner;
          return { ...inner, fields: items.map((f) => (f.name === 'id' ? { ...f, required: false, hint } : f)) };
        })
      : fields;
  return {
    ...collection,
    ...(collection['fields'] ? { fields: visit(collection['fields']) } : {}),
    ...(collection['files']
      ? { files: (collection['files'] as Record<string, unknown>[]).map((file) => ({ ...file, fields: visit(file['fields']) })) }
      : {}),
  };
}

/** The whole configuration: backend, and a collection for every kind of content. */
export function cmsConfig(dir = contentDir(), settings = defaultSettings, leaveOut: Drafted = noDrafts): Record<string, unknown> {
  const root = path.relative(process.cwd(), path.resolve(dir)).split(path.sep).join('/') || '.';
  const years = formYears(dir, leaveOut);
  /** What a yearly form is called: the year after the newest is marked as new until its file exists. */
  const yearLabel = ({ year, started }: { year: string; started: boolean }) => (started ? year : `${year} (new year)`);
  const doc = (file: string): Map<string, string> => schemaDocs(file);
  const collections: Collection[] = [];
  // A new file is named by its form's file-name field ({{slug}} is that field's value); deleting one
  // that other files still name (a theme with progress, a year with progress or figures) is refused
  // by the build, which keeps the site as it was.
  const creatable = { create: true, delete: true, identifier_field: fileNameField, slug: '{{slug}}' } as const;
  /** A collection of one file, content/<name>.yaml, edited in one form: a list (partners, glossary, help) or settings (safety, search). */
  const oneFile = (
    name: 'partners' | 'glossary' | 'help' | 'safety' | 'search',
    label: string,
    formLabel: string,
    fields: Field[],
  ): Collection => ({
    name,
    label,
    format: formatName('listFile' in contentLayout[name] ? 'yaml-list' : 'yaml', name),
    files: [{ name, label: formLabel, file: `${root}/${name}.yaml`, fields }],
  });

  for (const entry of years) {
    const { year, started } = entry;
    collections.push({
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
          widget: 'relation',
          collection: 'themes',
          value_field: '{{slug}}',
          search_fields: ['title'],
          display_fields: ['title'],
          required: false,
          hint: `Only when adding a file: the theme or aim it is for, which names the file. One file per theme or aim in ${year}. Leave it empty in an existing file: it renames nothing and is never saved in the file.`,
        },
        ...fieldsFrom(contentLayout.progress.schema, doc('progress.ts'), {
          'achievements.text': { widget: 'text' },
          'achievements.partners': { ...pickOnePartner, label: 'Partners' },
          'priorities.text': { widget: 'text' },
        }),
        bodyFieldOf('Narrative shown above the achievements, if any. Markdown; a number as <Figure id="…" />.'),
      ],
    });
  }

  collections.push({
    name: 'themes',
    label: 'Themes and aims',
    label_singular: 'theme or aim',
    description: 'The strategy’s five themes and four aims. The file name is the theme’s URL.',
    folder: `${root}/themes`,
    extension: 'mdx',
    format: formatName('mdx', 'themes'),
    ...creatable,
    summary: '{{title}} ({{kind}} {{order}})',
    fields: [
      fileNameOf(
        'URL name (new theme or aim only)',
        slug,
        'Only when adding a theme or aim: its name in web addresses, e.g. healthy-relationships for /2024-25/healthy-relationships/. Leave it empty in an existing one: it renames nothing and is never saved in the file.',
      ),
      ...inOrder(
        fieldsFrom(contentLayout.themes.schema, doc('theme.ts'), {
          kind: { hint: 'theme (one of the five cross-cutting themes) or aim (one of the four aims).' },
          summary: {
            hint: 'A theme’s one sentence from the strategy’s own words, shown on cards and in link previews. Required for a theme.',
          },
          statement: { widget: 'text', hint: 'An aim as the strategy states it, word for word (shown after "Aim:"). Required for an aim.' },
          'principles.description': { widget: 'text' },
        }),
        ['title', 'kind', 'order'],
      ),
      bodyFieldOf('The standing description. Markdown.'),
    ],
  });

  collections.push(
    oneFile(
      'partners',
      'Partners',
      'Partner organisations',
      listOf('Partners', fieldsFrom(contentLayout.partners.schema, doc('partner.ts')), 'The partner organisations that achievements name.'),
    ),
  );

  // A year's file that does not exist yet is made when its form is first saved.
  collections.push({
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
          fieldsFrom(contentLayout.figures.schema, doc('figure.ts'), {
            // The number itself is written once, in the achievement's text: the figure says which of its numbers it is.
            number: {
              hint: 'Which number of the achievement’s text this figure is: leave empty for the first, 2 for the second, and so on. The number itself is taken from that text, so to correct it, correct the achievement.',
            },
            unit: { hint: 'count, or percent when the text writes the number with %, like 63%.' },
            theme: {
              widget: 'relation',
              collection: 'themes',
              value_field: '{{slug}}',
              search_fields: ['title'],
              display_fields: ['title'],
            },
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
  });

  collections.push({
    name: 'charts',
    label: 'Charts',
    format: formatName('yaml-list', 'charts'),
    files: years.map(({ year, started }) => ({
      name: year,
      label: `Charts ${yearLabel({ year, started })}`,
      file: `${root}/charts/${year}.yaml`,
      fields: listOf(
        'Charts',
        fieldsFrom(contentLayout.charts.schema, doc('chart.ts'), {
          year: { widget: 'hidden', default: year },
          summary: { widget: 'text' },
          figures: {
            widget: 'relation',
            collection: 'figures',
            file: year,
            value_field: `${listField}.*.id`,
            search_fields: [`${listField}.*.label`, `${listField}.*.id`],
            display_fields: [`${listField}.*.label`],
            multiple: true,
            min: 1,
          },
        }),
        `The charts of ${year}, drawn from its figures.`,
      ),
    })),
  });

  collections.push({
    name: 'years',
    label: 'Years',
    label_singular: 'year',
    description: 'One file per year of the strategy; the file name (2024-25) is the year’s URL.',
    folder: `${root}/years`,
    extension: 'yaml',
    format: formatName('yaml', 'years'),
    ...creatable,
    summary: '{{label}}, {{period}}',
    fields: [
      fileNameOf(
        'Year (new year only)',
        yearId,
        'Only when adding a year: its id and web address, like 2025-26 for /2025-26/. Leave it empty in an existing year: it renames nothing and is never saved in the file.',
      ),
      ...fieldsFrom(contentLayout.years.schema, doc('year.ts')),
    ],
  });

  collections.push({
    name: 'pages',
    label: 'Standing pages',
    label_singular: 'page',
    folder: `${root}/pages`,
    extension: 'mdx',
    format: formatName('mdx', 'pages'),
    ...creatable,
    summary: '{{title}}',
    fields: [
      fileNameOf(
        'URL name (new page only)',
        slug,
        'Only when adding a page: its web address, e.g. young-people for /young-people/. Leave it empty in an existing page: it renames nothing and is never saved in the file.',
      ),
      ...fieldsFrom(contentLayout.pages.schema, doc('page.ts')),
      bodyFieldOf('The page’s text. Markdown.'),
    ],
  });

  collections.push(
    oneFile(
      'glossary',
      'Glossary',
      'Glossary',
      listOf(
        'Terms',
        fieldsFrom(contentLayout.glossary.schema, doc('glossary.ts'), { explanation: { widget: 'text' } }),
        'Only add a term whose expansion is certain: never guess.',
      ),
    ),
  );

  collections.push(
    oneFile(
      'help',
      'Help services',
      'Help services',
      listOf(
        'Services',
        // A service with no contact (a local one, or one whose number is not yet checked) leaves the
        // whole part out: Decap CMS would still ask for the fields required inside it, so the form does
        // not; the check before saving still refuses a contact without them (src/schemas/help.ts).
        fieldsFrom(contentLayout.help.schema, doc('help.ts'), {
          description: { widget: 'text' },
          'contact.source': { required: false },
          'contact.checked': { required: false },
        }),
        "Shown on /get-help/ in this order. Only give a number, hours or a way to reach a service as the service's own website gives them, with that page and the date.",
      ),
    ),
  );

  collections.push({
    name: 'strategy',
    label: 'Strategy',
    folder: `${root}/strategy`,
    extension: 'yaml',
    format: formatName('yaml', 'strategy'),
    create: false,
    delete: false,
    summary: '{{shortTitle}}',
    fields: fieldsFrom(contentLayout.strategy.schema, doc('strategy.ts'), { vision: { widget: 'text' } }),
  });

  collections.push(oneFile('safety', 'Quick exit', 'Quick exit', fieldsFrom(contentLayout.safety.schema, doc('safety.ts'))));

  collections.push(
    oneFile('search', 'Search', 'Search: help words and examples', fieldsFrom(contentLayout.search.schema, doc('search.ts'))),
  );

  return {
    backend: settings.backend,
    // On localhost with `npm run edit` running, the editor reads and writes the files on this
    // computer through decap-server instead of signing in to GitHub.
    // A deployment's build (repository set) has none: its editor signs in to GitHub only.
    ...(settings.localBackendUrl ? { local_backend: { url: settings.localBackendUrl } } : {}),
    // Each save is a commit to the published branch, which the deployment publishes.
    publish_mode: 'simple',
    // The site has no uploaded images; Decap CMS requires a media folder all the same.
    media_folder: 'public/uploads',
    public_folder: '/uploads',
    site_url: settings.siteUrl,
    display_url: settings.siteUrl,
    logo_url: '/favicon.svg',
    search: false,
    collections: collections.map((collection) => withIdsMadeFromWords({ editor: { preview: false }, ...collection })),
    // Not Decap CMS's (src/scripts/cms-admin.ts takes them out before Decap CMS reads the config):
    // what the editor knows of the content (src/cms/content-facts.ts), and whether the live site's
    // sign-in is set up.
    ...editorFacts(dir, root, years, leaveOut),
    [signInReadyKey]: settings.configured,
  };
}
