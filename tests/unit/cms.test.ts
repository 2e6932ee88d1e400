import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { cmsConfig } from '../../src/cms/config.ts';
import type { Collection } from '../../src/cms/form-parts.ts';
import type { Field } from '../../src/cms/schema-fields.ts';
import { formYears, namedElsewhere, yearAfter } from '../../src/cms/content-facts.ts';
import { cmsSettingsFrom } from '../../src/cms/settings.ts';
import { checkEntry } from '../../src/cms/check-entry.ts';
import { fromFile, isoFromUk, toFile, ukDatePattern, type CmsField } from '../../src/cms/formats.ts';
import { idFromWords, idsToMake, renamedIds } from '../../src/cms/ids.ts';
import { layOutContent, sameMeaning } from '../../src/cms/layout.ts';
import { contentLayout } from '../../src/lib/content-layout.ts';

const config = cmsConfig('content') as { collections: (Collection & { fields?: Field[]; files?: { name: string; fields: Field[] }[] })[] };
const collection = (name: string) => config.collections.find((c) => c.name === name)!;
const formFields = (name: string): Field[] => {
  const c = collection(name);
  const fields = c.fields ?? c.files![0]!.fields;
  // A list file's form is one list of items: its items' fields are the schema's.
  return fields.length === 1 && fields[0]!.name === 'items' ? (fields[0]!['fields'] as Field[]) : fields.filter((f) => f.name !== 'body');
};

describe('the editor saves files in their own layout', () => {
  test('every content file is already in the layout the editor writes (run node scripts/cms-layout.ts if not)', () => {
    const files = layOutContent('content');
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(files.filter((file) => file.laidOut !== file.text).map((file) => file.file)).toEqual([]);
  });

  test('an MDX body is kept byte for byte, components and all', () => {
    const text = `---\ntitle: About\ndescription: What this is.\n---\n\nIn all, <Figure id="marac-cases" year="2024-25" /> cases: <abbr>x</abbr>\n\n- a  list\n`;
    const data = fromFile('mdx', text);
    expect(data['body']).toBe('In all, <Figure id="marac-cases" year="2024-25" /> cases: <abbr>x</abbr>\n\n- a  list\n');
    expect(toFile('mdx', data, formFields('pages'))).toBe(text);
  });

  test('fields are written in the form’s order, empty ones and false switches left out, ids lists on one line', () => {
    const written = toFile(
      'yaml-list',
      {
        items: [
          { kind: 'police', name: 'Police', fullName: '', id: 'police' },
          { id: 'cpft', name: 'CPFT', kind: 'health', shortName: undefined },
        ],
      },
      collection('partners').files![0]!.fields,
    );
    expect(written).toBe('- id: police\n  name: Police\n  kind: police\n\n- id: cpft\n  name: CPFT\n  kind: health\n');
    const progress = toFile(
      'mdx',
      { draft: false, achievements: [{ id: 'a', text: 'A: b', partners: ['police', 'cpft'] }], priorities: [], body: '' },
      formFields('progress-2024-25'),
    );
    expect(progress).toBe("---\nachievements:\n  - id: a\n    text: 'A: b'\n    partners: [police, cpft]\n---\n");
  });

  test('re-laying out a file that changes a value is caught', () => {
    expect(sameMeaning({ file: 'x.yaml', collection: 'x', kind: 'yaml', text: 'a: 1\n', laidOut: 'a: 2\n' })).toBe(false);
    expect(sameMeaning({ file: 'x.yaml', collection: 'x', kind: 'yaml', text: "a: '1'\nb: false\n", laidOut: "a: '1'\n" })).toBe(true);
  });
});

describe('the forms are made from the schemas', () => {
  const schemaOf: Record<string, keyof typeof contentLayout> = {
    'progress-2024-25': 'progress',
    themes: 'themes',
    partners: 'partners',
    figures: 'figures',
    charts: 'charts',
    years: 'years',
    pages: 'pages',
    glossary: 'glossary',
    help: 'help',
    strategy: 'strategy',
    safety: 'safety',
    search: 'search',
  };

  test('there is a form for every kind of content', () => {
    expect(Object.values(schemaOf).sort()).toEqual(Object.keys(contentLayout).sort());
    // And the next year's progress, whose files are made from its form (below).
    expect(config.collections.map((c) => c.name).sort()).toEqual([...Object.keys(schemaOf), 'progress-2025-26'].sort());
  });

  test.each(Object.entries(schemaOf))('%s: a field the form requires is one the schema requires, and the other way round', (name, kind) => {
    const schema = contentLayout[kind].schema;
    const example = layOutContent('content').find((file) => file.collection === name)!;
    const data = fromFile(example.kind, example.text);
    const entry = (Array.isArray(data['items']) ? data['items'][0] : data) as Record<string, unknown>;
    delete entry['body'];
    expect(schema.safeParse(entry).success).toBe(true);
    for (const field of formFields(name)) {
      const without = { ...entry };
      delete without[field.name];
      const kindOfTheme = name === 'themes' && ['summary', 'statement', 'principles'].includes(field.name);
      if (kindOfTheme) continue; // required for a theme or for an aim only: the form cannot say which
      if (field.name === 'id') {
        // Required in the file, but may be left empty in the form: it is made from the item's words on saving.
        expect(field['required'], `${name} → id`).toBe(false);
        expect(String(field['hint'])).toContain('made from the words of the item');
        continue;
      }
      expect(schema.safeParse(without).success, `${name} → ${field.name}`).toBe(field['required'] === false);
    }
  });

  test('ids are checked against the schema’s pattern, with its message', () => {
    const id = formFields('partners').find((f) => f.name === 'id')!;
    expect(id['pattern']).toEqual([
      '^[a-z][a-z0-9]*(-[a-z0-9]+)*$',
      'expected lower-case letters, digits and single hyphens, starting with a letter, like "police-victim-survey"',
    ]);
  });

  test('references are pick-lists of what exists', () => {
    const achievement = (formFields('progress-2024-25').find((f) => f.name === 'achievements')!['fields'] as Field[]).find(
      (f) => f.name === 'partners',
    )!;
    expect(achievement).toMatchObject({ widget: 'relation', collection: 'partners', value_field: 'items.*.id', multiple: true });
    const figure = formFields('figures');
    expect(figure.find((f) => f.name === 'theme')).toMatchObject({ widget: 'relation', collection: 'themes' });
    expect(figure.find((f) => f.name === 'statement')).toMatchObject({
      widget: 'relation',
      collection: 'progress-2024-25',
      value_field: 'achievements.*.id',
    });
    expect(figure.find((f) => f.name === 'unit')).toMatchObject({ widget: 'select', options: ['count', 'percent'] });
    expect(formFields('charts').find((f) => f.name === 'figures')).toMatchObject({
      widget: 'relation',
      collection: 'figures',
      file: '2024-25',
      multiple: true,
    });
    // Dates are typed the UK way in a text field (the browser's date picker follows its language).
    expect(formFields('years').find((f) => f.name === 'startDate')).toMatchObject({
      widget: 'string',
      pattern: [ukDatePattern, expect.any(String)],
    });
    expect(String(formFields('years').find((f) => f.name === 'published')?.['hint'])).toContain('DD/MM/YYYY');
    expect(formFields('years').find((f) => f.name === 'draft')).toMatchObject({ widget: 'boolean' });
  });

  test('hints are the schemas’ own doc comments', () => {
    expect(formFields('partners').find((f) => f.name === 'fullName')!['hint']).toBe(
      'The full name, only where it is certain, e.g. "Cambridgeshire and Peterborough NHS Foundation Trust".',
    );
  });
});

describe('before saving, the editor refuses what the checker would refuse in that file', () => {
  test('the real content passes', () => {
    for (const file of layOutContent('content')) {
      expect(checkEntry(file.collection, fromFile(file.kind, file.text)), file.file).toEqual([]);
    }
  });

  test('a bad id, a repeated id and a missing text are told', () => {
    const problems = checkEntry('partners', {
      items: [
        { id: 'Police', name: 'Police', kind: 'police' },
        { id: 'cpft', name: 'CPFT', kind: 'health' },
        { id: 'cpft', name: '', kind: 'health' },
      ],
    });
    expect(problems).toEqual([
      'item 1 → id: expected lower-case letters, digits and single hyphens, starting with a letter, like "police-victim-survey"; found "Police".',
      'item 3 → name: is missing: expected text.',
      'item 3 → id: the id "cpft" is also used by item 2.',
    ]);
    expect(
      checkEntry('years', {
        label: 'Year Two',
        period: '2025/26',
        title: 'T',
        startDate: '2026-04-01',
        endDate: '2025-03-31',
        nextYearLabel: 'Year Three',
      }),
    ).toEqual(['endDate: expected endDate to be after startDate; found "2025-03-31".']);
  });
});

describe('a new progress file made with the form', () => {
  const progress = collection('progress-2024-25');
  const achievement = { achievements: [{ id: 'new-work', text: 'New work' }] };

  test('can be created, named after the theme or aim picked from the themes', () => {
    expect(progress['create']).toBe(true);
    expect(progress['identifier_field']).toBe('fileName');
    expect(progress['slug']).toBe('{{slug}}');
    const pick = progress.fields!.find((field) => field.name === 'fileName')!;
    expect(pick).toMatchObject({ widget: 'relation', collection: 'themes', value_field: '{{slug}}', required: false });
    // The other files of the year are listed, so the check can refuse a second file for one theme.
    expect((config as unknown as Record<string, Record<string, string[]>>)['dasv_existing_files']!['progress-2024-25']).toContain(
      'awareness',
    );
  });

  test('is written without the picked name, which is only the file name', () => {
    const text = toFile('mdx', { fileName: 'awareness', ...achievement, body: '' }, progress.fields!);
    expect(text).toBe('---\nachievements:\n  - id: new-work\n    text: New work\n---\n');
  });

  test('is refused before saving without a theme or aim, or for one that already has its file', () => {
    expect(checkEntry('progress-2024-25', achievement, { existing: ['awareness'] })).toEqual([
      'Theme or aim: choose the theme or aim this new file is for (it names the file).',
    ]);
    expect(checkEntry('progress-2024-25', { fileName: 'awareness', ...achievement }, { existing: ['awareness'] })).toEqual([
      'Theme or aim: "awareness" already has a file in this year; open that file and add to it instead.',
    ]);
    expect(checkEntry('progress-2024-25', { fileName: 'new-theme', ...achievement }, { existing: ['awareness'] })).toEqual([]);
    // And checked against the schema like any other file.
    const empty = checkEntry('progress-2024-25', { fileName: 'new-theme', achievements: [] }, { existing: [] });
    expect(empty).toHaveLength(1);
    expect(empty[0]).toMatch(/^achievements: is missing/);
  });

  test('an existing file saved with the field empty is not asked for a name', () => {
    expect(checkEntry('progress-2024-25', achievement)).toEqual([]);
  });

  test('text pasted with characters no one can see, or a tag in curly quotes, is refused before saving, naming the field', () => {
    const pasted = {
      achievements: [{ id: 'new-work', text: 'New\u00a0work' }],
      body: 'First line.\n\n<Figure id=\u201cmarac-cases\u201d />\n',
    };
    expect(checkEntry('progress-2024-25', pasted)).toEqual([
      'achievements item 1 → text: a non-breaking space, which cannot be seen: delete it and type an ordinary space.',
      'body: the tag\'s value starts with a curly opening quote \u201c, not a straight quote " (line 3 of the text): type straight quotes around the value, like <Figure id="marac-cases" />.',
    ]);
  });
});

describe('new files and deletions from the forms', () => {
  const existing = (config as unknown as Record<string, Record<string, string[]>>)['dasv_existing_files']!;
  const reserved = (config as unknown as Record<string, Record<string, string[]>>)['dasv_reserved_names']!;

  test('themes, standing pages, years and each year’s progress can be created and deleted; the strategy cannot', () => {
    for (const name of ['themes', 'pages', 'years', 'progress-2024-25', 'progress-2025-26']) {
      expect(collection(name), name).toMatchObject({ create: true, delete: true, identifier_field: 'fileName', slug: '{{slug}}' });
    }
    expect(collection('strategy')).toMatchObject({ create: false, delete: false });
    // The rest are one file each (or one per year), edited item by item.
    for (const name of ['partners', 'figures', 'charts', 'glossary', 'help', 'safety', 'search']) {
      expect(collection(name)['folder'], name).toBeUndefined();
      expect(collection(name)['create'], name).toBeUndefined();
    }
  });

  test('a new theme’s, page’s or year’s file is named by a field that takes only what the schema’s ids allow', () => {
    const nameField = (name: string) => collection(name).fields!.find((f) => f.name === 'fileName')!;
    for (const name of ['themes', 'pages']) {
      expect(nameField(name)).toMatchObject({ widget: 'string', required: false });
      // The pattern and message of every id: the partners' id field's.
      expect(nameField(name)['pattern']).toEqual(formFields('partners').find((f) => f.name === 'id')!['pattern']);
      expect(new RegExp((nameField(name)['pattern'] as string[])[0]!).test('young-people')).toBe(true);
      expect(new RegExp((nameField(name)['pattern'] as string[])[0]!).test('Young People')).toBe(false);
    }
    expect(nameField('years')['pattern']).toEqual(['^\\d{4}-\\d{2}$', 'expected a year id like "2024-25"']);
    // Never written into the file.
    const years = collection('years');
    expect(toFile('yaml', { fileName: '2025-26', label: 'Year Two', draft: true }, years.fields!)).toBe('label: Year Two\ndraft: true\n');
    expect(toFile('mdx', { fileName: 'young-people', title: 'Young people', body: 'Hello.' }, collection('pages').fields!)).toBe(
      '---\ntitle: Young people\n---\n\nHello.\n',
    );
  });

  test('the year after the newest has its forms before its files exist, so a new year can be started from them', () => {
    expect(yearAfter('2024-25')).toBe('2025-26');
    expect(yearAfter('2099-00')).toBe('2100-01');
    expect(formYears('content')).toEqual([
      { year: '2024-25', started: true },
      { year: '2025-26', started: false },
    ]);
    expect(collection('progress-2025-26')).toMatchObject({ label: 'Progress 2025-26 (new year)', folder: 'content/progress/2025-26' });
    for (const name of ['figures', 'charts']) {
      expect(collection(name).files!.map((file) => [file.name, (file as unknown as { file: string }).file])).toEqual([
        ['2024-25', `content/${name}/2024-25.yaml`],
        ['2025-26', `content/${name}/2025-26.yaml`],
      ]);
    }
    // A file that does not exist yet opens as an empty form (GitHub gives empty text, decap-server null).
    expect(fromFile('yaml-list', '')).toEqual({ items: [] });
    expect(fromFile('yaml-list', null)).toEqual({ items: [] });
    expect(fromFile('mdx', null)).toEqual({ body: '' });
  });

  test('the config lists the names taken, by files and by the site’s own pages', () => {
    expect(existing['themes']).toContain('awareness');
    expect(existing['pages']).toEqual(['about', 'accessibility', 'get-help', 'staying-safe-online']);
    expect(existing['years']).toEqual(['2024-25']);
    expect(existing['progress-2025-26']).toEqual([]);
    expect(reserved['pages']).toEqual(expect.arrayContaining(['admin', 'glossary', 'partners', 'search']));
    expect(reserved['themes']).toEqual(expect.arrayContaining(['figures', 'report']));
  });

  test('a new theme, page or year is refused before saving without a name, with a bad one, or with one that is taken', () => {
    const theme = { title: 'Healthy relationships', kind: 'theme', order: 10, summary: 'One sentence.' };
    const taken = { existing: existing['themes']!, reserved: reserved['themes']! };
    expect(checkEntry('themes', theme, taken)).toEqual([
      'URL name: type the name of the new file (it is the address of a theme or aim, like /<year>/young-people/).',
    ]);
    expect(checkEntry('themes', { ...theme, fileName: 'Healthy Relationships' }, taken)).toEqual([
      'URL name: expected lower-case letters, digits and single hyphens, starting with a letter, like "police-victim-survey"; found "Healthy Relationships".',
    ]);
    expect(checkEntry('themes', { ...theme, fileName: 'awareness' }, taken)).toEqual([
      'URL name: "awareness" is already a theme or aim; open it to edit it, or choose another name.',
    ]);
    expect(checkEntry('themes', { ...theme, fileName: 'figures' }, taken)).toEqual([
      'URL name: "figures" is the name of a page the site has already (/<year>/figures/); choose another name.',
    ]);
    expect(checkEntry('themes', { ...theme, fileName: 'healthy-relationships' }, taken)).toEqual([]);
    const page = { fileName: 'partners', title: 'Partners', description: 'Who.' };
    expect(checkEntry('pages', page, { existing: existing['pages']!, reserved: reserved['pages']! })).toEqual([
      'URL name: "partners" is the name of a page the site has already (/partners/); choose another name.',
    ]);
    const year = {
      label: 'Year Two',
      period: '2025/26',
      title: 'T',
      startDate: '2025-04-01',
      endDate: '2026-03-31',
      nextYearLabel: 'Year Three',
    };
    expect(checkEntry('years', { ...year, fileName: '2025/26' }, { existing: ['2024-25'] })).toEqual([
      'Year: expected a year id like "2024-25"; found "2025/26".',
    ]);
    expect(checkEntry('years', { ...year, fileName: '2024-25' }, { existing: ['2024-25'] })).toEqual([
      'Year: "2024-25" is already a year; open it to edit it, or choose another name.',
    ]);
    expect(checkEntry('years', { ...year, fileName: '2025-26' }, { existing: ['2024-25'] })).toEqual([]);
    // An existing entry is not asked for a name.
    expect(checkEntry('themes', theme)).toEqual([]);
  });
});

describe('ids made from the words, editable until published, never changed after', () => {
  test('an item left without an id gets one from its words, unique in the file', () => {
    expect(idFromWords('1,237 cases heard at the Multi Agency Risk Assessment Conference (MARAC)')).toBe('cases-heard-at-the-multi-agency');
    expect(idFromWords('Café & Refuge: “Healing Together”')).toBe('cafe-and-refuge-healing-together');
    expect(idFromWords('2024')).toBe('item');
    const data = {
      achievements: [{ id: 'police-survey', text: 'Police survey' }, { text: 'Police survey' }, { id: '', text: 'New work' }],
      priorities: [{ text: 'New work' }],
      principles: [{ title: 'Not a list with ids' }],
    };
    expect(idsToMake(data, new Set(['achievements', 'priorities']))).toEqual([
      { path: ['achievements', 1, 'id'], id: 'police-survey-2' },
      { path: ['achievements', 2, 'id'], id: 'new-work' },
      { path: ['priorities', 0, 'id'], id: 'new-work-2' },
    ]);
  });

  test('a published id changed in a save is found, in a list file or a progress file; a new item or a removed one is not a rename', () => {
    const before = [
      { id: 'cuh', name: 'CUH' },
      { id: 'cpft', name: 'CPFT' },
    ];
    expect(
      renamedIds(before, [
        { id: 'cuh', name: 'CUH' },
        { id: 'cpft-trust', name: 'CPFT' },
      ]),
    ).toEqual([{ path: [1, 'id'], was: 'cpft', now: 'cpft-trust' }]);
    expect(renamedIds(before, [{ id: 'new', name: 'New' }, ...before])).toEqual([]);
    expect(renamedIds(before, [before[0]])).toEqual([]);
    expect(renamedIds({ achievements: [{ id: 'a', text: 'A' }], body: '' }, { achievements: [{ id: 'b', text: 'A' }], body: '' })).toEqual([
      { path: ['achievements', 0, 'id'], was: 'a', now: 'b' },
    ]);
  });
});

describe('dates in the forms: typed DD/MM/YYYY, kept YYYY-MM-DD, never misread', () => {
  const fields = (formFields('years') as CmsField[]).filter((f) => f.name !== 'fileName');
  const year = readFileSync('content/years/2024-25.yaml', 'utf8');

  test('a file opened in the form shows its dates the UK way, and is written back byte for byte', () => {
    const data = fromFile('yaml', year, fields);
    expect(data['startDate']).toBe('01/04/2024');
    expect(data['endDate']).toBe('31/03/2025');
    expect(toFile('yaml', data, fields)).toBe(year);
  });

  test('a date typed DD/MM/YYYY is written YYYY-MM-DD; one not in the calendar is refused before saving, never turned into another day', () => {
    const data = { ...fromFile('yaml', year, fields), endDate: '31/03/2026', startDate: '1/4/2025' };
    expect(toFile('yaml', data, fields)).toContain('startDate: 2025-04-01\nendDate: 2026-03-31\n');
    expect(checkEntry('years', data)).toEqual([]);
    expect(isoFromUk('31/02/2026')).toBeUndefined();
    // Typed the US way: there is no 31st month.
    expect(checkEntry('years', { ...data, endDate: '03/31/2026' })).toEqual([
      'endDate: "03/31/2026" is not a date: type it as DD/MM/YYYY (day, month, year), like 31/03/2026 for 31 March 2026.',
    ]);
  });
});

describe('where the editor saves and signs in: set once, from the environment at build time', () => {
  test('unset, the repository is a placeholder and the live site offers no sign-in', () => {
    const settings = cmsSettingsFrom({});
    expect(settings.configured).toBe(false);
    expect(settings.backend).toEqual({
      name: 'github',
      repo: 'OWNER/REPOSITORY',
      branch: 'main',
      base_url: 'https://api.netlify.com',
      auth_endpoint: 'auth',
      site_domain: 'www.cambsdasv.org.uk',
      api_root: 'https://api.github.com',
    });
    // Only decap-server on this computer: the live site's editor says it is not set up and connects nowhere.
    expect(settings.connectOrigins).toEqual(['http://localhost:8081']);
    expect(cmsConfig('content', settings)['local_backend']).toEqual({ url: 'http://localhost:8081/api/v1' });
    expect(cmsConfig('content', settings)['dasv_sign_in_ready']).toBe(false);
  });

  test('set by the deployment, the config and the editor page’s allowed origins follow', () => {
    const settings = cmsSettingsFrom({
      CMS_REPO: 'dasv-partnership/website',
      CMS_BRANCH: 'live',
      CMS_AUTH_URL: 'https://cms-auth.example.org/',
      CMS_AUTH_ENDPOINT: '/oauth/start',
      CMS_LOCAL_PORT: '5159',
      SITE_URL: 'https://progress.example.org',
    });
    const made = cmsConfig('content', settings);
    expect(made['backend']).toEqual({
      name: 'github',
      repo: 'dasv-partnership/website',
      branch: 'live',
      base_url: 'https://cms-auth.example.org',
      auth_endpoint: 'oauth/start',
      site_domain: 'progress.example.org',
      api_root: 'https://api.github.com',
    });
    // A deployment's editor has no local back end, and connects to GitHub's API alone (the sign-in is a pop-up).
    expect(made['local_backend']).toBeUndefined();
    expect(made['dasv_sign_in_ready']).toBe(true);
    expect(settings.connectOrigins).toEqual(['https://api.github.com']);
  });

  test('built by Netlify, the repository is the one the site is linked to, with nothing to set', () => {
    const linked = (url: string) => cmsSettingsFrom({ NETLIFY: 'true', REPOSITORY_URL: url }).backend.repo;
    expect(linked('https://github.com/dasv-partnership/website')).toBe('dasv-partnership/website');
    expect(linked('https://x-access-token:v1.abc@github.com/dasv-partnership/website')).toBe('dasv-partnership/website');
    expect(linked('git@github.com:dasv-partnership/website.git')).toBe('dasv-partnership/website');
    // Not a GitHub repository, or not on Netlify: not set up, unless CMS_REPO says otherwise.
    expect(linked('https://gitlab.com/dasv-partnership/website')).toBe('OWNER/REPOSITORY');
    expect(cmsSettingsFrom({ REPOSITORY_URL: 'https://github.com/dasv-partnership/website' }).configured).toBe(false);
    expect(
      cmsSettingsFrom({ NETLIFY: 'true', REPOSITORY_URL: 'https://github.com/a/b', CMS_REPO: 'dasv-partnership/website' }).backend.repo,
    ).toBe('dasv-partnership/website');
  });

  test('a repository or sign-in address that cannot work is refused at build time', () => {
    expect(() => cmsSettingsFrom({ CMS_REPO: 'https://github.com/dasv/website' })).toThrow(
      /CMS_REPO must be the GitHub repository as owner\/name/,
    );
    // Decap CMS compares the sign-in window's origin with it: a path would never match.
    expect(() => cmsSettingsFrom({ CMS_AUTH_URL: 'https://example.org/auth' })).toThrow(
      /CMS_AUTH_URL must be an https origin with no path/,
    );
    expect(() => cmsSettingsFrom({ CMS_AUTH_URL: 'http://example.org' })).toThrow(/CMS_AUTH_URL/);
  });
});

describe('an id other files name cannot be removed or renamed from a form', () => {
  const named = namedElsewhere('content', 'content');

  test('the config lists, by file, the ids other files name and where', () => {
    expect(named['content/partners.yaml']!['cuh']).toContain('progress/2024-25/awareness.mdx');
    expect(named['content/figures/2024-25.yaml']!['da-incidents-cambridgeshire']).toEqual(['charts/2024-25.yaml']);
    expect(named['content/progress/2024-25/awareness.mdx']!['peterborough-dasv-conference']).toEqual(['figures/2024-25.yaml']);
    expect(named['content/help.yaml']).toEqual({ emergency: ['search.yaml'], 'national-domestic-abuse-helpline': ['search.yaml'] });
    expect((config as unknown as Record<string, unknown>)['dasv_named_elsewhere']).toEqual(named);
  });

  test('a partner removed, or an achievement renamed, while named elsewhere is refused before saving', () => {
    const partners = fromFile('yaml-list', readFileSync('content/partners.yaml', 'utf8'));
    const withoutCuh = { items: (partners['items'] as { id: string }[]).filter((partner) => partner.id !== 'cuh') };
    expect(checkEntry('partners', partners, undefined, named['content/partners.yaml'])).toEqual([]);
    expect(checkEntry('partners', withoutCuh, undefined, named['content/partners.yaml'])).toEqual([
      `"cuh" is still named in ${named['content/partners.yaml']!['cuh']!.join(', ')}: take it out there first, or keep it here. (If you have just done that on the live site, wait for the site to be rebuilt and reload this page.)`,
    ]);
    const awareness = fromFile('mdx', readFileSync('content/progress/2024-25/awareness.mdx', 'utf8'));
    const renamed = {
      ...awareness,
      achievements: (awareness['achievements'] as { id: string }[]).map((a) =>
        a.id === 'peterborough-dasv-conference' ? { ...a, id: 'peterborough-conference' } : a,
      ),
    };
    expect(checkEntry('progress-2024-25', renamed, undefined, named['content/progress/2024-25/awareness.mdx'])).toEqual([
      expect.stringMatching(/^"peterborough-dasv-conference" is still named in figures\/2024-25\.yaml/),
    ]);
  });
});
