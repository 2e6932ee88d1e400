import { getCollection } from 'astro:content';
import type { Chart, Figure } from '../schemas/index.ts';
import { chartTable, findFigure, positionIn, type ChartTable } from './figures.ts';
import { getYearProgress } from './site-data.ts';

/** A chart with its figures, in its order, and its table. */
export interface ChartWithData {
  readonly chart: Chart;
  readonly figures: readonly Figure[];
  readonly table: ChartTable;
}

/**
 * Orders figures as the report reads: by theme, then achievement, then where the number stands
 * in the achievement's text ("4,599 referrals…, 63% engagement – 2,897 supported").
 */
async function reportOrder(yearId: string): Promise<(a: Figure, b: Figure) => number> {
  const achievements = (await getYearProgress(yearId)).flatMap((item) => item.progress?.data.achievements ?? []);
  const key = (figure: Figure) => {
    const index = achievements.findIndex((a) => a.id === figure.statement);
    return [index, positionIn(achievements[index]?.text ?? '', figure)] as const;
  };
  return (a, b) => {
    const [ka, kb] = [key(a), key(b)];
    return ka[0] - kb[0] || ka[1] - kb[1];
  };
}

/** The figures of one year in the order of the report, optionally only those of one theme. */
export async function getFigures(yearId: string, themeId?: string): Promise<Figure[]> {
  const figures = await getCollection('figures', (f) => f.data.year === yearId && (themeId === undefined || f.data.theme === themeId));
  return figures.map((f) => f.data).sort(await reportOrder(yearId));
}

/**
 * One figure by id (ids are unique across years). Every id in content was checked before the
 * build started; this throws rather than show a wrong or missing number.
 */
export async function getFigure(id: string): Promise<Figure> {
  return findFigure(
    (await getCollection('figures')).map((f) => f.data),
    id,
  );
}

/** A year's charts in the order of their file; with a theme, only those showing that theme's figures. */
export async function getCharts(yearId: string, themeId?: string): Promise<ChartWithData[]> {
  const [charts, figures] = await Promise.all([
    getCollection('charts', (c) => c.data.year === yearId),
    getCollection('figures', (f) => f.data.year === yearId),
  ]);
  const byId = new Map(figures.map((f) => [f.data.id, f.data]));
  const order = await reportOrder(yearId);
  // Charts follow the report too: by the first figure each shows.
  return charts
    .map(({ data: chart }) => {
      const shown = chart.figures.map((id) => byId.get(id)!);
      return { chart, figures: shown, table: chartTable(chart, shown) };
    })
    .filter((c) => themeId === undefined || c.figures.some((f) => f.theme === themeId))
    .sort((a, b) => order(a.figures[0]!, b.figures[0]!));
}
