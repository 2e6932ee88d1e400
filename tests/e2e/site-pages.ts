import type { BrowserContext } from '@playwright/test';

/** What quick exit leads to in content/safety.yaml. */
export const quickExitUrl = 'https://www.bbc.co.uk/weather';

/**
 * Keeps every request on this machine: the quick exit site is answered by a local stand-in page
 * (after `delay` ms, so a test can look at the page while it leaves), and any other request to
 * another origin is refused and recorded, so the test can show there were none.
 */
export async function keepRequestsLocal(context: BrowserContext, baseURL: string, delay = 0): Promise<string[]> {
  const elsewhere: string[] = [];
  await context.route(
    (url) => url.origin !== new URL(baseURL).origin,
    async (route) => {
      const url = route.request().url();
      if (url.startsWith(quickExitUrl)) {
        if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
        await route.fulfill({
          contentType: 'text/html',
          body: '<!doctype html><html lang="en"><title>Weather</title><h1>Weather forecast (local stand-in)</h1></html>',
        });
        return;
      }
      elsewhere.push(url);
      await route.abort();
    },
  );
  return elsewhere;
}

/**
 * One page per template, loaded over a throttled phone connection by tests/e2e/every-page.spec.ts:
 * each page made by one template loads the same files in the same way, and every page's HTML and
 * CSS are weighed against the same budget over dist/ (tests/unit/built/). Add a page when you add a
 * template.
 */
export const onePagePerTemplate = [
  '/',
  '/2024-25/',
  // A theme page with a chart, which draws as it nears the viewport.
  '/2024-25/pursuing-perpetrators/',
  '/2024-25/report/',
  '/2024-25/figures/',
  '/partners/',
  '/partners/police/',
  // For the standing pages (accessibility, get help, glossary, staying safe online): words and lists
  // in the base layout, with no script of their own.
  '/about/',
  '/search/',
];
