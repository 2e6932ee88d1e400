import { expect, test } from '@playwright/test';
import { baseURL } from '../../playwright.config';
import { emulateConnection, holdRequests } from './helpers';
import { keepRequestsLocal, quickExitUrl } from './site-pages';

// Quick exit on a slow connection: "Exit this page" must work from the moment it shows, not only
// once the page's script files have arrived (on slow 3G the button showed at 2.2 s and the script
// was ready at 6.5 s; a tap in between was a plain link, leaving the page in the tab's history).

/** Chrome DevTools' "Slow 3G": 2 s of latency per request, 400 kbit/s each way. */
const slow3g = { offline: false, latency: 2000, downloadThroughput: 50_000, uploadThroughput: 50_000 };

test('on slow 3G, a tap as soon as the button shows hides the page and takes it out of history', async ({ page, context }) => {
  test.setTimeout(120_000);
  const elsewhere = await keepRequestsLocal(context, baseURL);
  // What the reader sees at the moment of leaving, reported from inside the page as it happens.
  const seen: { path: string; title: string; visibility: string }[] = [];
  await page.exposeFunction('reportLeaving', (path: string, title: string, visibility: string) => seen.push({ path, title, visibility }));
  await page.addInitScript(() => {
    const report = (window as unknown as { reportLeaving: (path: string, title: string, visibility: string) => void }).reportLeaving;
    addEventListener('beforeunload', () => report(location.pathname, document.title, getComputedStyle(document.body).visibility));
  });
  // Quiet pages: a theme (opened twice: first, and again on Back) and a partner.
  await page.goto('/2024-25/support-for-victims/');

  // The page's script files are held back until after the tap, so the test shows what happens
  // before they arrive however fast this machine is.
  const scripts = await holdRequests(page, /\/_astro\/.*\.js$/);
  const endSlow3g = await emulateConnection(page, slow3g);

  const started = Date.now();
  await page.goto('/partners/huntingdonshire-district-council/', { waitUntil: 'commit' });
  const button = page.getByRole('banner').getByRole('link', { name: 'Exit this page' });
  await expect(button).toBeVisible({ timeout: 60_000 });
  const shownAfter = Date.now() - started;
  // None of the page's script files has arrived: they are held.
  expect(scripts.held.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => performance.getEntriesByType('resource').some((r) => /\/_astro\/.*\.js$/.test(r.name)))).toBe(false);
  await button.tap({ noWaitAfter: true }).catch(() => button.click({ noWaitAfter: true }));
  await expect(page.getByRole('heading', { name: 'Weather forecast (local stand-in)' })).toBeVisible({ timeout: 60_000 });
  expect(page.url()).toBe(quickExitUrl);
  test.info().annotations.push({ type: 'button shown after', description: `${shownAfter} ms on slow 3G` });

  // The page was blanked, title and all, before the next site loaded.
  expect(seen.filter((s) => s.path === '/partners/huntingdonshire-district-council/')).toEqual([
    { path: '/partners/huntingdonshire-district-council/', title: '\u00a0', visibility: 'hidden' },
  ]);
  expect(scripts.held.length).toBeGreaterThan(0);

  // Back leads to the page before; the page left is gone from the tab's history.
  scripts.release();
  await endSlow3g();
  await page.goBack();
  await expect(page).toHaveURL(`${baseURL}/2024-25/support-for-victims/`);
  expect(elsewhere).toEqual([]);
});

test('on slow 3G, Shift pressed 3 times as soon as the button shows leaves', async ({ page, context }) => {
  test.setTimeout(120_000);
  const elsewhere = await keepRequestsLocal(context, baseURL);
  await page.goto('/partners/hourglass/');
  const scripts = await holdRequests(page, /\/_astro\/.*\.js$/);
  const endSlow3g = await emulateConnection(page, slow3g);
  await page.goto('/partners/bunited/', { waitUntil: 'commit' });
  await expect(page.getByRole('banner').getByRole('link', { name: 'Exit this page' })).toBeVisible({ timeout: 60_000 });
  // At once: no wait for the page's script files, which are held until after the exit (the count
  // is said once they arrive: quick-exit.spec.ts).
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await expect(page.getByRole('heading', { name: 'Weather forecast (local stand-in)' })).toBeVisible({ timeout: 60_000 });
  expect(page.url()).toBe(quickExitUrl);
  expect(scripts.held.length).toBeGreaterThan(0);
  scripts.release();
  await endSlow3g();
  await page.goBack();
  await expect(page).toHaveURL(`${baseURL}/partners/hourglass/`);
  expect(elsewhere).toEqual([]);
});
