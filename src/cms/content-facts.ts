import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { contentDir } from '../lib/content-layout.ts';
import type { Drafted } from '../lib/drafts.ts';
import { existingFilesKey, namedElsewhereKey, reservedNamesKey } from './config-keys.ts';
import { bodyField, fromFile, listField, type CmsFileKind } from './formats.ts';

/**
 * What the editor's configuration (src/cms/config.ts) knows of the content itself, rather than of its
 * schemas: the years there are forms for, the files that exist, the names the site's routes take,
 * and the ids that other files name.
 */

/**
 * What a build's config must not show: drafts (src/lib/drafts.ts). /admin/config.yml is a public
 * file of the built site, and nothing of a draft reaches the built site; the live editor still
 * lists and opens draft files, which it reads from the repository. `npm run edit` shows them all.
 */
export const noDrafts: Drafted = { years: new Set(), progress: new Set(), figures: new Set(), charts: new Set() };

/** The years that have a file in content/years/ (but drafts left out), newest first. */
export function contentYears(dir = contentDir(), leaveOut: Drafted = noDrafts): string[] {
  const years = path.join(dir, 'years');
  if (!existsSync(years)) return [];
  return readdirSync(years)
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => file.replace(/\.yaml$/, ''))
    .filter((year) => !leaveOut.years.has(year))
    .sort()
    .reverse();
}

/** The year after one: 2024-25 → 2025-26. */
export function yearAfter(year: string): string {
  const start = Number(year.slice(0, 4)) + 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/**
 * The years the editor has forms for: every year in content/years/, and the year after the newest,
 * so a new year's first files can be made from the forms before the site is rebuilt with them (the
 * build refuses a year that is not complete yet, so on the live site it would never be rebuilt).
 */
export function formYears(dir = contentDir(), leaveOut: Drafted = noDrafts): { year: string; started: boolean }[] {
  const years = contentYears(dir, leaveOut);
  // The newest year first (the one most edited), the one to come after all the others.
  return [...years.map((year) => ({ year, started: true })), ...(years[0] ? [{ year: yearAfter(years[0]), started: false }] : [])];
}

/** The names of a folder's files with one extension, without it, sorted. */
export function fileNames(folder: string, extension: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((file) => file.endsWith(`.${extension}`))
    .map((file) => file.slice(0, -extension.length - 1))
    .sort();
}

/**
 * Names the site's own routes use in a folder of src/pages/ (not `[param]` routes): a new standing
 * page or theme named like one of them would clash with a page the site has (`/partners/`,
 * `/2024-25/figures/`).
 */
export function routeNames(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return [
    ...new Set(
      readdirSync(folder)
        .filter((name) => !name.startsWith('[') && !name.startsWith('_'))
        .map((name) => name.replace(/\..*$/, '')),
    ),
  ].sort();
}

/** A content file's data, or nothing if it is missing or cannot be read (the checker reports that). */
function readData(file: string, kind: CmsFileKind): Record<string, unknown> | undefined {
  try {
    return existsSync(file) ? fromFile(kind, readFileSync(file, 'utf8')) : undefined;
  } catch {
    return undefined;
  }
}

function itemsOf(data: Record<string, unknown> | undefined, key: string): Record<string, unknown>[] {
  const items = data?.[key];
  return Array.isArray(items) ? items.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null) : [];
}

/**
 * By file (its path as the editor knows it), the ids it defines that other files name, with the files
 * that name them: partners named by achievements, a year's figures by its charts and by
 * `<Figure id>` in its progress (or with `year="…"` anywhere), achievements by figures' statements,
 * help services by search.yaml. Made from the files as they are at build time.
 */
export function namedElsewhere(dir: string, root: string, leaveOut: Drafted = noDrafts): Record<string, Record<string, string[]>> {
  const named: Record<string, Record<string, string[]>> = {};
  const name = (file: string, id: unknown, by: string) => {
    if (typeof id !== 'string') return;
    const ids = (named[`${root}/${file}`] ??= {});
    const files = (ids[id] ??= []);
    if (!files.includes(by)) files.push(by);
  };
  const figureTags = (text: string, year: string | undefined, by: string) => {
    for (const match of text.matchAll(/<Figure\b[^>]*?\bid\s*=\s*["']([^"']+)["'][^>]*?(?:\byear\s*=\s*["']([^"']+)["'])?/g)) {
      const figureYear = match[2] ?? year;
      if (figureYear && !leaveOut.figures.has(`${figureYear}/${match[1]}`)) name(`figures/${figureYear}.yaml`, match[1], by);
    }
  };
  for (const year of contentYears(dir, leaveOut)) {
    const achievementFile = new Map<string, string>();
    for (const theme of fileNames(path.join(dir, 'progress', year), 'mdx')) {
      if (leaveOut.progress.has(`${year}/${theme}`)) continue;
      const file = `progress/${year}/${theme}.mdx`;
      const data = readData(path.join(dir, file), 'mdx');
      for (const achievement of itemsOf(data, 'achievements')) {
        if (typeof achievement['id'] === 'string') achievementFile.set(achievement['id'], file);
        for (const partner of Array.isArray(achievement['partners']) ? achievement['partners'] : []) name('partners.yaml', partner, file);
      }
      figureTags(String(data?.[bodyField] ?? ''), year, file);
    }
    for (const figure of itemsOf(readData(path.join(dir, 'figures', `${year}.yaml`), 'yaml-list'), listField)) {
      if (leaveOut.figures.has(`${year}/${String(figure['id'])}`)) continue;
      const file = achievementFile.get(String(figure['statement']));
      if (file) name(file, figure['statement'], `figures/${year}.yaml`);
    }
    for (const chart of itemsOf(readData(path.join(dir, 'charts', `${year}.yaml`), 'yaml-list'), listField)) {
      if (leaveOut.charts.has(`${year}/${String(chart['id'])}`)) continue;
      for (const figure of Array.isArray(chart['figures']) ? chart['figures'] : [])
        name(`figures/${year}.yaml`, figure, `charts/${year}.yaml`);
    }
  }
  for (const folder of ['pages', 'themes']) {
    for (const page of fileNames(path.join(dir, folder), 'mdx')) {
      const file = `${folder}/${page}.mdx`;
      figureTags(String(readData(path.join(dir, file), 'mdx')?.[bodyField] ?? ''), undefined, file);
    }
  }
  const search = readData(path.join(dir, 'search.yaml'), 'yaml');
  for (const id of Array.isArray(search?.['helpServices']) ? search['helpServices'] : []) name('help.yaml', id, 'search.yaml');
  return named;
}

/**
 * Not Decap CMS's (src/scripts/cms-admin.ts takes them out before Decap CMS reads the config):
 * the files that exist and the names the site's routes take, for the check before saving a new
 * file (Decap CMS would name a second file for the same theme `awareness-1.mdx`); the ids other
 * files name, which a save must not remove.
 */
export function editorFacts(
  dir: string,
  root: string,
  years: readonly { year: string }[],
  leaveOut: Drafted = noDrafts,
): Record<string, unknown> {
  return {
    [existingFilesKey]: {
      ...Object.fromEntries(
        years.map(({ year }) => [
          `progress-${year}`,
          fileNames(path.join(dir, 'progress', year), 'mdx').filter((theme) => !leaveOut.progress.has(`${year}/${theme}`)),
        ]),
      ),
      themes: fileNames(path.join(dir, 'themes'), 'mdx'),
      pages: fileNames(path.join(dir, 'pages'), 'mdx'),
      years: fileNames(path.join(dir, 'years'), 'yaml').filter((year) => !leaveOut.years.has(year)),
    },
    [reservedNamesKey]: { pages: routeNames('src/pages'), themes: routeNames('src/pages/[year]') },
    [namedElsewhereKey]: namedElsewhere(dir, root, leaveOut),
  };
}
