import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { expect, test } from 'vitest';
import { builtSite, distDir } from '../../support/built-dist.ts';

// The W3C Nu HTML Checker (npm vnu-jar) over every built page, in one Java process: it knows the
// HTML standard's content models and attribute values better than html-validate does.
const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
const java = process.env['JAVA'] ?? 'java';

interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
}

/**
 * Checking files rather than a server, the checker treats each file as its own opaque origin, so a
 * page's policy seems to block the page's own /_astro/ files: "Resource violates Content Security
 * Policy (meta tag): external script “/_astro/…” blocked by “script-src” directive". The browser
 * tests check the policy where it means something, on the served site.
 */
const fileOriginCspNotice = /^Resource violates Content Security Policy \(meta tag\): external (script|stylesheet) “\/[^/]/;

test('the W3C Nu HTML Checker finds no error and no warning in any page', () => {
  const files = builtSite().map((page) => page.file);
  const run = spawnSync(java, ['-jar', vnuJar, '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error)
    throw new Error(`Could not run ${java} (needed by the Nu HTML Checker; scripts/ensure-java.sh installs it): ${run.error.message}`);
  const { messages } = JSON.parse(run.stderr) as { messages: NuMessage[] };
  const problems = messages
    .filter((m) => !(m.type === 'info' && m.subType === 'warning' && fileOriginCspNotice.test(m.message)))
    .filter((m) => m.type !== 'info' || m.subType === 'warning')
    .map(
      (m) =>
        `${path.relative(distDir, new URL(m.url ?? 'file:///').pathname)}:${m.lastLine ?? ''} ${m.type}${m.subType ? `/${m.subType}` : ''}: ${m.message}`,
    );
  expect(problems).toEqual([]);
  // It did check them all: one per page, a file it could not read would be a non-document-error.
  expect(files.length).toBeGreaterThan(50);
}, 180_000);
