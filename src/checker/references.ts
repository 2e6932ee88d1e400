import { reservedThemeIds, yearPageNames } from '../model/reserved-names.ts';
import { linkedPageIds, reservedPageIdProblem } from '../schemas/page.ts';
import { nearest } from './problems.ts';
import { publicDir } from './safety/public-files.ts';
import { readdirSync } from 'node:fs';
import { matchHelp } from '../browser/help-query.ts';
import type { CheckInput, ContentProblem, Entry } from './types.ts';

/** The names of the folders at the top of public/ (names only: nothing is read, no link followed). */
function topLevelFolders(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
}

/**
 * References: what no single schema can see about ids. Every partner, theme and year a file names
 * exists; ids and theme orders are not used twice; the files every page needs are there (one
 * strategy, the safety and search settings, a help service in the help box); a published year
 * reports under every theme.
 */

function duplicates<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return new Map([...groups].filter(([, group]) => group.length > 1));
}

/** Checks what no single schema can: that every reference points at something that exists. */
export function checkReferences({ content, existing, dir }: CheckInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const { years: yearIds, themes: themeIds, partners: partnerIds } = existing;

  if (existing.strategy.length !== 1) {
    problems.push({ file: `${dir}/strategy/`, message: `expected exactly one strategy file, found ${existing.strategy.length}` });
  }

  for (const [order, themes] of duplicates(content.themes, (t) => String(t.data.order))) {
    for (const theme of themes) {
      problems.push({
        file: theme.file,
        field: 'order',
        message: `order ${order} is also used by ${themes
          .filter((t) => t !== theme)
          .map((t) => t.file)
          .join(', ')}`,
        hint: 'give each theme its own number',
      });
    }
  }
  for (const [term, entries] of duplicates(content.glossary, (g) => g.data.term)) {
    problems.push({
      file: entries[0]!.file,
      field: 'term',
      message: `the term "${term}" is listed ${entries.length} times`,
      hint: 'keep one entry per term',
    });
  }
  problems.push(...repeatedIds(content.glossary, 'glossary', 'term'), ...repeatedIds(content.partners, 'partner', 'partner'));

  // Every page links to these; without the file, each of those links would lead nowhere.
  for (const id of linkedPageIds) {
    if (existing.pages.includes(id)) continue;
    problems.push({
      file: `${dir}/pages/${id}.mdx`,
      message: `is missing: every page of the site links to /${id}/`,
      hint: 'put the file back (git restores a deleted file); a standing page the site links to cannot be deleted',
    });
  }

  // A standing page's file name is its address: it must not be another route's (src/pages/[page].astro).
  const publicFolders = topLevelFolders(publicDir());
  for (const page of content.pages) {
    const reserved = reservedPageIdProblem(page.id);
    if (reserved) problems.push({ file: page.file, ...reserved });
    else if (publicFolders.includes(page.id)) {
      problems.push({
        file: page.file,
        message: `the file name "${page.id}" is the address of the folder public/${page.id}/, /${page.id}/`,
        hint: 'rename the page or the folder: the two would be published at the same address',
      });
    }
  }

  // A theme's file name is part of its pages' addresses (/2024-25/<theme>/): not the year's other pages'.
  for (const theme of content.themes) {
    if (reservedThemeIds.includes(theme.id) || !/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(theme.id)) {
      problems.push({
        file: theme.file,
        message: `the file name "${theme.id}" cannot be a theme's address: ${reservedThemeIds.includes(theme.id) ? `/2024-25/${theme.id}/ is another page of each year` : 'it must be lower-case words joined by hyphens'}`,
        hint: `rename the file (and the progress files for it), like prevention.mdx; taken: ${reservedThemeIds.join(', ')}`,
      });
    }
  }

  // A theme's file name is its address in each year (/2024-25/<theme>/): it must not be one of the year's own pages.
  for (const theme of content.themes) {
    if (!yearPageNames.includes(theme.id)) continue;
    problems.push({
      file: theme.file,
      message: `the file name "${theme.id}" is the address of a page every year has, /<year>/${theme.id}/`,
      hint: `rename the file: these names are taken: ${yearPageNames.join(', ')}`,
    });
  }

  for (const entry of content.progress) {
    const [year, theme] = entry.id.split('/') as [string, string];
    if (!yearIds.includes(year)) {
      problems.push({
        file: entry.file,
        message: `the folder "${year}" is not a year listed in ${dir}/years/`,
        hint: `add the year first (in the editor: Years → New year, with Draft on; or ${dir}/years/${year}.yaml), or move the file into one of: ${yearIds.join(', ')}`,
      });
    }
    if (!themeIds.includes(theme)) {
      const guess = nearest(theme, themeIds);
      problems.push({
        file: entry.file,
        message: `the file name "${theme}" is not a theme in ${dir}/themes/`,
        hint: guess ? `did you mean "${guess}.mdx"?` : `name the file after one of: ${themeIds.join(', ')}`,
      });
    }
    entry.data.achievements.forEach((achievement, index) => {
      achievement.partners.forEach((partner, partnerIndex) => {
        // Named twice, its page would list the achievement twice and count it twice.
        const first = achievement.partners.indexOf(partner);
        if (first !== partnerIndex) {
          problems.push({
            file: entry.file,
            field: `achievements item ${index + 1} → partners item ${partnerIndex + 1}`,
            message: `the partner "${partner}" is named twice in this achievement (also partners item ${first + 1})`,
            hint: 'name each partner once: delete this one',
          });
          return;
        }
        if (partnerIds.includes(partner)) return;
        const guess = nearest(partner, partnerIds);
        problems.push({
          file: entry.file,
          field: `achievements item ${index + 1} → partners item ${partnerIndex + 1}`,
          message: `unknown partner "${partner}"; expected an id from ${dir}/partners.yaml`,
          hint: guess ? `did you mean "${guess}"?` : 'add the partner to partners.yaml first',
        });
      });
    });
  }

  for (const year of content.years) {
    const inYear = content.progress.filter((p) => p.id.startsWith(`${year.id}/`));
    // A draft year may have none yet: it is how a new year starts (the year first, then its progress).
    if (inYear.length === 0 && !year.data.draft) {
      problems.push({
        file: year.file,
        message: `the year is published, but has no progress files`,
        hint: `add them under ${dir}/progress/${year.id}/, one per theme or aim; or keep the year as draft: true until they are ready`,
      });
    }
    const anchors = inYear.flatMap((p) => [
      ...p.data.achievements.map((a, i) => ({ id: a.id, file: p.file, field: `achievements item ${i + 1} → id` })),
      ...p.data.priorities.map((a, i) => ({ id: a.id, file: p.file, field: `priorities item ${i + 1} → id` })),
    ]);
    for (const [id, uses] of duplicates(anchors, (a) => a.id)) {
      for (const use of uses) {
        const others = uses.filter((u) => u !== use).map((u) => `${u.file} (${u.field})`);
        problems.push({
          file: use.file,
          field: use.field,
          message: `the id "${id}" is also used by ${others.join(', ')}`,
          hint: 'ids must be unique within a year: they are the links people share',
        });
      }
    }
  }
  return problems;
}

/** Ids used more than once in a list file (partners, glossary, help): each said once, at the file. */
function repeatedIds(entries: readonly Entry<unknown>[], list: string, item: string): ContentProblem[] {
  return [...duplicates(entries, (entry) => entry.id)].map(([id, uses]) => ({
    file: uses[0]!.file,
    field: 'id',
    message: `the ${list} id "${id}" is used ${uses.length} times`,
    hint: `each ${item} needs its own id`,
  }));
}

/** A file of one entry that the site cannot do without (safety.yaml, search.yaml), gone. */
function missingFile(file: string, holds: string): ContentProblem {
  return { file, message: 'the file is missing', hint: `restore it: it holds ${holds}` };
}

/**
 * Search's "Need help now?" box lists services of help.yaml by id: each must exist there.
 * The file itself must be there, as the search dialog on every page reads it.
 */
export function checkSearchHelp({ content, existing, dir }: CheckInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (existing.search.length === 0) {
    problems.push(missingFile(`${dir}/search.yaml`, 'the words that show "Need help now?" above search results'));
  }
  // Every service that exists, valid or not: a broken one is reported once, in help.yaml.
  const { help: helpIds } = existing;
  for (const settings of content.search) {
    settings.data.helpServices.forEach((id, index) => {
      if (helpIds.includes(id)) return;
      const near = nearest(id, helpIds);
      problems.push({
        file: settings.file,
        field: `helpServices[${index}]`,
        message: `no service in help.yaml has the id "${id}"`,
        hint: near ? `did you mean "${near}"?` : `expected one of: ${helpIds.join(', ')}`,
      });
    });
  }
  return problems;
}

/**
 * The quick exit and the help box appear on every page, so their content must be there:
 * one safety file, help ids unique, and at least one service in the help box.
 */
export function checkSafetyAndHelp({ content, existing, dir }: CheckInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (existing.safety.length === 0) {
    problems.push(missingFile(`${dir}/safety.yaml`, 'quickExitUrl, where "Exit this page" leads'));
  }
  problems.push(...repeatedIds(content.help, 'help', 'service'));
  problems.push(...quickExitTells(content));
  if (content.help.length > 0 && !content.help.some((h) => h.data.inHelpBox)) {
    problems.push({
      file: content.help[0]!.file,
      field: 'inHelpBox',
      message: 'no service has inHelpBox: true',
      hint: 'the "Get help now" box on every page needs at least one number: set inHelpBox: true on 999 and the National Domestic Abuse Helpline',
    });
  }
  return problems;
}

/**
 * The quick exit's address stays in the reader's history, so no word of it may say what they were
 * looking for: its host and path are read as search reads a query (src/browser/help-query.ts), with
 * the help words of content/search.yaml and every service's routing words. A page such as
 * https://www.bbc.co.uk/weather passes; …/domestic-abuse or https://www.refuge.org.uk would tell.
 */
function quickExitTells(content: CheckInput['content']): ContentProblem[] {
  const helpWords = content.search.flatMap((settings) => settings.data.helpWords);
  const routes = content.help.map((service) => ({ id: service.id, routing: service.data.routing }));
  return content.safety.flatMap((safety) => {
    const url = URL.parse(safety.data.quickExitUrl);
    if (!url) return [];
    const words = `${url.hostname} ${url.pathname}`.toLowerCase().replace(/[^a-z0-9]+/g, ' ');
    // Host names run words together (nationaldahelpline, womensaid): a help word of five letters or
    // more inside one tells as much as the word alone.
    const longWords = [...helpWords, ...routes.flatMap((route) => route.routing)].filter((word) => /^[a-z]{5,}$/i.test(word));
    const inside = words.split(' ').some((token) => longWords.some((word) => token.includes(word.toLowerCase())));
    if (!inside && !matchHelp(words, helpWords, routes).help) return [];
    return [
      {
        file: safety.file,
        field: 'quickExitUrl',
        message: `${safety.data.quickExitUrl} has words that say what the reader was looking for, and it stays in the browser's history`,
        hint: 'choose an everyday page that says nothing about abuse or help, like https://www.bbc.co.uk/weather',
      },
    ];
  });
}

/**
 * A published year reports under every theme and aim, or says when the rest will follow:
 * otherwise a theme page would go live saying nothing.
 */
export function checkYearsComplete({ content, drafts, dir }: CheckInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const year of content.years) {
    if (drafts.years.has(year.id) || year.data.progressToFollow) continue;
    // A published year with no progress at all is said once, above (checkReferences).
    if (!content.progress.some((p) => p.id.startsWith(`${year.id}/`))) continue;
    const missing = content.themes
      .filter((theme) => !content.progress.some((p) => p.id === `${year.id}/${theme.id}` && !drafts.progress.has(p.id)))
      .map((theme) => theme.id);
    if (missing.length === 0) continue;
    problems.push({
      file: year.file,
      message: `the year is published, but nothing is reported under ${missing.join(', ')}: their pages would say nothing`,
      hint: `add a file for each in ${dir}/progress/${year.id}/; or say when their progress will follow with a line like "progressToFollow: September 2026" in this file; or keep the year as draft: true until it is ready`,
    });
  }
  return problems;
}
