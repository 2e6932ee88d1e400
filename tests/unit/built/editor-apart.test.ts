import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { elementsOf } from '../../../src/lib/html.ts';
import { parseHeadersFile } from '../../../src/lib/netlify-headers.ts';
import { editorPolicy } from '../../../src/lib/security-policy.ts';
import { builtSite, distDir as dist } from '../../support/built-dist.ts';

// The content editor (/admin/) is for the comms team: not indexed, not in the sitemap, not linked or
// loaded from a reader's page, and its wider policy sent to /admin/ only. Its forms are driven in a
// browser by tests/e2e/cms-editor.spec.ts.

/** Where the built editor looks for decap-server (`local_backend` in its config). */
const builtLocalBackend = /^ {2}url: (\S+)$/m.exec(readFileSync(path.join(dist, 'admin/config.yml'), 'utf8'))![1]!;

test('the editor is kept apart from the public site', () => {
  const html = readFileSync(path.join(dist, 'admin/index.html'), 'utf8');
  const elements = elementsOf(html);
  const metas = elements.filter((el) => el.tag === 'meta').map((el) => el.attrs);
  expect(metas.find((meta) => meta['name'] === 'robots')?.['content']).toBe('noindex, nofollow');
  expect(html).not.toContain('data-pagefind-body');
  expect(metas.filter((meta) => meta['property']?.startsWith('og:') || meta['name']?.startsWith('twitter:'))).toEqual([]);
  // Its own policy (src/lib/security-policy.ts): built with no repository, connections to itself and to
  // decap-server only (at the port this build was given), as src/cms/settings.ts sets them.
  expect(metas.filter((meta) => meta['http-equiv'] === 'content-security-policy').map((meta) => meta['content'])).toEqual([editorPolicy]);
  expect(editorPolicy).toContain(`connect-src 'self' ${new URL(builtLocalBackend).origin};`);
  expect(editorPolicy).toContain("default-src 'self';");
  expect(readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8')).not.toContain('/admin/');
  const editorScript = elements.find((el) => el.tag === 'script')!.attrs['src']!;
  for (const { urlPath, html: page } of builtSite()) {
    expect(page, urlPath).not.toContain('/admin/');
    expect(page, urlPath).not.toContain(editorScript);
  }
  // The readers' header policy is their pages' own, not widened by the editor's, which only /admin/* is sent.
  for (const rule of parseHeadersFile(readFileSync(path.join(dist, '_headers'), 'utf8'))) {
    const widened = /'unsafe-eval'|api\.github\.com/.test(rule.headers['Content-Security-Policy'] ?? '');
    expect(widened, rule.pattern).toBe(rule.pattern === '/admin/*');
  }
});
