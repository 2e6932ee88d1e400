import { describe, expect, test } from 'vitest';
import { progressFileYear } from '../../src/lib/content-layout.ts';
import { findFigure } from '../../src/lib/find-figure.ts';
import { figure } from '../support/figure.ts';

describe('figure lookup', () => {
  const figures = [figure({ id: 'marac-cases', value: 1237 }), figure({ id: 'refuge-women', value: 98 })];

  test('finds a figure by its id', () => {
    expect(findFigure(figures, 'refuge-women').value).toBe(98);
  });

  test('refuses an unknown id, naming it', () => {
    expect(() => findFigure(figures, 'marac-case')).toThrow(
      '<Figure id="marac-case" />: there is no figure "marac-case" in content/figures/',
    );
  });

  test('the same id in two years is told apart by the year', () => {
    const both = [figure({ id: 'marac-cases', value: 1237 }), figure({ id: 'marac-cases', value: 1302, year: '2025-26' })];
    expect(findFigure(both.slice(1), 'marac-cases').value).toBe(1302);
    expect(() => findFigure(both, 'marac-cases')).toThrow(
      '<Figure id="marac-cases" />: "marac-cases" is a figure of 2024-25, 2025-26; name the year, like <Figure id="marac-cases" year="2024-25" />',
    );
  });
});

describe("a figure's year", () => {
  test("a progress file's figures are its year's; other files name none", () => {
    expect(progressFileYear('/site/content/progress/2025-26/reducing-risk.mdx')).toBe('2025-26');
    expect(progressFileYear('C:\\site\\content\\progress\\2025-26\\data.mdx')).toBe('2025-26');
    expect(progressFileYear('/site/content/pages/about.mdx')).toBeUndefined();
    expect(progressFileYear(undefined)).toBeUndefined();
  });
});
