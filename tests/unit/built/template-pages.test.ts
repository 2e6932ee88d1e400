import { expect, test } from 'vitest';
import { builtSite } from '../../support/built-dist.ts';
import { onePagePerTemplate } from '../../support/template-pages.ts';

// tests/e2e/every-page.spec.ts opens these over a slow connection, and runs a page's own checks
// (the search page's) on that visit: a page missing from the build would have them pass unrun.
test('the templates opened over a slow connection, and the pages with checks of their own here, are pages of the built site', () => {
  const urls = builtSite().map((built) => built.urlPath);
  for (const url of onePagePerTemplate) expect(urls, url).toContain(url);
});
