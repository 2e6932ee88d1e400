import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect as baseExpect, test } from '@playwright/test';
import { parse } from 'yaml';
import { gzipSize } from '../../src/lib/page-weight.ts';
import { budgets } from '../support/budgets.ts';
import { openSearchDialog, searchFor } from './helpers';
import { repoRoot } from '../support/repo-root.ts';
import { keepRequestsLocal, quickExitUrl } from './site-pages';

// The header's search is the same on every page: each test here opens a different quiet page
// (a partner's) to spread the visits.

/**
 * What a reader gets from search, against the built site: the right page first, clean results, help
 * before statistics, any screen, helpful empty states, and a light first query. Search loads its
 * code, index and excerpts over the network; on a busy machine that takes seconds.
 */
const expect = baseExpect.configure({ timeout: 20_000 });

const content = (file: string) => parse(readFileSync(path.join(repoRoot, 'content', file), 'utf8')) as unknown;
const help = (content('help.yaml') as { id: string; name: string; contact?: { phone?: string } }[]).map((s) => ({
  ...s,
  phone: s.contact?.phone ?? '',
}));
const settings = content('search.yaml') as { helpWords: string[]; helpServices: string[]; examples: string[] };

// On the search page (tests/e2e/search-page.spec.ts, one visit): every query of the committed set
// finds its page among the first three, in clean results; one page with several hits is one result;
// axe with results, with help and with none.

test.describe('help before statistics', () => {
  const helpQueries = ['refuge', 'I feel unsafe', 'helpline', 'police'];
  const otherQueries = ['MARAC', 'Stagecoach', 'White Ribbon'];

  test('a search about help or danger shows "Need help now?" above the results, with the numbers of content/help.yaml', async ({
    page,
  }) => {
    await page.goto('/partners/hourglass/');
    const { dialog } = await openSearchDialog(page);
    const services = settings.helpServices.map((id) => help.find((service) => service.id === id)!);
    expect(services.map((s) => s.phone)).toEqual(['999', '0808 2000 247']);
    for (const query of helpQueries) {
      await searchFor(dialog, query);
      const box = dialog.getByRole('complementary', { name: 'Need help now?' });
      await expect(box).toBeVisible();
      for (const service of services) {
        await expect(box.locator(`a[href="tel:${service.phone.replace(/ /g, '')}"]`)).toHaveText(service.phone);
        await expect(box).toContainText(service.name);
      }
      await expect(box).toContainText('press 55');
      await expect(box.getByRole('link', { name: 'More helplines and support' })).toHaveAttribute('href', '/get-help/');
      const first = dialog.locator('.sp-result').first();
      if (await first.isVisible()) expect((await box.boundingBox())!.y).toBeLessThan((await first.boundingBox())!.y);
    }
    for (const query of otherQueries) {
      await searchFor(dialog, query);
      await expect(dialog.getByRole('complementary', { name: 'Need help now?' })).toHaveCount(0);
    }
    // The service made for the person comes first, before 999 and the national helpline
    // (the wider set of searches: tests/unit/help-queries.test.ts).
    for (const [query, first] of [
      ['being stalked by my ex', 'national-stalking-helpline'],
      ['male victim', 'mens-advice-line'],
      ['gay man abusive boyfriend', 'galop'],
    ] as const) {
      await searchFor(dialog, query);
      const box = dialog.getByRole('complementary', { name: 'Need help now?' });
      await expect(box.getByRole('listitem').first()).toContainText(help.find((s) => s.id === first)!.name);
      await expect(box).toContainText(services[0]!.name);
    }
  });
});

test.describe('on a 320 px screen', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  // The search page on a 320 px screen: tests/e2e/search-page-on-a-phone.ts, on every-page.spec.ts's visit.

  test('the dialog with results never scrolls sideways, and carries its own "Exit this page"', async ({ page }) => {
    await page.goto('/partners/impakt-dass/');
    await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
    const dialog = page.getByRole('dialog', { name: 'Search' });
    await searchFor(dialog, 'Cambridgeshire and Peterborough NHS Foundation Trust');
    await expect(dialog.locator('.sp-result').first()).toBeVisible();
    expect(await dialog.evaluate((d) => d.scrollWidth <= d.clientWidth)).toBe(true);
    const exit = dialog.getByRole('link', { name: 'Exit this page' });
    await expect(exit).toBeInViewport();
    const destination = await page.locator('.quick-exit a[data-quick-exit]').getAttribute('href');
    await expect(exit).toHaveAttribute('href', destination!);
    await expect(exit).toHaveAttribute('data-quick-exit', '');
  });
});

test.describe('empty states', () => {
  test('before typing, example searches, each finding something', async ({ page }) => {
    await page.goto('/partners/nwaft/');
    const { dialog } = await openSearchDialog(page);
    const examples = dialog.locator('.sp-intro').getByRole('button');
    await expect(examples).toHaveText(settings.examples);
    for (const example of settings.examples) {
      await dialog.locator('.sp-intro').getByRole('button', { name: example, exact: true }).click();
      await expect(dialog.getByRole('status')).toContainText(`for “${example}”`);
      await expect(dialog.locator('.sp-result').first()).toBeVisible();
      await dialog.getByRole('searchbox').fill('');
    }
  });

  test('no result: other searches, the whole report and help', async ({ page }) => {
    await page.goto('/partners/one-voice-4-travellers/');
    const { dialog } = await openSearchDialog(page);
    await searchFor(dialog, 'qwertyuiop');
    await expect(dialog.getByRole('status')).toHaveText('No results for “qwertyuiop”');
    const none = dialog.locator('.sp-none');
    await expect(none.getByRole('button', { name: settings.examples[0]!, exact: true })).toBeVisible();
    await expect(none.getByRole('link', { name: 'Read the whole Year One report on one page' })).toHaveAttribute(
      'href',
      '/2024-25/report/',
    );
    await expect(none.getByRole('link', { name: 'Get help now' })).toHaveAttribute('href', '/get-help/');
  });
});

test('a first query downloads at most 100 KB gzipped', async ({ page }) => {
  await page.goto('/partners/peterborough-city-council/');
  await page.waitForLoadState('networkidle');
  const requested = new Set<string>();
  page.on('request', (request) => requested.add(new URL(request.url()).pathname));
  const { dialog } = await openSearchDialog(page);
  await searchFor(dialog, 'refuge');
  await expect(dialog.getByRole('link', { name: '98 women and 107 children supported in local refuges' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  // Counted from the files themselves, as a server that gzips text sends them (Pagefind's index
  // files are gzipped already), so the figure does not depend on the machine.
  const bytes = [...requested].map((pathname) => {
    const file = readFileSync(path.join(repoRoot, 'dist', pathname));
    return { pathname, bytes: /\.(js|css|json)$/.test(pathname) ? gzipSize(file) : file.length };
  });
  const total = bytes.reduce((sum, file) => sum + file.bytes, 0);
  test.info().annotations.push({ type: 'bytes', description: JSON.stringify(bytes) });
  expect(total, bytes.map((f) => `${f.pathname} ${f.bytes}`).join(', ')).toBeLessThanOrEqual(budgets.firstSearchBytes);
});

test('the dialog\'s "Exit this page" leaves as the page\'s does, with the query in neither the history nor the address', async ({
  page,
  context,
  baseURL,
}) => {
  const elsewhere = await keepRequestsLocal(context, baseURL!);
  await page.goto('/partners/peterborough-targeted-support/');
  const { dialog } = await openSearchDialog(page);
  await searchFor(dialog, 'refuge');
  await dialog.getByRole('link', { name: 'Exit this page' }).click();
  await expect(page).toHaveURL(quickExitUrl);
  await page.goBack();
  expect(page.url()).not.toContain('refuge');
  expect(elsewhere).toEqual([]);
});
