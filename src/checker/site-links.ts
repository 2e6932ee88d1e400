import { readFileSync } from 'node:fs';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import { draftedContent } from '../lib/drafts.ts';
import { positionOf } from './safety/characters.ts';
import { nearest, type ContentProblem } from './problems.ts';
import type { ValidContent } from './index.ts';

/**
 * Checks for the mistakes editors make that no single file's schema can see: a link to a page of
 * the site that does not exist, Markdown in an achievement's plain text, a published year with
 * a theme that reports nothing. Run by validateContent once every file reads.
 */

const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n?---\s*(?:\r?\n|$)/;

/** The site's published address, so a full link to it (https://www.cambsdasv.org.uk/…) is checked too. */
const siteOrigin = new URL(process.env['SITE_URL'] ?? 'https://www.cambsdasv.org.uk').origin;

/** Every page the site builds, from content, with the anchors (ids) each carries. */
export function siteRoutes(content: ValidContent): Map<string, Set<string>> {
  const routes = new Map<string, Set<string>>();
  const page = (route: string, anchors: Iterable<string> = []) => {
    const set = routes.get(route) ?? new Set<string>();
    for (const anchor of anchors) set.add(anchor);
    routes.set(route, set);
  };
  const drafts = draftedContent(content);
  const published = content.years.filter((y) => !drafts.years.has(y.id));
  const progress = content.progress.filter((p) => !drafts.progress.has(p.id));
  const charts = content.charts.filter((c) => !drafts.charts.has(`${c.data.year}/${c.data.id}`));
  const bodyOf = (file: string) => readFileSync(path.resolve(file), 'utf8').replace(FRONTMATTER, '');

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
  page('/partners/', ['police', 'council', 'health', 'criminal-justice', 'partnership', 'specialist-service', 'substance-misuse-service']);
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

/** The links of an MDX text to the site itself, each with its offset in the text. */
function ownLinks(text: string): { target: string; offset: number }[] {
  const links: { target: string; offset: number }[] = [];
  for (const match of text.matchAll(/\]\(\s*<?([^)\s>]+)|\bhref\s*=\s*["'{`]+([^"'}`]+)/g)) {
    const target = match[1] ?? match[2] ?? '';
    const offset = match.index + match[0].lastIndexOf(target);
    if (target.startsWith(siteOrigin)) links.push({ target: target.slice(siteOrigin.length) || '/', offset });
    else if (target.startsWith('/') && !target.startsWith('//')) links.push({ target, offset });
    else if (target.startsWith('#')) links.push({ target, offset });
  }
  return links;
}

/** The page of the site an MDX file is shown on, for its links to `#anchors` on the same page. */
function ownPage(file: string, kind: 'pages' | 'themes' | 'progress'): string | undefined {
  if (kind === 'pages') return `/${path.basename(file, '.mdx')}/`;
  if (kind === 'progress') return `/${path.basename(path.dirname(file))}/${path.basename(file, '.mdx')}/`;
  return undefined;
}

function checkLinks(content: ValidContent, problems: ContentProblem[]): void {
  const routes = siteRoutes(content);
  const routeList = [...routes.keys()];
  const files = [
    ...content.pages.map((e) => ({ file: e.file, kind: 'pages' as const })),
    ...content.themes.map((e) => ({ file: e.file, kind: 'themes' as const })),
    ...content.progress.map((e) => ({ file: e.file, kind: 'progress' as const })),
  ];
  for (const { file, kind } of files) {
    const text = readFileSync(path.resolve(file), 'utf8');
    for (const { target, offset } of ownLinks(text)) {
      const [rawPath = '', anchor] = target.split('#') as [string, string | undefined];
      const pagePath = rawPath === '' ? ownPage(file, kind) : rawPath.split('?')[0]!;
      if (!pagePath) continue;
      // /about and /about/ are the same page; /about/index.html too.
      const route = pagePath
        .replace(/index\.html$/, '')
        .replace(/([^/])$/, (_, last: string) => (/\.\w+$/.test(pagePath) ? last : `${last}/`));
      const anchors = routes.get(route);
      const { line } = positionOf(text, offset);
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
}

/** Markdown and tags in an achievement's or priority's text: shown as typed, so refused. */
function checkPlainText(content: ValidContent, problems: ContentProblem[]): void {
  for (const entry of content.progress) {
    for (const list of ['achievements', 'priorities'] as const) {
      entry.data[list].forEach((item, index) => {
        const field = `${list} item ${index + 1} → text`;
        const link = /\[[^\]]*\]\([^)]*\)/.exec(item.text);
        const tag = /<\/?[A-Za-z][^<>]*>/.exec(item.text);
        if (link) {
          problems.push({
            file: entry.file,
            field,
            message: `holds a Markdown link, ${link[0]}, which the page would show as typed: this text is plain words`,
            hint: 'write the words alone; a link belongs in the text below the second --- line of the file',
          });
        } else if (tag && /^<Figure\b/.test(tag[0])) {
          problems.push({
            file: entry.file,
            field,
            message: `holds ${tag[0]}, which the page would show as typed: this text is plain words`,
            hint: 'write the number itself as the report gives it, like 1,237: the figure is checked against this text',
          });
        } else if (tag) {
          problems.push({
            file: entry.file,
            field,
            message: `holds the tag ${tag[0]}, which the page would show as typed: this text is plain words`,
            hint: 'remove the tag',
          });
        }
      });
    }
  }
}

/**
 * A published year reports under every theme and aim, or says when the rest will follow:
 * otherwise a theme page would go live saying nothing.
 */
function checkYearsComplete(content: ValidContent, dir: string, problems: ContentProblem[]): void {
  const drafts = draftedContent(content);
  for (const year of content.years) {
    if (drafts.years.has(year.id) || year.data.progressToFollow) continue;
    const missing = content.themes
      .filter((theme) => !content.progress.some((p) => p.id === `${year.id}/${theme.id}` && !drafts.progress.has(p.id)))
      .map((theme) => theme.id);
    if (missing.length === 0) continue;
    problems.push({
      file: year.file,
      message: `the year is published, but nothing is reported under ${missing.join(', ')}: their pages would say nothing`,
      hint: `add a file for each in ${dir}/progress/${year.id}/; or say when their progress will follow with a line like "progressToFollow: September 2026" in this file; or keep the year as draft: true until it is ready`,
    });
  }
}

/** A figure left out with its draft cannot be shown by published text. */
function checkFiguresOfDrafts(content: ValidContent, problems: ContentProblem[]): void {
  const drafts = draftedContent(content);
  if (drafts.figures.size === 0) return;
  const files = [...content.pages, ...content.themes, ...content.progress.filter((p) => !drafts.progress.has(p.id))];
  for (const entry of files) {
    const text = readFileSync(path.resolve(entry.file), 'utf8');
    const year = 'achievements' in (entry.data as object) ? entry.id.split('/')[0] : undefined;
    for (const match of text.matchAll(/<Figure\b[^>]*?\bid\s*=\s*["']([^"']+)["'][^>]*?(?:\byear\s*=\s*["']([^"']+)["'])?/g)) {
      const key = `${match[2] ?? year ?? ''}/${match[1]}`;
      const drafted = [...drafts.figures].find((f) => f === key || (!match[2] && !year && f.endsWith(`/${match[1]}`)));
      if (!drafted) continue;
      problems.push({
        file: entry.file,
        line: positionOf(text, match.index).line,
        message: `<Figure id="${match[1]}" /> shows a figure of a draft, which is left out of the published site`,
        hint: 'publish the draft first, or write the number here as text',
      });
    }
  }
}

/** Every check of this module, in the order an editor meets them. */
export function checkEditorMistakes(_root: string, content: ValidContent, dir: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  checkPlainText(content, problems);
  checkLinks(content, problems);
  checkYearsComplete(content, dir, problems);
  checkFiguresOfDrafts(content, problems);
  return problems;
}
