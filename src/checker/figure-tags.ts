import { plainFiles, readContentText } from '../lib/safe-files.ts';
import path from 'node:path';
import { progressFileYear } from '../lib/content-layout.ts';
import { draftedContent } from '../lib/drafts.ts';
import { lineAt, lineStarts, positionOf } from './file-text.ts';
import { nearest } from './problems.ts';
import type { CheckInput, ContentProblem } from './types.ts';
import { idsInYear } from './yearly-lists.ts';

/**
 * Figure tags: every `<Figure id="…" />` in MDX text names a figure that exists, and none shows a
 * figure left out of the published site with its draft.
 */

// [^<>]: a tag never runs past the next <, so the scan stays linear however many tags are unclosed.
const FIGURE_TAG = /<Figure\b([^<>]*)\/?>/g;

/** The value of `name="…"` (or '…') among a tag's attributes. */
function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)')`).exec(attributes);
  return match ? (match[1] ?? match[2]) : undefined;
}

/** What is wrong with one `<Figure … />`, if anything, and a hint. */
function figureTagProblem(
  tag: string,
  attributes: string,
  fileYear: string | undefined,
  figures: readonly string[],
): { message: string; hint: string } | undefined {
  const id = attribute(attributes, 'id');
  if (id === undefined) return { message: `${tag} has no id`, hint: 'name a figure of content/figures/, like <Figure id="marac-cases" />' };
  const year = attribute(attributes, 'year') ?? fileYear;
  const yearsWithId = figures.filter((key) => key.endsWith(`/${id}`)).map((key) => key.slice(0, key.indexOf('/')));
  if (year === undefined) {
    if (yearsWithId.length === 1) return undefined;
    if (yearsWithId.length > 1) {
      return {
        message: `<Figure id="${id}" /> is a figure of ${yearsWithId.join(', ')}; which year is meant?`,
        hint: `name the year, like <Figure id="${id}" year="${yearsWithId.at(-1)}" />`,
      };
    }
  } else if (yearsWithId.includes(year)) return undefined;
  const candidates = year === undefined ? figures.map((key) => key.slice(key.indexOf('/') + 1)) : idsInYear(figures, year);
  const guess = nearest(id, candidates);
  const where = year === undefined ? 'content/figures/' : `content/figures/${year}.yaml`;
  return {
    message: `<Figure id="${id}" /> names no figure${year === undefined ? '' : ` of ${year}`}`,
    hint: guess ? `did you mean "${guess}"?` : `use the id of a figure in ${where}, like <Figure id="marac-cases" />`,
  };
}

/**
 * Every `<Figure id="…" />` in an MDX body must name a figure that exists: in a progress file, one
 * of that file's year (src/lib/figure-year-plugin.ts gives it the year); elsewhere, the year given
 * by `year="…"`, or the only year with that id.
 */
export function checkFigureTags({ root, repoRelative, existing }: CheckInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const relative of plainFiles(root, '**/*.mdx')) {
    const absolute = path.join(root, relative);
    // A file over the size limit is reported once, by the content check, and not read.
    let text: string;
    try {
      text = readContentText(absolute);
    } catch {
      continue;
    }
    const fileYear = progressFileYear(absolute);
    let starts: number[] | undefined;
    for (const match of text.matchAll(FIGURE_TAG)) {
      const problem = figureTagProblem(match[0], match[1] ?? '', fileYear, existing.figures);
      if (!problem) continue;
      starts ??= lineStarts(text);
      const line = lineAt(starts, match.index);
      problems.push({ file: repoRelative(absolute), field: `line ${line}`, ...problem });
    }
  }
  return problems;
}

/** A figure left out with its draft cannot be shown by published text. */
export function checkFiguresOfDrafts({ content }: CheckInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const drafts = draftedContent(content);
  if (drafts.figures.size === 0) return problems;
  const files = [...content.pages, ...content.themes, ...content.progress.filter((p) => !drafts.progress.has(p.id))];
  for (const entry of files) {
    const text = readContentText(path.resolve(entry.file));
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
  return problems;
}
