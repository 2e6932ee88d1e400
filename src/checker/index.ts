import path from 'node:path';
import { contentLayout } from '../lib/content-layout.ts';
import { checkCharts } from './charts.ts';
import { checkFigureTags, checkFiguresOfDrafts } from './figure-tags.ts';
import { checkFigures } from './figures.ts';
import { checkPlainText } from './plain-text.ts';
import { checkPromises } from './promises.ts';
import { checkReferences, checkSafetyAndHelp, checkSearchHelp, checkYearsComplete } from './references.ts';
import { checkPublicFiles, publicDir } from './safety/public-files.ts';
import { checkLinks } from './site-links.ts';
import { locateProblems } from './source-lines.ts';
import type { Check, ValidationResult } from './types.ts';
import { contentModel, readModel, repoRelative } from '../model/index.ts';
import type { Overlay } from '../model/read.ts';

/**
 * The content checker's one entry point. The content model (src/model/) reads every file once and
 * checks it against its schema (with the safety checks on its text, safety/); then, once every file
 * reads, the checks across files below, each in its own file of this folder, take that model, in
 * the order an editor meets their problems; then public/; last, source-lines.ts names each
 * problem's line from the text the model read.
 */

/** The checks across files, in the order their problems are listed. */
const acrossFiles: readonly Check[] = [
  checkReferences,
  checkSafetyAndHelp,
  checkSearchHelp,
  checkFigures,
  checkCharts,
  checkFigureTags,
  checkPromises,
  checkPlainText,
  checkLinks,
  checkYearsComplete,
  checkFiguresOfDrafts,
];

/**
 * Reads and checks every content file under `dir`, listing every problem at once.
 * Used by `npm run check`, by the build (through src/integrations/content-guard.ts) and by tests.
 * With an overlay, checks the folder as a save would leave it (src/cms/check-save.ts).
 */
export function validateContent(dir: string, overlay?: Overlay): ValidationResult {
  try {
    return validate(dir, overlay);
  } catch (error) {
    // Whatever content holds, an editor gets a sentence, never a stack trace. A failure here is a
    // fault of the checker's own; DASV_DEBUG=1 shows where, for the developer who fixes it.
    if (process.env['DASV_DEBUG']) throw error;
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    return {
      problems: [
        {
          file: path.relative(process.cwd(), path.resolve(dir)) || '.',
          message: `the content check stopped on something it did not expect (${reason.slice(0, 200)})`,
          hint: "undo your last change and check again; if that does not help, tell the site's developers which file you changed (DASV_DEBUG=1 shows them where it stopped)",
        },
      ],
      content: emptyContent(),
    };
  }
}

/** Content with no entries: what a check that stopped found valid. */
function emptyContent(): ValidationResult['content'] {
  return Object.fromEntries(Object.keys(contentLayout).map((name) => [name, []])) as unknown as ValidationResult['content'];
}

function validate(dir: string, overlay: Overlay | undefined): ValidationResult {
  const model = overlay ? readModel(dir, overlay) : contentModel(dir);
  const { root, content } = model;
  const problems = [...model.problems];
  // A file that cannot be read, or an entry that does not match its schema, is missing from what
  // the checks across files see: they would report its absence many times over ("unknown
  // achievement", a wrong "did you mean"). Those checks wait until every file reads.
  if (problems.length === 0) {
    const { files, figureTags, drafts, existing } = model;
    const input = { files, figureTags, drafts, dir: repoRelative(root), content, figuresAsWritten: model.asWritten.figures, existing };
    for (const check of acrossFiles) problems.push(...check(input));
  }
  // public/ is checked whatever the content holds: nothing in it depends on the content files.
  problems.push(...checkPublicFiles(publicDir(), repoRelative(path.resolve(publicDir()))));
  return { problems: locateProblems(problems, model.files), content };
}
