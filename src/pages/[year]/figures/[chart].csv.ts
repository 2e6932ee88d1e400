// One CSV file per chart, written at build time: /2024-25/figures/<chart-id>.csv holds exactly the
// data of the chart's table (its number columns named with their unit: csvTable), so the download
// link works without JavaScript. From the second year on,
// the tables comparing it with the year before have theirs too.
import type { APIRoute, GetStaticPaths } from 'astro';
import { comparisonTables, getCharts, getComparison } from '../../../lib/figure-data';
import { csvTable, tableCsv } from '../../../lib/csv';
import { perYearPaths } from '../../../lib/year-paths';

export const getStaticPaths = (() =>
  perYearPaths(async (year) => {
    const comparison = await getComparison(year);
    const tables = [...(await getCharts(year.id)), ...(comparison ? comparisonTables(comparison) : [])];
    return tables.map((item) => ({ params: { chart: item.chart.id }, props: { csv: tableCsv(csvTable(item.table, item.figures)) } }));
  })) satisfies GetStaticPaths;

export const GET: APIRoute<{ csv: string }> = ({ props }) =>
  new Response(props.csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
