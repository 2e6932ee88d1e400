// Every figure of the year as JSON (/2024-25/figures/data.json), built from the same content as the
// figures page and checked against its published schema (src/lib/open-data.ts) before it is written.
import type { APIRoute, GetStaticPaths } from 'astro';
import { figuresFile } from '../../../lib/open-data';
import { figuresData } from '../../../lib/open-data-content';
import type { YearEntry } from '../../../lib/site-data';
import { yearPaths } from '../../../lib/year-paths';

export const getStaticPaths = yearPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ year: YearEntry }> = async ({ props, site, url }) => {
  const data = figuresFile.parse(await figuresData(props.year, site ?? url));
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
