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
