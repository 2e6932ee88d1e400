import { getCollection, getEntry } from 'astro:content';
import type { Chart, Figure } from '../schemas/index.ts';
import { formatPeriod } from './dates.ts';
import { chartSource } from './figure-sources.ts';
import { chartTable, type ChartTable } from './chart-table.ts';
import { comparisonTable, type FigurePair } from './year-comparison.ts';
import { findFigure } from './find-figure.ts';
import { positionIn } from './stated-numbers.ts';
import { getPreviousYear, getYearProgress, type YearEntry } from './site-data.ts';

/** A chart with its figures, in its order, and its table. */
export interface ChartWithData {
  readonly chart: Chart;
  readonly figures: readonly Figure[];
  readonly table: ChartTable;
  /** Who collected its figures and when: "DASV Partnership partners, April 2024 to March 2025". */
  readonly source: string;
}

/** The period a year's figures cover: "April 2024 to March 2025" (from content/years/). */
export function yearPeriod(year: Pick<YearEntry, 'data'>): string {
  return formatPeriod(year.data.startDate, year.data.endDate);
}

async function periodOf(yearId: string): Promise<string> {
  const year = await getEntry('years', yearId);
  if (!year) throw new Error(`content/years/ has no year "${yearId}"`);
  return yearPeriod(year);
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
 * One figure by id, in the given year; without a year, the only figure with that id (the checker
 * makes sure MDX text names a year where an id is used in several). Every id in content was
 * checked before the build started; this throws rather than show a wrong or missing number.
 */
export async function getFigure(id: string, yearId?: string): Promise<Figure> {
  const figures = await getCollection('figures', (f) => yearId === undefined || f.data.year === yearId);
  return findFigure(
    figures.map((f) => f.data),
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
  const [order, period] = await Promise.all([reportOrder(yearId), periodOf(yearId)]);
  // Charts follow the report too: by the first figure each shows.
  return charts
    .map(({ data: chart }) => {
      const shown = chart.figures.map((id) => byId.get(id)!);
      return { chart, figures: shown, table: chartTable(chart, shown), source: `${chartSource(chart, shown)}, ${period}` };
    })
    .filter((c) => themeId === undefined || c.figures.some((f) => f.theme === themeId))
    .sort((a, b) => order(a.figures[0]!, b.figures[0]!));
}

/** A year set beside the one before it: every measure both report, and each chart that can be drawn for both. */
export interface YearComparison {
  readonly previous: YearEntry;
  /** Every figure of this year whose id the year before also has, in this year's report order. */
  readonly pairs: readonly FigurePair[];
  /** This year's charts whose every figure the year before also has, redrawn with a bar for each year. */
  readonly charts: readonly ChartWithData[];
  /** Every pair in one table, with the change (not drawn: its measures differ in unit and scale). */
  readonly everyFigure: ChartWithData;
}

/** Every chart-like table of a comparison: each has a CSV file (`/<year>/figures/<id>.csv`). */
export function comparisonTables(comparison: YearComparison): ChartWithData[] {
  return [...comparison.charts, comparison.everyFigure];
}

/** How a year is named in a comparison's column headings: "Year One 2024/25". */
function yearHeading(year: YearEntry): string {
  return `${year.data.label} ${year.data.period}`;
}

/**
 * The comparison of a year with the published year before it, through figures with the same id
 * in both years' files; undefined for the first year, or when no id is shared.
 */
export async function getComparison(year: YearEntry): Promise<YearComparison | undefined> {
  const previous = await getPreviousYear(year.id);
  if (!previous) return undefined;
  const [current, earlier, charts] = await Promise.all([getFigures(year.id), getFigures(previous.id), getCharts(year.id)]);
  const earlierById = new Map(earlier.map((figure) => [figure.id, figure]));
  const pairOf = (figure: Figure): FigurePair | undefined => {
    const before = earlierById.get(figure.id);
    return before && { previous: before, current: figure };
  };
  const pairs = current.map(pairOf).filter((pair) => pair !== undefined);
  if (pairs.length === 0) return undefined;
  const headings = { previous: yearHeading(previous), current: yearHeading(year) };
  const periods = `${yearPeriod(previous)} and ${yearPeriod(year)}`;
  /** Who collected the figures in either year, each once. */
  const sourceOf = (chartPairs: readonly FigurePair[], chart: Pick<Chart, 'source'> = {}) =>
    `${chartSource(
      chart,
      chartPairs.flatMap((pair) => [pair.previous, pair.current]),
    )}, ${periods}`;
  const comparedCharts = charts.flatMap(({ chart, figures }) => {
    const chartPairs = figures.map(pairOf).filter((pair) => pair !== undefined);
    // Redrawn only if every bar has both years, each an exact number (a lower bound is not a bar).
    if (chartPairs.length !== figures.length || chartPairs.some((pair) => pair.previous.qualifier)) return [];
    const table = comparisonTable(headings, chartPairs);
    // Both numbers of every bar are exact here, so each has a change to state.
    const rows = table.rows.map(([measure, before, now, change]) => {
      const changed = change!.csv === 0 ? 'no change' : `a change of ${change!.text}`;
      return `${measure!.text}: ${before!.text} in ${previous.data.label}, ${now!.text} in ${year.data.label}, ${changed}`;
    });
    return [
      {
        chart: {
          ...chart,
          id: `${chart.id}-compared-with-${previous.id}`,
          kind: 'grouped-bar' as const,
          title: `${chart.title}: ${year.data.label} compared with ${previous.data.label}`,
          summary: `${rows.join('; ')}.`,
        },
        figures,
        table,
        source: sourceOf(chartPairs, chart),
      },
    ];
  });
  const everyFigure: ChartWithData = {
    chart: {
      id: `compared-with-${previous.id}`,
      year: year.id,
      kind: 'grouped-bar',
      title: `Every figure of ${year.data.label} that ${previous.data.label} also reported`,
      summary: `${pairs.length} figures, each with its value in both years and the change. Where a year gives a number only as a lower bound ("over" a number), the change is not known.`,
      figures: pairs.map((pair) => pair.current.id),
    },
    figures: pairs.map((pair) => pair.current),
    table: comparisonTable(headings, pairs),
    source: sourceOf(pairs),
  };
  return { previous, pairs, charts: comparedCharts, everyFigure };
}
