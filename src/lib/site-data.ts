import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { contentModel } from '../model/index.ts';
import { contentDir } from './content-layout';
import type { YearCounts } from './counts';
import { contributionsByPartner, type ContributionGroup } from './partners';

export type YearEntry = CollectionEntry<'years'>;
export type ThemeEntry = CollectionEntry<'themes'>;
export type ProgressEntry = CollectionEntry<'progress'>;
export type PartnerEntry = CollectionEntry<'partners'>;

/** A theme or aim with what was reported under it in one year (if anything). */
export interface ThemeProgress {
  readonly theme: ThemeEntry;
  readonly progress: ProgressEntry | undefined;
  /** What the year before set as work or priorities for this year under the same theme, if anything. */
  readonly carried: { readonly year: YearEntry; readonly priorities: ProgressEntry['data']['priorities'] } | undefined;
}

/** The strategy the site reports on; content/strategy holds exactly one (checked at build start). */
export async function getStrategy(): Promise<CollectionEntry<'strategy'>> {
  const [strategy] = await getCollection('strategy');
  if (!strategy) throw new Error('content/strategy/ holds no strategy file');
  return strategy;
}

/*
 * Drafts need no filter here: a build's collections hold nothing of a draft (the content loader,
 * src/lib/loaders.ts, leaves out what src/lib/drafts.ts names), and `npm run dev` holds them all so
 * editors can preview them. The build logs which drafts it left out (src/integrations/content-guard.ts).
 */

/** Published years (and drafts, in `npm run dev`), oldest first. */
export async function getYears(): Promise<YearEntry[]> {
  const years = await getCollection('years');
  return years.sort((a, b) => a.data.startDate.getTime() - b.data.startDate.getTime());
}

/** The published year before the given one, if any: its priorities were set for this year. */
export async function getPreviousYear(yearId: string): Promise<YearEntry | undefined> {
  const years = await getYears();
  const index = years.findIndex((year) => year.id === yearId);
  return index > 0 ? years[index - 1] : undefined;
}

/**
 * The most recent published year: what the home page shows, in `npm run dev` too, so the
 * preview's home page is the one that will be published (a draft year is reached by its own URL).
 */
export async function getLatestYear(): Promise<YearEntry> {
  const years = await getYears();
  const latest = years.filter((year) => !year.data.draft).at(-1) ?? years.at(-1);
  if (!latest) throw new Error('content/years/ holds no year');
  return latest;
}

/** Themes first, then aims, each in their `order`. */
export async function getThemes(): Promise<ThemeEntry[]> {
  const themes = await getCollection('themes');
  return themes.sort((a, b) => a.data.order - b.data.order);
}

/** Published progress files (and drafts, in `npm run dev`): `<year>/<theme>` ids. */
export async function getPublishedProgress(): Promise<ProgressEntry[]> {
  return getCollection('progress');
}

/** Every theme and aim, in order, with its progress for the given year. */
export async function getYearProgress(yearId: string): Promise<ThemeProgress[]> {
  const [themes, progress, previousYear] = await Promise.all([getThemes(), getPublishedProgress(), getPreviousYear(yearId)]);
  return themes.map((theme) => {
    const previous = previousYear && progress.find((p) => p.id === `${previousYear.id}/${theme.id}`);
    return {
      theme,
      progress: progress.find((p) => p.id === `${yearId}/${theme.id}`),
      carried: previous && previous.data.priorities.length > 0 ? { year: previousYear, priorities: previous.data.priorities } : undefined,
    };
  });
}

/** Partners by id, so a page can name them; every id was checked at build start. */
export async function getPartnerNames(): Promise<Map<string, PartnerEntry>> {
  const partners = await getCollection('partners');
  return new Map(partners.map((p) => [p.id, p]));
}

/** The text that introduces a theme on cards: a theme's summary, or an aim's statement. */
export function themeSummary(theme: ThemeEntry): string {
  return theme.data.kind === 'aim' ? theme.data.statement : theme.data.summary;
}

/** What a year reports, counted for yearSummary (src/lib/counts.ts). */
export function yearCounts(year: YearEntry, items: readonly ThemeProgress[]): YearCounts {
  const reporting = items.filter((item) => (item.progress?.data.achievements.length ?? 0) > 0);
  return {
    achievements: countAchievements(items),
    themes: reporting.filter((item) => item.theme.data.kind === 'theme').length,
    aims: reporting.filter((item) => item.theme.data.kind === 'aim').length,
    missing: items.length - reporting.length,
    toFollow: year.data.progressToFollow,
  };
}

/** Number of achievements listed for a year. */
export function countAchievements(items: readonly ThemeProgress[]): number {
  return items.reduce((sum, item) => sum + (item.progress?.data.achievements.length ?? 0), 0);
}

/** Glossary terms in alphabetical order. */
export async function getGlossary(): Promise<CollectionEntry<'glossary'>[]> {
  const terms = await getCollection('glossary');
  return terms.sort((a, b) => a.data.term.localeCompare(b.data.term, 'en-GB'));
}

/** Partners in the order of content/partners.yaml, each with what it contributed (see lib/partners.ts). */
export async function getPartnerContributions(): Promise<{ partner: PartnerEntry; groups: ContributionGroup[] }[]> {
  const [partners, progress, years, themes] = await Promise.all([
    getCollection('partners'),
    getPublishedProgress(),
    getYears(),
    getThemes(),
  ]);
  const byPartner = contributionsByPartner(
    partners.map((p) => p.id),
    progress,
    years.map((y) => y.id),
    themes.map((t) => t.id),
  );
  return partners.map((partner) => ({ partner, groups: byPartner.get(partner.id) ?? [] }));
}

/** Help services in the order content/help.yaml lists them. */
export async function getHelpServices(): Promise<CollectionEntry<'help'>[]> {
  // The collection comes back sorted by id; the file's order is the one editors chose (most urgent
  // first), as the content model read it.
  const services = await getCollection('help');
  const order = contentModel(contentDir()).existing.help;
  return services.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}

/** The site's safety settings (content/safety.yaml), such as where quick exit leads. */
export async function getSafety(): Promise<CollectionEntry<'safety'>> {
  const safety = await getEntry('safety', 'safety');
  if (!safety) throw new Error('content/safety.yaml is missing');
  return safety;
}
