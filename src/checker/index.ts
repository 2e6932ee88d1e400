import path from 'node:path';
import { checkCharts } from './charts.ts';
import { checkFigureTags, checkFiguresOfDrafts } from './figure-tags.ts';
import { checkFigures, withFigureValues } from './figures.ts';
import { checkPlainText } from './plain-text.ts';
import { readContent } from './read.ts';
import { checkReferences, checkSafetyAndHelp, checkSearchHelp, checkYearsComplete } from './references.ts';
import { checkPublicFiles, publicDir } from './safety/public-files.ts';
import { checkLinks } from './site-links.ts';
import { locateProblems } from './source-lines.ts';
import type { Check, ValidationResult } from './types.ts';

/**
 * The content checker's one entry point. Each family of rules has its own file in this folder:
 * read.ts reads every file and checks it against its schema (with the safety checks on its text,
 * safety/); then, once every file reads, the checks across files below, in the order an editor
 * meets their problems; then public/; last, source-lines.ts names each problem's line.
 */

/** The checks across files, in the order their problems are listed. */
const acrossFiles: readonly Check[] = [
  checkReferences,
  checkSafetyAndHelp,
  checkSearchHelp,
  checkFigures,
  checkCharts,
  checkFigureTags,
  checkPlainText,
  checkLinks,
  checkYearsComplete,
  checkFiguresOfDrafts,
];

/**
 * Reads and checks every content file under `dir`, listing every problem at once.
 * Used by `npm run check`, by the build (through src/integrations/content-guard.ts) and by tests.
 */
export function validateContent(dir: string): ValidationResult {
  const root = path.resolve(dir);
  const repoRelative = (absolute: string) => path.relative(process.cwd(), absolute).split(path.sep).join('/');
  const { problems, content: asWritten, existing } = readContent(root, repoRelative);
  // Each figure takes its number from its achievement's text, the one place it is written.
  const content = withFigureValues(asWritten);
  // A file that cannot be read, or an entry that does not match its schema, is missing from what
  // the checks across files see: they would report its absence many times over ("unknown
  // achievement", a wrong "did you mean"). Those checks wait until every file reads.
  if (problems.length === 0) {
    const input = { root, dir: repoRelative(root), repoRelative, content, figuresAsWritten: asWritten.figures, existing };
    for (const check of acrossFiles) problems.push(...check(input));
  }
  // public/ is checked whatever the content holds: nothing in it depends on the content files.
  problems.push(...checkPublicFiles(publicDir(), repoRelative(path.resolve(publicDir()))));
  return { problems: locateProblems(problems), content };
}
