import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { contentWithOverlay } from '../support/content-overlay.ts';
import { repoRoot } from '../support/repo-root.ts';

// What an editor sees: `npm run check` and `npm run build` both stop on a reference to a
// partner that does not exist, naming the file and the field (Astro alone would only warn).
const overlay = contentWithOverlay('progress-unknown-partner');
const outDir = mkdtempSync(path.join(tmpdir(), 'dasv-dist-'));
// A page that reads a file of the build machine while the site is built, and would publish it.
const buildTimeCode = contentWithOverlay('unsafe-import-build-file');
afterAll(() => {
  overlay.cleanup();
  buildTimeCode.cleanup();
  rmSync(outDir, { recursive: true, force: true });
});

function run(args: string[], contentDir = overlay.dir) {
  const result = spawnSync(process.execPath, args, {
    cwd: repoRoot,
    env: { ...process.env, DASV_CONTENT_DIR: contentDir, NO_COLOR: '1' },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('broken content stops the tools an editor runs', () => {
  // Starting Node takes seconds on a busy two-core machine: the time limit is for the machine, not the check.
  test('the content check exits with an error naming the file and field', { timeout: 60_000 }, () => {
    const { status, output } = run(['scripts/check-content.ts']);
    expect(status).toBe(1);
    expect(output).toContain('Content has 1 problem:');
    expect(output).toContain('progress/2024-25/data.mdx, line 8 → achievements → partners: unknown partner "safelive"');
    expect(output).toContain('did you mean "safelives"?');
  });

  test('the build fails with the same message alone, and leaves no old site for preview to serve', { timeout: 120_000 }, () => {
    // A site from an earlier build, which `npm run preview` would otherwise go on serving.
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path.join(outDir, 'index.html'), '<p>the old site</p>');
    const astro = path.join(repoRoot, 'node_modules/astro/bin/astro.mjs');
    const { status, output } = run([astro, 'build', '--outDir', outDir]);
    expect(status).toBe(1);
    expect(output).toContain(
      'Content has 1 problem:\n  content/progress/2024-25/data.mdx, line 8 → achievements → partners: unknown partner "safelive"'.replace(
        'content/',
        `${path.relative(repoRoot, overlay.dir).split(path.sep).join('/')}/`,
      ),
    );
    expect(output).toContain('Nothing was built: fix the content above, then build again.');
    // No wrapper from Astro, no stack trace: the messages alone.
    expect(output).not.toContain('An unhandled error occurred');
    expect(output).not.toMatch(/^\s+at /m);
    expect(existsSync(outDir)).toBe(false);
  });

  test('build-time code in MDX stops the build before it runs: nothing of the build machine is published', { timeout: 120_000 }, () => {
    const astro = path.join(repoRoot, 'node_modules/astro/bin/astro.mjs');
    rmSync(outDir, { recursive: true, force: true });
    const { status, output } = run([astro, 'build', '--outDir', outDir], buildTimeCode.dir);
    expect(status).not.toBe(0);
    expect(output).toContain(
      'pages/about.mdx: line 20: an import or export: content cannot run code (it would run while the site is built)',
    );
    expect(output).toContain('pages/about.mdx: line 22: a {…} expression: content cannot run code');
    // /etc/passwd starts with root's line; no file written anywhere holds it.
    const written = existsSync(outDir) ? readdirSync(outDir, { recursive: true, encoding: 'utf8' }) : [];
    const leaked = written.filter(
      (file) => /\.(html|js|json|txt)$/.test(file) && readFileSync(path.join(outDir, file), 'utf8').includes('root:x:0:0'),
    );
    expect(leaked).toEqual([]);
    expect(written.filter((file) => file.endsWith('.html'))).toEqual([]);
  });
});
