import path from 'node:path';
import { progressFileYear } from '../lib/content-layout.ts';
import { nearest } from './problems.ts';
import type { FigureTag } from '../model/types.ts';
import type { CheckInput, ContentProblem } from './types.ts';
import { idsInYear } from './yearly-lists.ts';

/**
 * Figure tags: every `<Figure id="…" />` in MDX text names a figure that exists, and none shows a
 * figure left out of the published site with its draft. The tags are the content model's, read
 * from each body's tree (src/model/figure-tags.ts).
 */

/** What is wrong with one `<Figure … />`, if anything, and a hint. */
function figureTagProblem(
  { tag, id, year: yearGiven }: FigureTag,
  fileYear: string | undefined,
  figures: readonly string[],
): { message: string; hint: string } | undefined {
  if (id === undefined) return { message: `${tag} has no id`, hint: 'name a figure of content/figures/, like <Figure id="marac-cases" />' };
  const year = yearGiven ?? fileYear;
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
export function checkFigureTags({ figureTags, existing }: CheckInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const tag of figureTags) {
    const problem = figureTagProblem(tag, progressFileYear(path.resolve(tag.file)), existing.figures);
    if (problem) problems.push({ file: tag.file, field: `line ${tag.line}`, ...problem });
  }
  return problems;
}

/** A figure left out with its draft cannot be shown by published text. */
export function checkFiguresOfDrafts({ figureTags, drafts, content }: CheckInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (drafts.figures.size === 0) return problems;
  const files = [...content.pages, ...content.themes, ...content.progress.filter((p) => !drafts.progress.has(p.id))];
  for (const entry of files) {
    const year = 'achievements' in (entry.data as object) ? entry.id.split('/')[0] : undefined;
    for (const { id, year: yearGiven, line } of figureTags.filter((tag) => tag.file === entry.file)) {
      if (id === undefined) continue;
      const key = `${yearGiven ?? year ?? ''}/${id}`;
      const drafted = [...drafts.figures].find((f) => f === key || (!yearGiven && !year && f.endsWith(`/${id}`)));
      if (!drafted) continue;
      problems.push({
        file: entry.file,
        line,
        message: `<Figure id="${id}" /> shows a figure of a draft, which is left out of the published site`,
        hint: 'publish the draft first, or write the number here as text',
      });
    }
  }
  return problems;
}
