import { getYears, type YearEntry } from './site-data';

/**
 * The pages or files of a `[year]` route (src/pages/[year]/), one set per published year. Written
 * once, so every such route leaves out the same drafts and names its year the same way: `params.year`
 * is the year's id (its address, /2024-25/), `props.year` its entry.
 */

/** One page or file per year: /<year>/…, with the year as `props.year`. */
export async function yearPaths(): Promise<{ params: { year: string }; props: { year: YearEntry } }[]> {
  return (await getYears()).map((year) => ({ params: { year: year.id }, props: { year } }));
}

/**
 * Several pages or files per year (/<year>/<theme>/, /<year>/figures/<chart>.csv): `perYear` gives
 * one year's, with their other params; the year's own param is added here.
 */
export async function perYearPaths<Params extends Record<string, string>, Props>(
  perYear: (year: YearEntry) => Promise<{ params: Params; props: Props }[]>,
): Promise<{ params: Params & { year: string }; props: Props }[]> {
  const years = await getYears();
  const paths = await Promise.all(
    years.map(async (year) => (await perYear(year)).map(({ params, props }) => ({ params: { ...params, year: year.id }, props }))),
  );
  return paths.flat();
}
