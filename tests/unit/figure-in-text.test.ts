import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { contentWithOverlay } from '../support/content-overlay.ts';
import { repoRoot } from '../support/repo-root.ts';

// An editor writes <Figure id="…" /> in a progress file's text; the built page shows the figure's
// number from content/figures/, formatted as everywhere else.
const overlay = contentWithOverlay(undefined);
const outDir = mkdtempSync(path.join(tmpdir(), 'dasv-dist-'));
afterAll(() => {
  overlay.cleanup();
  rmSync(outDir, { recursive: true, force: true });
});

test('a figure named in MDX text is shown with its value from the figures file', { timeout: 180_000 }, () => {
  appendFileSync(path.join(overlay.dir, 'progress/2024-25/data.mdx'), '\nThe conference heard <Figure id="marac-cases" /> cases.\n');
  const astro = path.join(repoRoot, 'node_modules/astro/bin/astro.mjs');
  const result = spawnSync(process.execPath, [astro, 'build', '--outDir', outDir], {
    cwd: repoRoot,
    env: { ...process.env, DASV_CONTENT_DIR: overlay.dir, NO_COLOR: '1' },
    encoding: 'utf8',
  });
  expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
  // A local build only warns about placeholders (a deploy build refuses them: tests/unit/deploy-readiness.test.ts).
  expect(result.stdout).toContain('placeholder(s) that the deploy build (DASV_DEPLOY=production) would refuse');
  const html = readFileSync(path.join(outDir, '2024-25/data/index.html'), 'utf8');
  expect(html).toMatch(/The conference heard <data value="1237" data-figure="marac-cases"[^>]*>1,237<\/data> cases\./);
});
