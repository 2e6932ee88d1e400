// Every achievement of the year as CSV (/2024-25/achievements.csv): the same records as
// achievements.json, lists joined by "; ".
import type { APIRoute, GetStaticPaths } from 'astro';
import { achievementsFile, recordsCsv } from '../../lib/open-data';
import { achievementsData } from '../../lib/open-data-content';
import type { YearEntry } from '../../lib/site-data';
import { yearPaths } from '../../lib/year-paths';

export const getStaticPaths = yearPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ year: YearEntry }> = async ({ props, site, url }) => {
  const data = achievementsFile.parse(await achievementsData(props.year, site ?? url));
  return new Response(recordsCsv('achievements', data.achievements), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
