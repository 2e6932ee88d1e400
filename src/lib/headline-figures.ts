import type { Figure } from '../schemas/index.ts';

/** At most this many headline figures of one theme are shown as cards (theme page, home page). */
export const HEADLINES_PER_THEME = 4;

/**
 * The figures shown as big-number cards: those marked `headline: true` in content, at most
 * HEADLINES_PER_THEME of each theme, the first in the order given (the report's). A theme page
 * shows its own; the home page shows the whole year's set. Every figure stays on the figures page.
 */
export function headlineSet(figures: readonly Figure[], perTheme = HEADLINES_PER_THEME): Figure[] {
  const shown = new Map<string, number>();
  return figures.filter((figure) => {
    if (!figure.headline) return false;
    const count = shown.get(figure.theme) ?? 0;
    shown.set(figure.theme, count + 1);
    return count < perTheme;
  });
}
