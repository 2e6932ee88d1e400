import { describe, expect, test } from 'vitest';
import { contributionsByPartner, countContributions, partnersByKind, type ProgressLike } from '../../src/lib/partners.ts';
import { partnerSchema } from '../../src/schemas/partner.ts';

const achievement = (id: string, partners: string[] = []) => ({ id, text: `Text of ${id}`, partners });

// Given out of order on purpose: the result follows the year and theme orders, not the input's.
const progress: ProgressLike[] = [
  { id: '2024-25/data', data: { achievements: [achievement('data-1', ['police']), achievement('data-2')] } },
  {
    id: '2024-25/awareness',
    data: { achievements: [achievement('aw-1', ['police', 'cpft']), achievement('aw-2', ['cpft']), achievement('aw-3', ['police'])] },
  },
  { id: '2025-26/awareness', data: { achievements: [achievement('aw-next', ['police'])] } },
];

describe('contributionsByPartner', () => {
  const result = contributionsByPartner(['police', 'cpft', 'aspire'], progress, ['2024-25', '2025-26'], ['awareness', 'data']);

  test('lists every achievement tagged with a partner, by year then theme, in the report order', () => {
    expect(result.get('police')).toEqual([
      { yearId: '2024-25', themeId: 'awareness', achievements: [achievement('aw-1', ['police', 'cpft']), achievement('aw-3', ['police'])] },
      { yearId: '2024-25', themeId: 'data', achievements: [achievement('data-1', ['police'])] },
      { yearId: '2025-26', themeId: 'awareness', achievements: [achievement('aw-next', ['police'])] },
    ]);
    expect(countContributions(result.get('police') ?? [])).toBe(4);
  });

  test('an achievement naming two partners counts for both', () => {
    expect(result.get('cpft')?.flatMap((g) => g.achievements.map((a) => a.id))).toEqual(['aw-1', 'aw-2']);
  });

  test('a partner no achievement names is kept, with nothing listed', () => {
    expect(result.get('aspire')).toEqual([]);
    expect(countContributions([])).toBe(0);
  });
});

describe('partnersByKind', () => {
  test('groups partners under their kind, kinds in the schema order, empty kinds left out', () => {
    const partners = [
      { id: 'cgl', data: { kind: 'substance-misuse-service' as const } },
      { id: 'police', data: { kind: 'police' as const } },
      { id: 'cpft', data: { kind: 'health' as const } },
      { id: 'cuh', data: { kind: 'health' as const } },
    ];
    expect(partnersByKind(partners).map((g) => [g.label, g.partners.map((p) => p.id)])).toEqual([
      ['Police', ['police']],
      ['Health', ['cpft', 'cuh']],
      ['Drug and alcohol services', ['cgl']],
    ]);
  });

  test('a fire service, a housing association and one that fits no group each have a heading', () => {
    const partners = [
      { id: 'other-org', data: { kind: 'other' as const } },
      { id: 'housing', data: { kind: 'housing-association' as const } },
      { id: 'fire', data: { kind: 'fire-and-rescue' as const } },
      { id: 'police', data: { kind: 'police' as const } },
    ];
    expect(partnersByKind(partners).map((g) => [g.label, g.partners.map((p) => p.id)])).toEqual([
      ['Police', ['police']],
      ['Fire and rescue', ['fire']],
      ['Housing associations', ['housing']],
      ['Other partners', ['other-org']],
    ]);
    for (const kind of ['fire-and-rescue', 'housing-association', 'other'])
      expect(partnerSchema.safeParse({ id: 'example', name: 'Example', kind }).success, kind).toBe(true);
  });
});
