// Every promise the year made as CSV (/2024-25/priorities.csv): the same records as
// priorities.json, lists joined by "; ".
import type { APIRoute, GetStaticPaths } from 'astro';
import { prioritiesFile, recordsCsv } from '../../lib/open-data';
import { prioritiesData } from '../../lib/open-data-content';
import type { YearEntry } from '../../lib/site-data';
import { yearPaths } from '../../lib/year-paths';

export const getStaticPaths = yearPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ year: YearEntry }> = async ({ props, site, url }) => {
  const data = prioritiesFile.parse(await prioritiesData(props.year, site ?? url));
  return new Response(recordsCsv('priorities', data.priorities), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
