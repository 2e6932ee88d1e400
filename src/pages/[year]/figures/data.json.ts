// Every figure of the year as JSON (/2024-25/figures/data.json), built from the same content as the
// figures page and checked against its published schema (src/lib/open-data.ts) before it is written.
import type { APIRoute, GetStaticPaths } from 'astro';
import { figuresFile } from '../../../lib/open-data';
import { figuresData } from '../../../lib/open-data-content';
import { getYears, type YearEntry } from '../../../lib/site-data';

export const getStaticPaths = (async () =>
  (await getYears()).map((year) => ({ params: { year: year.id }, props: { year } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ year: YearEntry }> = async ({ props, site, url }) => {
  const data = figuresFile.parse(await figuresData(props.year, site ?? url));
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
