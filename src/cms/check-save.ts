import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';
import { validateContent } from '../checker/index.ts';
import { formatFieldPath } from '../checker/problems.ts';
import type { ContentProblem } from '../checker/types.ts';
import { contentModel, repoRelative } from '../model/index.ts';
import { fromFile } from './formats.ts';
import { renamedIds } from './ids.ts';

/**
 * The whole content check over the content as it would be after a save from the form editor, run
 * by its local back end (scripts/cms-local-server.ts) before the save is written: a save that would
 * break a rule across files (a figure's achievement renamed, a partner removed that an achievement
 * names) is refused with the checker's own words, naming the other file. Only problems the save
 * would add count: the content may already have one (the editor is how it gets fixed), and a save
 * that fixes one problem while another remains must go through. What the files held before the
 * save is the content model's (src/model/): nothing here reads a content file itself.
 */

/** What a save does to one file: its new text, or `null` when it deletes the file. */
export interface FileChange {
  /** Relative to the folder the back end serves (the repository), as Decap CMS names it: `content/figures/2024-25.yaml`. */
  readonly path: string;
  readonly raw: string | null;
}

/**
 * A problem as the checker says it. Where it is in another file than the one saved (a figure whose
 * achievement's text lost its number), `changed` names the field of the saved file whose change
 * caused it, so the form can show the message beside that field.
 */
export type SaveProblem = ContentProblem & { readonly changed?: { readonly file: string; readonly field: string } };

/** A content file's data, for comparing: an MDX file's front matter and text, or a YAML file. */
function dataOf(file: string, text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return file.endsWith('.mdx') ? fromFile('mdx', text) : parse(text);
  } catch {
    return undefined;
  }
}

/** The first field that differs between two versions of a file's data, as the checker names fields (`achievements item 4 → text`). */
export function firstChange(before: unknown, after: unknown, at: readonly PropertyKey[] = []): readonly PropertyKey[] | undefined {
  if (isDeepStrictEqual(before, after)) return undefined;
  const isContainer = (v: unknown) => typeof v === 'object' && v !== null;
  if (!isContainer(before) || !isContainer(after) || Array.isArray(before) !== Array.isArray(after)) return at;
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const keys = Array.isArray(after)
    ? [...Array(Math.max((before as unknown[]).length, after.length)).keys()]
    : [...new Set([...Object.keys(a), ...Object.keys(b)])];
  for (const key of keys) {
    const found = firstChange(a[key as keyof typeof a], b[key as keyof typeof b], [...at, key]);
    if (found) return found;
  }
  return at;
}

const key = (p: ContentProblem) => JSON.stringify([p.file, p.field ?? '', p.message, p.hint ?? '']);

/**
 * The problems the changes would add to the content in `contentDir`, the files named relative to the
 * working directory (as `npm run check` names them). Nothing on disk is changed or copied: the check
 * reads the saved files' new text in place of theirs (an overlay on the content model).
 */
export function problemsAfterSave(repoPath: string, contentDir: string, changes: readonly FileChange[]): SaveProblem[] {
  const content = path.resolve(contentDir);
  const overlay = new Map<string, string | null>();
  for (const change of changes) {
    const inContent = path.relative(content, path.resolve(repoPath, change.path));
    // Only files under content/ are checked; a path that leaves it is none of the checker's business.
    if (inContent === '' || inContent.startsWith('..') || path.isAbsolute(inContent)) continue;
    overlay.set(inContent.split(path.sep).join('/'), change.raw);
  }
  if (overlay.size === 0) return [];
  const problemsBefore = validateContent(content).problems;
  const before = new Set(problemsBefore.map(key));
  // Each file's text before the save, as the content model read it (undefined for a new file).
  const read = contentModel(content).files;
  const textBefore = (absolute: string) => read.get(repoRelative(absolute))?.text;
  // The field each saved file's change is in (the first that differs), for problems found elsewhere.
  const changed = changes.flatMap((change) => {
    const absolute = path.resolve(repoPath, change.path);
    const at = firstChange(dataOf(change.path, textBefore(absolute)), dataOf(change.path, change.raw ?? undefined));
    return at && at.length > 0 ? [{ file: repoRelative(absolute), field: formatFieldPath(at) }] : [];
  });
  // A published id never changes: the address people share would break.
  const renamed = changes.flatMap((change): SaveProblem[] => {
    const absolute = path.resolve(repoPath, change.path);
    const old = textBefore(absolute);
    if (change.raw === null || old === undefined) return [];
    const file = repoRelative(absolute);
    return (
      renamedIds(dataOf(change.path, old), dataOf(change.path, change.raw))
        // Unless the new id is one other files already name and cannot find: the rename is the fix.
        .filter((r) => !problemsBefore.some((p) => p.message.includes(`"${r.now}"`)))
        .map((r) => ({
          file,
          field: formatFieldPath(r.path),
          message: `the id "${r.was}" is published, so it never changes: the links people share end in #${r.was} (here changed to "${r.now}")`,
          hint: `put back "${r.was}"; only a new item gets a new id`,
        }))
    );
  });
  return [
    ...renamed,
    ...validateContent(content, overlay)
      .problems.filter((p) => !before.has(key(p)))
      .map((p) => {
        const cause = changed.find((c) => c.file !== p.file);
        return cause && !changed.some((c) => c.file === p.file) ? { ...p, changed: cause } : p;
      }),
  ];
}
