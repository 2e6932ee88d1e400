/**
 * The open-data files' records, read from content with the same accessors as the pages (the
 * figures page's cards, the theme pages' achievements), so the files and the pages cannot disagree.
 */
import { areaName } from './figure-format.ts';
import { changeCell } from './year-comparison.ts';
import { figureSource } from './figure-sources.ts';
import { getFigures } from './figure-data.ts';
import { getPromises } from './promises.ts';
import type { Figure } from '../schemas/index.ts';
import { isoDate } from './dates.ts';
import { absoluteUrl, urls } from './urls.ts';
import { getPartnerNames, getPreviousYear, getStrategy, getYearProgress, type YearEntry } from './site-data.ts';
import {
  openDataUrls,
  openDataVersion,
  type AchievementRecord,
  type AchievementsFile,
  type FigureRecord,
  type FiguresFile,
  type OpenDataKind,
  type PrioritiesFile,
  type PriorityRecord,
} from './open-data.ts';

/** The year's period as an ISO 8601 interval: "2024-04-01/2025-03-31". */
function isoPeriod(year: YearEntry): string {
  return `${isoDate(year.data.startDate)}/${isoDate(year.data.endDate)}`;
}

async function header(year: YearEntry, kind: OpenDataKind, site: URL) {
  const strategy = await getStrategy();
  return {
    $schema: absoluteUrl(openDataUrls.schema(kind), site),
    schemaVersion: openDataVersion,
    title: year.data.title,
    publisher: strategy.data.partnership,
    year: year.id,
    period: isoPeriod(year),
  } as const;
}

/** Every published achievement of the year, theme by theme in the site's order, as on the theme pages. */
async function achievementsOf(year: YearEntry) {
  return (await getYearProgress(year.id)).flatMap(({ theme, progress }) =>
    (progress?.data.achievements ?? []).map((achievement) => ({ theme, achievement })),
  );
}

/** Every figure of the year, in the order of the report. */
export async function figuresData(year: YearEntry, site: URL): Promise<FiguresFile> {
  const previousYear = await getPreviousYear(year.id);
  const [figures, achievements, earlier] = await Promise.all([
    getFigures(year.id),
    achievementsOf(year),
    previousYear ? getFigures(previousYear.id) : [],
  ]);
  const records = figures.map((figure): FigureRecord => {
    const stated = achievements.find(({ achievement }) => achievement.id === figure.statement);
    if (!stated) throw new Error(`figure "${figure.id}" of ${year.id}: its achievement "${figure.statement}" is not published`);
    return {
      id: figure.id,
      label: figure.label,
      value: figure.value,
      qualifier: figure.qualifier ?? null,
      unit: figure.unit,
      area: areaName(figure.area) as FigureRecord['area'],
      theme: figure.theme,
      themeTitle: stated.theme.data.title,
      achievement: figure.statement,
      achievementText: stated.achievement.text,
      source: figureSource(figure),
      year: year.id,
      period: isoPeriod(year),
      url: absoluteUrl(`${urls.figures(year.id)}#${urls.figureAnchor(figure.id)}`, site),
      ...yearOnYear(
        figure,
        earlier.find((before) => before.id === figure.id),
      ),
      corrected: figure.changes
        .filter((change) => change.previousValue !== undefined)
        .map((change) => `${isoDate(change.date)}: was ${change.previousValue}. ${change.note}`),
    };
  });
  return { ...(await header(year, 'figures', site)), figures: records };
}

/** Every achievement of the year, with its theme, partners and the figures its words state. */
export async function achievementsData(year: YearEntry, site: URL): Promise<AchievementsFile> {
  const [achievements, figures, partnerNames] = await Promise.all([achievementsOf(year), getFigures(year.id), getPartnerNames()]);
  const records = achievements.map(({ theme, achievement }): AchievementRecord => {
    const partners = achievement.partners ?? [];
    return {
      id: achievement.id,
      text: achievement.text,
      theme: theme.id,
      themeTitle: theme.data.title,
      partners: [...partners],
      partnerNames: partners.map((partnerId) => partnerNames.get(partnerId)?.data.name ?? partnerId),
      figures: figures.filter((figure) => figure.statement === achievement.id).map((figure) => figure.id),
      year: year.id,
      period: isoPeriod(year),
      url: absoluteUrl(urls.achievement(year.id, theme.id, achievement.id), site),
    };
  });
  return { ...(await header(year, 'achievements', site)), achievements: records };
}

/** A figure beside the same measure the year before: its value there and the change, where exact. */
function yearOnYear(figure: Figure, before: Figure | undefined): Pick<FigureRecord, 'previousYearValue' | 'change'> {
  if (!before) return { previousYearValue: null, change: null };
  const change = changeCell(before, figure).csv;
  return { previousYearValue: before.value, change: typeof change === 'number' ? change : null };
}

/** Every promise the year made (its priorities for the next year), with what became of each. */
export async function prioritiesData(year: YearEntry, site: URL): Promise<PrioritiesFile> {
  const records = (await getPromises(year)).map((promise): PriorityRecord => ({
    id: promise.id,
    text: promise.text,
    theme: promise.theme.id,
    themeTitle: promise.theme.data.title,
    promisedFor: year.data.nextYearLabel,
    status: promise.state,
    statusLabel: promise.label,
    note: promise.note ?? null,
    reportedIn: promise.reportingYear?.id ?? null,
    evidence: promise.evidence.map((evidence) => evidence.id),
    evidenceUrls: promise.evidence.map((evidence) => absoluteUrl(evidence.url, site)),
    year: year.id,
    period: isoPeriod(year),
    url: absoluteUrl(promise.url, site),
  }));
  return { ...(await header(year, 'priorities', site)), priorities: records };
}
