import { partnerKinds, type Partner } from '../schemas/partner.ts';
import type { Achievement, Progress } from '../schemas/progress.ts';

/** How each kind of partner is headed on /partners/, in the order the kinds are listed. */
export const partnerKindLabels: Record<Partner['kind'], string> = {
  police: 'Police',
  'fire-and-rescue': 'Fire and rescue',
  council: 'Councils',
  'housing-association': 'Housing associations',
  health: 'Health',
  'criminal-justice': 'Criminal justice',
  partnership: 'Partnership and boards',
  'specialist-service': 'Specialist services',
  'substance-misuse-service': 'Drug and alcohol services',
  other: 'Other partners',
};

/** A progress file as this module needs it: id `<year>/<theme>` and its achievements. */
export interface ProgressLike {
  readonly id: string;
  readonly data: Pick<Progress, 'achievements'>;
}

/** One achievement that names a partner, with where it lives: /<yearId>/<themeId>/#<achievement.id>. */
export interface Contribution {
  readonly yearId: string;
  readonly themeId: string;
  readonly achievement: Achievement;
}

/** Achievements grouped under one theme of one year, in the report's order. */
export interface ContributionGroup {
  readonly yearId: string;
  readonly themeId: string;
  readonly achievements: Achievement[];
}

/**
 * What each partner contributed: every achievement tagged with its id, by year (in `yearOrder`),
 * then theme (in `themeOrder`), then the order of the report. Partners tagged nowhere get an
 * empty list, so no partner is dropped silently.
 */
export function contributionsByPartner(
  partnerIds: readonly string[],
  progress: readonly ProgressLike[],
  yearOrder: readonly string[],
  themeOrder: readonly string[],
): Map<string, ContributionGroup[]> {
  const rank = (order: readonly string[], id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  const sorted = progress
    .map((entry) => {
      const [yearId = '', themeId = ''] = entry.id.split('/');
      return { yearId, themeId, entry };
    })
    .sort((a, b) => rank(yearOrder, a.yearId) - rank(yearOrder, b.yearId) || rank(themeOrder, a.themeId) - rank(themeOrder, b.themeId));
  const result = new Map<string, ContributionGroup[]>(partnerIds.map((id) => [id, []]));
  for (const { yearId, themeId, entry } of sorted) {
    for (const partnerId of partnerIds) {
      const achievements = entry.data.achievements.filter((a) => a.partners.includes(partnerId));
      if (achievements.length > 0) result.get(partnerId)?.push({ yearId, themeId, achievements });
    }
  }
  return result;
}

/** Number of achievements in a partner's groups. */
export function countContributions(groups: readonly ContributionGroup[]): number {
  return groups.reduce((sum, group) => sum + group.achievements.length, 0);
}

/** Partners by kind, in the order of `partnerKinds`, each kind's partners in the order given. Empty kinds are left out. */
export function partnersByKind<P extends { data: Pick<Partner, 'kind'> }>(
  partners: readonly P[],
): { kind: Partner['kind']; label: string; partners: P[] }[] {
  return partnerKinds
    .map((kind) => ({ kind, label: partnerKindLabels[kind], partners: partners.filter((p) => p.data.kind === kind) }))
    .filter((group) => group.partners.length > 0);
}
