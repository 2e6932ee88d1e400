/** Finding the figure a `<Figure id>` tag or a chart names, among the figures of the content. */
import type { Figure } from '../schemas/index.ts';

/**
 * The figure with this id among `figures` (one year's, where ids are unique). An unknown id, or one
 * used in several years when no year was named, throws rather than show a missing or wrong number.
 */
export function findFigure<F extends Pick<Figure, 'id' | 'year'>>(figures: readonly F[], id: string): F {
  const found = figures.filter((f) => f.id === id);
  if (found.length === 0) throw new Error(`<Figure id="${id}" />: there is no figure "${id}" in content/figures/`);
  if (found.length > 1) {
    const years = found.map((f) => f.year).join(', ');
    throw new Error(
      `<Figure id="${id}" />: "${id}" is a figure of ${years}; name the year, like <Figure id="${id}" year="${found[0]!.year}" />`,
    );
  }
  return found[0]!;
}
