import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { headersFor, parseHeadersFile } from '../../src/lib/netlify-headers.ts';
import { distDir } from '../support/built-dist.ts';

// Each page's Content Security Policy is checked in its wording over dist/ (tests/unit/built/),
// and in force, with the headers of dist/_headers, on every page (tests/e2e/every-page.spec.ts),
// together with privacy: no request elsewhere, no cookie or storage, no referrer.

test('served with the headers of dist/_headers, no page can be framed', async ({ page, baseURL }) => {
  const rules = parseHeadersFile(readFileSync(path.join(distDir, '_headers'), 'utf8'));
  // As Netlify or Cloudflare Pages would serve it: each response with the headers its path matches.
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers(), ...headersFor(rules, new URL(route.request().url()).pathname) };
    await route.fulfill({ response, headers });
  });
  await page.goto('/partners/cambridgeshire-county-council/');
  await page.evaluate(() => {
    const frame = document.createElement('iframe');
    // Any page of the site (a quiet one: each frame's request counts as a visit).
    frame.src = '/partners/cambridge-womens-aid/';
    document.body.append(frame);
  });
  // Chromium shows its own error page in place of a frame it refuses to fill.
  await expect
    .poll(() => page.frames().map((frame) => frame.url()))
    .toEqual([`${baseURL}/partners/cambridgeshire-county-council/`, 'chrome-error://chromewebdata/']);
});
