// Every figure of the year as CSV (/2024-25/figures/data.csv): the same records as data.json, one
// column per field, written by the same CSV function as each chart's file.
import type { APIRoute, GetStaticPaths } from 'astro';
import { figuresFile, recordsCsv } from '../../../lib/open-data';
import { figuresData } from '../../../lib/open-data-content';
import type { YearEntry } from '../../../lib/site-data';
import { yearPaths } from '../../../lib/year-paths';

export const getStaticPaths = yearPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ year: YearEntry }> = async ({ props, site, url }) => {
  const data = figuresFile.parse(await figuresData(props.year, site ?? url));
  return new Response(recordsCsv('figures', data.figures), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
