import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatProblem } from '../../src/checker/problems.ts';
import { validateContent } from '../../src/checker/index.ts';
import { repoRoot } from './repo-root.ts';

export const invalidFixtures = path.join(repoRoot, 'tests/fixtures/invalid');

/**
 * A copy of the real content/ folder with one fixture case's files laid over it, in a
 * temporary folder: each case breaks exactly one thing in otherwise valid content.
 */
export function contentWithOverlay(caseName: string | undefined): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'dasv-content-'));
  cpSync(path.join(repoRoot, 'content'), dir, { recursive: true });
  if (caseName) cpSync(path.join(invalidFixtures, caseName), dir, { recursive: true });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * The checker's messages for the real content with one fixture case laid over it (none for
 * `undefined`), and optionally a change made to the copy, files named as if in content/.
 */
export function problemsFor(caseName: string | undefined, change?: (dir: string) => void): string[] {
  const overlay = contentWithOverlay(caseName);
  try {
    change?.(overlay.dir);
    const { problems } = validateContent(overlay.dir);
    // Messages name files relative to the working directory; name them as if in content/.
    const tmp = path.relative(process.cwd(), overlay.dir).split(path.sep).join('/');
    return problems.map((p) => formatProblem(p).replaceAll(tmp, 'content'));
  } finally {
    overlay.cleanup();
  }
}
