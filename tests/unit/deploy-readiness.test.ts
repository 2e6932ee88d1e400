import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { isDeployBuild, placeholders } from '../../src/lib/deploy-readiness.ts';
import { contentWithOverlay } from '../support/content-overlay.ts';
import { repoRoot } from '../support/repo-root.ts';

// The published site cannot carry a placeholder: the deploy build (DASV_DEPLOY=production, set by the
// publishing workflow) refuses with a plain list; a local build warns and goes on.

const ready = { SITE_URL: 'https://www.example.org', CMS_REPO: 'dasv-partnership/website' };
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('placeholders a deploy build refuses', () => {
  test('today: the accessibility statement has two "[contact details to be added…]"; the address and repository are unset', () => {
    const found = placeholders(path.join(repoRoot, 'content'), {});
    expect(found.map((p) => p.where)).toEqual([
      'SITE_URL',
      'CMS_REPO',
      'content/pages/accessibility.mdx, line 28',
      'content/pages/accessibility.mdx, line 34',
    ]);
    expect(found[2]!.what).toBe('"[contact details to be added: the partnership\'s email address and phone number]"');
  });

  test.each([
    ['"to be confirmed"', 'Opening hours to be confirmed.'],
    ['"TBC"', 'Phone: TBC'],
    ['"[address to be added]"', 'Email: [address to be added]'],
    ['"TODO"', 'TODO: check this figure'],
  ])('marked text in any content file: %s', (expected, text) => {
    const overlay = contentWithOverlay(undefined);
    cleanup = overlay.cleanup;
    const about = path.join(overlay.dir, 'pages/accessibility.mdx');
    writeFileSync(about, readFileSync(about, 'utf8').replaceAll(/\[contact details to be added[^\]]*\]/g, 'enquiries@example.org'));
    const help = path.join(overlay.dir, 'help.yaml');
    writeFileSync(help, readFileSync(help, 'utf8').replace(/^(- id: .*)$/m, `$1\n  # ${text}`));
    expect(placeholders(overlay.dir, ready).map((p) => p.what)).toEqual([expected]);
  });

  test('words that only look like one pass: "added", "confirmed", "tbc" inside a word', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dasv-placeholders-'));
    cleanup = () => rmSync(dir, { recursive: true, force: true });
    writeFileSync(path.join(dir, 'glossary.yaml'), 'text: Services were added and confirmed in 2024 [see the report]. Tbcx.\n');
    expect(placeholders(dir, ready)).toEqual([]);
  });

  test('an address that is not a plain https site, and a repository left as its placeholder', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dasv-placeholders-'));
    cleanup = () => rmSync(dir, { recursive: true, force: true });
    expect(placeholders(dir, { SITE_URL: 'http://localhost:4321', CMS_REPO: 'OWNER/REPOSITORY' }).map((p) => p.where)).toEqual([
      'SITE_URL',
      'CMS_REPO',
    ]);
  });

  test('only DASV_DEPLOY=production is a deploy build', () => {
    expect(isDeployBuild({ DASV_DEPLOY: 'production' })).toBe(true);
    expect(isDeployBuild({})).toBe(false);
    expect(isDeployBuild({ DASV_DEPLOY: '1' })).toBe(false);
  });
});

describe('the build', () => {
  // Builds stop before anything is rendered, so each takes seconds (astro's start-up).
  const build = (env: Record<string, string>, unset: string[]) => {
    const buildEnv: Record<string, string | undefined> = { ...process.env, ...env };
    for (const name of unset) delete buildEnv[name];
    try {
      const out = execFileSync('npx', ['astro', 'build', '--outDir', path.join(tmpdir(), `dasv-deploy-${process.pid}`)], {
        cwd: repoRoot,
        env: buildEnv,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      return { code: 0, out };
    } catch (error) {
      const { status, stdout, stderr } = error as { status: number; stdout: string; stderr: string };
      return { code: status, out: `${stdout}${stderr}` };
    }
  };

  test('a deploy build with placeholders is refused with the plain list, and no stack trace', () => {
    const { code, out } = build({ DASV_DEPLOY: 'production' }, ['SITE_URL', 'CMS_REPO']);
    expect(code).toBe(1);
    expect(out).toContain('The site cannot be published with placeholders in it (4):');
    expect(out).toContain("  SITE_URL: the site's published address is not set");
    expect(out).toContain("  CMS_REPO: the editor's GitHub repository (owner/name) is not set");
    expect(out).toContain('  content/pages/accessibility.mdx, line 28: "[contact details to be added');
    expect(out).not.toMatch(/^\s+at /m);
  }, 120_000);
});
