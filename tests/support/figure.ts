import type { Figure } from '../../src/schemas/index.ts';

/** A made-up figure for unit tests: MARAC cases heard across both areas in 2024-25, unless overridden. */
export function figure(overrides: Partial<Figure> & Pick<Figure, 'id' | 'value'>): Figure {
  return {
    label: 'cases heard',
    unit: 'count',
    area: 'both',
    theme: 'reducing-risk',
    year: '2024-25',
    statement: 'marac-cases-heard',
    headline: false,
    ...overrides,
  } as Figure;
}
