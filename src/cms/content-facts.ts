import { contentDir, listFileYear } from '../lib/content-layout.ts';
import { takenThemeNames } from '../model/reserved-names.ts';
import type { Drafted } from '../lib/drafts.ts';
import { contentModel, namesIn } from '../model/index.ts';
import { reservedPageIds } from '../schemas/page.ts';
import { existingFilesKey, namedElsewhereKey, reservedNamesKey } from './config-keys.ts';

/**
 * What the editor's configuration (src/cms/config.ts) knows of the content itself, rather than of its
 * schemas: the years there are forms for, the files that exist, the names the site's routes take,
 * and the ids that other files name. All of it from the content model (src/model/), which has read
 * every file once.
 */

/**
 * What a build's config must not show: drafts (src/lib/drafts.ts). /admin/config.yml is a public
 * file of the built site, and nothing of a draft reaches the built site; the live editor still
 * lists and opens draft files, which it reads from the repository. `npm run edit` shows them all.
 */
export const noDrafts: Drafted = { years: new Set(), progress: new Set(), figures: new Set(), charts: new Set() };

/** The years that have a file in content/years/ (but drafts left out), newest first. */
export function contentYears(dir = contentDir(), leaveOut: Drafted = noDrafts): string[] {
  return namesIn(contentModel(dir), 'years', 'yaml')
    .filter((year) => !leaveOut.years.has(year))
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

/**
 * By file (its path as the editor knows it), the ids it defines that other files name, with the files
 * that name them: partners named by achievements, a year's figures by its charts and by
 * `<Figure id>` in its progress (or with `year="…"` anywhere), achievements by figures' statements,
 * help services by search.yaml. Made from the content model, as it is at build time.
 */
export function namedElsewhere(dir: string, root: string, leaveOut: Drafted = noDrafts): Record<string, Record<string, string[]>> {
  const model = contentModel(dir);
  const { asWritten: content } = model;
  const named: Record<string, Record<string, string[]>> = {};
  const name = (file: string, id: unknown, by: string) => {
    if (typeof id !== 'string') return;
    const ids = (named[`${root}/${file}`] ??= {});
    const files = (ids[id] ??= []);
    if (!files.includes(by)) files.push(by);
  };
  const figureTags = (file: string, year: string | undefined, by: string) => {
    for (const tag of model.figureTags) {
      if (tag.file !== file || tag.id === undefined) continue;
      const figureYear = tag.year ?? year;
      if (figureYear && !leaveOut.figures.has(`${figureYear}/${tag.id}`)) name(`figures/${figureYear}.yaml`, tag.id, by);
    }
  };
  for (const year of contentYears(dir, leaveOut)) {
    const achievementFile = new Map<string, string>();
    for (const progress of content.progress.filter((p) => p.id.startsWith(`${year}/`))) {
      if (leaveOut.progress.has(progress.id)) continue;
      const file = `progress/${progress.id}.mdx`;
      for (const achievement of progress.data.achievements) {
        achievementFile.set(achievement.id, file);
        for (const partner of achievement.partners ?? []) name('partners.yaml', partner, file);
      }
      figureTags(progress.file, year, file);
    }
    for (const figure of content.figures.filter((f) => listFileYear(f.file) === year)) {
      if (leaveOut.figures.has(`${year}/${figure.data.id}`)) continue;
      const file = achievementFile.get(figure.data.statement);
      if (file) name(file, figure.data.statement, `figures/${year}.yaml`);
    }
    for (const chart of content.charts.filter((c) => listFileYear(c.file) === year)) {
      if (leaveOut.charts.has(`${year}/${chart.data.id}`)) continue;
      for (const figure of chart.data.figures) name(`figures/${year}.yaml`, figure, `charts/${year}.yaml`);
    }
  }
  for (const [folder, entries] of [
    ['pages', content.pages],
    ['themes', content.themes],
  ] as const) {
    for (const entry of entries) figureTags(entry.file, undefined, `${folder}/${entry.id}.mdx`);
  }
  for (const id of content.search[0]?.data.helpServices ?? []) name('help.yaml', id, 'search.yaml');
  return named;
}

/**
 * Not Decap CMS's (src/browser/cms-admin.ts takes them out before Decap CMS reads the config):
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
  const model = contentModel(dir);
  return {
    [existingFilesKey]: {
      ...Object.fromEntries(
        years.map(({ year }) => [
          `progress-${year}`,
          namesIn(model, `progress/${year}`, 'mdx').filter((theme) => !leaveOut.progress.has(`${year}/${theme}`)),
        ]),
      ),
      themes: namesIn(model, 'themes', 'mdx'),
      pages: namesIn(model, 'pages', 'mdx'),
      years: namesIn(model, 'years', 'yaml').filter((year) => !leaveOut.years.has(year)),
    },
    // The names the site's own routes take (`/partners/`, `/2024-25/figures/`): the lists the checker refuses by.
    [reservedNamesKey]: { pages: reservedPageIds, themes: takenThemeNames },
    [namedElsewhereKey]: namedElsewhere(dir, root, leaveOut),
  };
}
