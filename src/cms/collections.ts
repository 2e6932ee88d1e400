import { contentLayout } from '../lib/content-layout.ts';
import { slug, yearId } from '../schemas/common.ts';
import { bodyFieldOf, fileNameOf, inOrder, listOf, type Collection } from './form-parts.ts';
import { fileNameField, formatName } from './formats.ts';
import { fieldsFrom, type Field } from './schema-fields.ts';

/**
 * The editor's collections of content that is not yearly: themes, years and standing pages (a file
 * each), the strategy, and the files edited in one form (partners, glossary, help, quick exit,
 * search). The yearly ones are in src/cms/yearly-collections.ts. `root` is content/ as the editor
 * names it, from the repository's top.
 */

/**
 * A new file is named by its form's file-name field ({{slug}} is that field's value); deleting one
 * that other files still name (a theme with progress, a year with progress or figures) is refused
 * by the build, which keeps the site as it was.
 */
const creatable = { create: true, delete: true, identifier_field: fileNameField, slug: '{{slug}}' } as const;

/** A collection of one file, content/<name>.yaml, edited in one form: a list (partners, glossary, help) or settings (safety, search). */
function oneFile(
  root: string,
  name: 'partners' | 'glossary' | 'help' | 'safety' | 'search',
  label: string,
  formLabel: string,
  fields: Field[],
): Collection {
  return {
    name,
    label,
    format: formatName('listFile' in contentLayout[name] ? 'yaml-list' : 'yaml', name),
    files: [{ name, label: formLabel, file: `${root}/${name}.yaml`, fields }],
  };
}

export function themesCollection(root: string): Collection {
  return {
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
        fieldsFrom(contentLayout.themes.schema, {
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
  };
}

export function partnersCollection(root: string): Collection {
  return oneFile(
    root,
    'partners',
    'Partners',
    'Partner organisations',
    listOf('Partners', fieldsFrom(contentLayout.partners.schema), 'The partner organisations that achievements name.'),
  );
}

export function yearsCollection(root: string): Collection {
  return {
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
      ...fieldsFrom(contentLayout.years.schema),
    ],
  };
}

export function pagesCollection(root: string): Collection {
  return {
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
      ...fieldsFrom(contentLayout.pages.schema),
      bodyFieldOf('The page’s text. Markdown.'),
    ],
  };
}

export function glossaryCollection(root: string): Collection {
  return oneFile(
    root,
    'glossary',
    'Glossary',
    'Glossary',
    listOf(
      'Terms',
      fieldsFrom(contentLayout.glossary.schema, { explanation: { widget: 'text' } }),
      'Only add a term whose expansion is certain: never guess.',
    ),
  );
}

export function helpCollection(root: string): Collection {
  return oneFile(
    root,
    'help',
    'Help services',
    'Help services',
    listOf(
      'Services',
      // A service with no contact (a local one, or one whose number is not yet checked) leaves the
      // whole part out: Decap CMS would still ask for the fields required inside it, so the form does
      // not; the check before saving still refuses a contact without them (src/schemas/help.ts).
      fieldsFrom(contentLayout.help.schema, {
        description: { widget: 'text' },
        'contact.source': { required: false },
        'contact.checked': { required: false },
      }),
      "Shown on /get-help/ in this order. Only give a number, hours or a way to reach a service as the service's own website gives them, with that page and the date.",
    ),
  );
}

export function strategyCollection(root: string): Collection {
  return {
    name: 'strategy',
    label: 'Strategy',
    folder: `${root}/strategy`,
    extension: 'yaml',
    format: formatName('yaml', 'strategy'),
    create: false,
    delete: false,
    summary: '{{shortTitle}}',
    fields: fieldsFrom(contentLayout.strategy.schema, { vision: { widget: 'text' } }),
  };
}

export function safetyCollection(root: string): Collection {
  return oneFile(root, 'safety', 'Quick exit', 'Quick exit', fieldsFrom(contentLayout.safety.schema));
}

export function searchCollection(root: string): Collection {
  return oneFile(root, 'search', 'Search', 'Search: help words and examples', fieldsFrom(contentLayout.search.schema));
}
