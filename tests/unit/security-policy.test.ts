import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { cmsSettings, cmsSettingsFrom } from '../../src/cms/settings.ts';
import { quickExitScript } from '../../src/lib/quick-exit-script.ts';
import {
  cspHash,
  editorCsp,
  editorCspFor,
  editorPolicy,
  formatCsp,
  headerPolicy,
  parseCsp,
  readersCsp,
  readersPolicy,
} from '../../src/lib/security-policy.ts';

describe("the readers' Content Security Policy", () => {
  test('lets nothing come from another origin, and nothing inline but quick exit by its hash', () => {
    expect(readersPolicy).toBe(
      `default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; connect-src 'self'; ` +
        `script-src 'self' 'wasm-unsafe-eval' ${cspHash(quickExitScript)}; style-src 'self'`,
    );
    for (const [directive, sources] of readersCsp) {
      expect(sources, directive).not.toContain("'unsafe-inline'");
      expect(sources, directive).not.toContain("'unsafe-eval'");
      for (const source of sources) expect(source, directive).toMatch(/^('[a-z-]+'|'sha256-[A-Za-z0-9+/=]+'|data:)$/);
    }
  });

  test("allows quick exit's script by the hash a browser computes of its text", () => {
    const browsersHash = `'sha256-${createHash('sha256').update(Buffer.from(quickExitScript, 'utf8')).digest('base64')}'`;
    expect(readersCsp.get('script-src')).toContain(browsersHash);
    expect(readersCsp.get('script-src')).not.toContain(cspHash(`${quickExitScript};`));
  });
});

describe("the content editor's policy", () => {
  test("names the readers' directives, with what Decap CMS needs instead of what the readers' pages do: eval, inline styles, blob: images, and its connections", () => {
    expect(editorPolicy).toBe(
      `default-src 'self'; img-src 'self' data: blob:; object-src 'none'; base-uri 'self'; form-action 'self'; ` +
        `connect-src 'self' ${cmsSettings.connectOrigins.join(' ')}; ` +
        `script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'`,
    );
    expect([...editorCsp.keys()]).toEqual([...readersCsp.keys()]);
  });

  test('connects only where the set-up needs: GitHub’s API once the repository is set, the local decap-server only without one', () => {
    const live = editorCspFor(cmsSettingsFrom({ CMS_REPO: 'dasv-partnership/website', CMS_LOCAL_PORT: '8081' }));
    expect(live.get('connect-src')).toEqual(["'self'", 'https://api.github.com']);
    const custom = editorCspFor(cmsSettingsFrom({ CMS_REPO: 'dasv-partnership/website', CMS_AUTH_URL: 'https://cms-auth.example.org' }));
    expect(custom.get('connect-src')).toEqual(["'self'", 'https://api.github.com']);
    const local = editorCspFor(cmsSettingsFrom({ CMS_LOCAL_PORT: '5159' }));
    expect(local.get('connect-src')).toEqual(["'self'", 'http://localhost:5159']);
  });
});

describe('writing and reading policies', () => {
  test('a policy reads back as the directives it was written from', () => {
    expect(parseCsp(readersPolicy)).toEqual(readersCsp);
    expect(parseCsp(editorPolicy)).toEqual(editorCsp);
    expect(formatCsp(parseCsp("default-src 'self';img-src 'self' data:; ;"))).toBe("default-src 'self'; img-src 'self' data:");
  });

  test('the header adds what a <meta> cannot say, framing forbidden, and changes nothing else', () => {
    expect(headerPolicy(readersCsp)).toBe(`${readersPolicy}; frame-ancestors 'none'`);
    expect(headerPolicy(editorCsp)).toBe(`${editorPolicy}; frame-ancestors 'none'`);
  });
});
