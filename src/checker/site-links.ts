import path from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Drafted } from '../lib/drafts.ts';
import { partnerKinds } from '../schemas/partner.ts';
import { normalisedAddress } from '../lib/link-rule.ts';
import type { ContentFile, MdxTree } from '../model/types.ts';
import { nearest } from './problems.ts';
import type { CheckInput, ContentProblem, ValidContent } from './types.ts';

/**
 * Links to the site's own pages: every link in MDX text to a page of the site, or to an anchor on
 * one, must lead somewhere. The pages and their anchors are worked out from the content, as the
 * build makes them, so a link is checked before the site is built.
 */

/** The site's published address, so a full link to it (https://www.cambsdasv.org.uk/…) is checked too. */
const siteOrigin = new URL(process.env['SITE_URL'] ?? 'https://www.cambsdasv.org.uk').origin;

/** Every page the site builds, from content, with the anchors (ids) each carries. */
function siteRoutes(content: ValidContent, drafts: Drafted, files: ReadonlyMap<string, ContentFile>): Map<string, Set<string>> {
  const routes = new Map<string, Set<string>>();
  const page = (route: string, anchors: Iterable<string> = []) => {
    const set = routes.get(route) ?? new Set<string>();
    for (const anchor of anchors) set.add(anchor);
    routes.set(route, set);
  };
  const published = content.years.filter((y) => !drafts.years.has(y.id));
  const progress = content.progress.filter((p) => !drafts.progress.has(p.id));
  const charts = content.charts.filter((c) => !drafts.charts.has(`${c.data.year}/${c.data.id}`));
  const bodyOf = (file: string) => files.get(file)?.mdx?.body ?? '';

  page('/', ['vision-heading', 'year-heading', 'headline-figures', 'themes', 'aims']);
  page('/search/');
  page(
    '/glossary/',
    content.glossary.map((g) => g.id),
  );
  page(
    '/get-help/',
    content.help.map((h) => h.id),
  );
  // A heading for each kind that has partners (src/lib/partners.ts leaves empty kinds out).
  page(
    '/partners/',
    partnerKinds.filter((kind) => content.partners.some((partner) => partner.data.kind === kind)),
  );
  for (const standing of content.pages) page(`/${standing.id}/`, headingIds(bodyOf(standing.file)));
  for (const partner of content.partners) {
    page(`/partners/${partner.id}/`, [
      ...published.map((y) => `year-${y.id}`),
      ...published.flatMap((y) => content.themes.map((t) => `year-${y.id}-${t.id}`)),
    ]);
  }
  const years = [...published].sort((a, b) => a.data.startDate.getTime() - b.data.startDate.getTime());
  years.forEach((year, index) => {
    const previous = years[index - 1];
    const inYear = progress.filter((p) => p.id.startsWith(`${year.id}/`));
    const yearCharts = charts.filter((c) => c.data.year === year.id);
    page(`/${year.id}/`, ['themes', 'aims']);
    page(`/${year.id}/figures/`, [
      'charts-contents',
      'every-figure',
      ...(previous ? [`compared-with-${previous.id}`] : []),
      ...yearCharts.map((c) => `chart-${c.data.id}`),
      ...content.themes.map((t) => `figures-${t.id}`),
    ]);
    for (const chart of yearCharts) page(`/${year.id}/figures/${chart.data.id}.csv`);
    const report: string[] = ['vision', 'contents'];
    for (const theme of content.themes) {
      const entry = inYear.find((p) => p.id === `${year.id}/${theme.id}`);
      const items = [...(entry?.data.achievements ?? []), ...(entry?.data.priorities ?? [])].map((a) => a.id);
      const carried = previous && progress.find((p) => p.id === `${previous.id}/${theme.id}`)?.data.priorities;
      const ids = [
        'achievements',
        'priorities',
        'figures',
        ...items,
        ...(carried?.length && previous ? [`priorities-set-in-${previous.id}`, ...carried.map((p) => `from-${previous.id}-${p.id}`)] : []),
        ...yearCharts.map((c) => `chart-${c.data.id}`),
        ...headingIds(bodyOf(theme.file)),
        ...(entry ? headingIds(bodyOf(entry.file)) : []),
      ];
      page(`/${year.id}/${theme.id}/`, ids);
      report.push(theme.id, ...ids.map((id) => `${theme.id}-${id}`));
    }
    page(`/${year.id}/report/`, report);
  });
  return routes;
}

/** The ids Astro gives the Markdown headings of a text (as GitHub does: "How it works" → how-it-works). */
function headingIds(body: string): string[] {
  const slugger = new GithubSlugger();
  return [...body.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)].map((m) => slugger.slug(m[1]!.replace(/[*_`]/g, '')));
}

/**
 * The links of an MDX file to the site itself, each with its line: read from the tree the build
 * compiles, so every form counts the same (an inline link, a reference-style definition
 * `[x]: /page/`, an autolink, `<a href>` in raw HTML), each address read by the one rule's
 * normalisation (src/lib/link-rule.ts), so `/no&#45;such-page/` is the page it names.
 */
function ownLinks(source: ContentFile | undefined): { target: string; line: number }[] {
  // An unreadable body is reported by the reading check.
  if (!source?.mdx?.tree) return [];
  const { tree, lineOffset } = source.mdx;
  const links: { target: string; line: number }[] = [];
  const add = (raw: string, node: MdxTree) => {
    const target = ownTarget(normalisedAddress(raw));
    if (target !== undefined) links.push({ target, line: (node.position?.start.line ?? 1) + lineOffset });
  };
  const walk = (node: MdxTree) => {
    if ((node.type === 'link' || node.type === 'definition') && node.url !== undefined) add(node.url, node);
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const attribute of node.attributes ?? []) {
        if ((attribute.name === 'href' || attribute.name === 'cite') && typeof attribute.value === 'string') add(attribute.value, node);
      }
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  return links;
}

/** The path (with any #anchor) an address leads to on this site, or undefined for another site or scheme. */
function ownTarget(url: string): string | undefined {
  if (url.startsWith('#') || (url.startsWith('/') && !url.startsWith('//'))) return url;
  if (!/^https?:\/\//i.test(url)) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.origin === siteOrigin ? `${parsed.pathname}${parsed.search}${parsed.hash}` : undefined;
  } catch {
    return undefined;
  }
}

/** The page of the site an MDX file is shown on, for its links to `#anchors` on the same page. */
function ownPage(file: string, kind: 'pages' | 'themes' | 'progress'): string | undefined {
  if (kind === 'pages') return `/${path.basename(file, '.mdx')}/`;
  if (kind === 'progress') return `/${path.basename(path.dirname(file))}/${path.basename(file, '.mdx')}/`;
  return undefined;
}

export function checkLinks({ content, drafts, files: read }: CheckInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const routes = siteRoutes(content, drafts, read);
  const routeList = [...routes.keys()];
  const files = [
    ...content.pages.map((e) => ({ file: e.file, kind: 'pages' as const })),
    ...content.themes.map((e) => ({ file: e.file, kind: 'themes' as const })),
    ...content.progress.map((e) => ({ file: e.file, kind: 'progress' as const })),
  ];
  for (const { file, kind } of files) {
    for (const { target, line } of ownLinks(read.get(file))) {
      const [rawPath = '', anchor] = target.split('#') as [string, string | undefined];
      const pagePath = rawPath === '' ? ownPage(file, kind) : rawPath.split('?')[0]!;
      if (!pagePath) continue;
      // /about and /about/ are the same page; /about/index.html too.
      const route = pagePath
        .replace(/index\.html$/, '')
        .replace(/([^/])$/, (_, last: string) => (/\.\w+$/.test(pagePath) ? last : `${last}/`));
      const anchors = routes.get(route);
      if (!anchors) {
        const guess = nearest(route, routeList);
        problems.push({
          file,
          line,
          message: `links to ${target}, a page the site does not have`,
          hint: guess ? `did you mean ${guess}${anchor ? `#${anchor}` : ''}?` : 'link to a page the site has, like /2024-25/awareness/',
        });
      } else if (anchor && !anchors.has(anchor)) {
        const guess = nearest(anchor, [...anchors]);
        problems.push({
          file,
          line,
          message: `links to ${target}, but ${route} has no "#${anchor}" on it`,
          hint: guess
            ? `did you mean ${rawPath}#${guess}?`
            : 'an achievement is linked by its id, a section by its heading in lower case with hyphens: check the page',
        });
      }
    }
  }
  return problems;
}
