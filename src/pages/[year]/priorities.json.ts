// Every promise the year made (its priorities for the next year) as JSON (/2024-25/priorities.json),
// each with its status, note and evidence, from the same records as the pages that show them,
// checked against its published schema.
import type { APIRoute, GetStaticPaths } from 'astro';
import { prioritiesFile } from '../../lib/open-data';
import { prioritiesData } from '../../lib/open-data-content';
import type { YearEntry } from '../../lib/site-data';
import { yearPaths } from '../../lib/year-paths';

export const getStaticPaths = yearPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ year: YearEntry }> = async ({ props, site, url }) => {
  const data = prioritiesFile.parse(await prioritiesData(props.year, site ?? url));
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
