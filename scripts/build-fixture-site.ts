// Builds the site from the real content with a fixture laid over it (tests/fixtures/sites/<name>/),
// into its own folder, for browser tests of behaviour the real content cannot show yet (a second year).
// Usage: node scripts/build-fixture-site.ts <name> <outDir>
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const [name, outDir] = process.argv.slice(2);
if (!name || !outDir) {
  console.error('Usage: node scripts/build-fixture-site.ts <fixture name> <outDir>');
  process.exit(2);
}
const repoRoot = path.resolve(import.meta.dirname, '..');
const contentDir = mkdtempSync(path.join(tmpdir(), `dasv-${name}-`));
try {
  cpSync(path.join(repoRoot, 'content'), contentDir, { recursive: true });
  cpSync(path.join(repoRoot, 'tests/fixtures/sites', name), contentDir, { recursive: true });
  const astro = path.join(repoRoot, 'node_modules/astro/bin/astro.mjs');
  const result = spawnSync(process.execPath, [astro, 'build', '--force', '--outDir', path.resolve(outDir)], {
    cwd: repoRoot,
    env: { ...process.env, DASV_CONTENT_DIR: contentDir },
    stdio: 'inherit',
  });
  process.exitCode = result.status ?? 1;
} finally {
  rmSync(contentDir, { recursive: true, force: true });
}
