// Every achievement of the year as JSON (/2024-25/achievements.json), with its theme, partners and
// figures, built from the same content as the theme pages and checked against its published schema.
import type { APIRoute, GetStaticPaths } from 'astro';
import { achievementsFile } from '../../lib/open-data';
import { achievementsData } from '../../lib/open-data-content';
import type { YearEntry } from '../../lib/site-data';
import { yearPaths } from '../../lib/year-paths';

export const getStaticPaths = yearPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ year: YearEntry }> = async ({ props, site, url }) => {
  const data = achievementsFile.parse(await achievementsData(props.year, site ?? url));
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
