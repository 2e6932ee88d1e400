import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { contentWithOverlay, repoRoot } from '../fixtures/content-overlay.ts';

// What an editor sees: `npm run check` and `npm run build` both stop on a reference to a
// partner that does not exist, naming the file and the field (Astro alone would only warn).
const overlay = contentWithOverlay('progress-unknown-partner');
const outDir = mkdtempSync(path.join(tmpdir(), 'dasv-dist-'));
afterAll(() => {
  overlay.cleanup();
  rmSync(outDir, { recursive: true, force: true });
});

function run(args: string[]) {
  const result = spawnSync(process.execPath, args, {
    cwd: repoRoot,
    env: { ...process.env, DASV_CONTENT_DIR: overlay.dir, NO_COLOR: '1' },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('broken content stops the tools an editor runs', () => {
  // Another test builds the site at the same time: give the check room on a busy machine.
  test('the content check exits with an error naming the file and field', { timeout: 30_000 }, () => {
    const { status, output } = run(['scripts/check-content.ts']);
    expect(status).toBe(1);
    expect(output).toContain('Content has 1 problem:');
    expect(output).toContain('progress/2024-25/data.mdx → achievements item 2 → partners item 1: unknown partner "safelive"');
    expect(output).toContain('did you mean "safelives"?');
  });

  test('the build fails with the same message', { timeout: 120_000 }, () => {
    const astro = path.join(repoRoot, 'node_modules/astro/bin/astro.mjs');
    const { status, output } = run([astro, 'build', '--outDir', outDir]);
    expect(status).not.toBe(0);
    expect(output).toContain('progress/2024-25/data.mdx → achievements item 2 → partners item 1: unknown partner "safelive"');
  });
});
