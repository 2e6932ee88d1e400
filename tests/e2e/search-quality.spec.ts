import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, test, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { gzipSize } from '../support/page-weight.ts';
import { budgets } from '../support/budgets.ts';
import { searchQueries } from '../fixtures/search-queries.ts';
import { repoRoot } from './helpers';
import { keepRequestsLocal, quickExitUrl } from './site-pages';

/**
 * What a reader gets from search, against the built site: the right page first, clean results, help
 * before statistics, any screen, helpful empty states, and a light first query. Search loads its
 * code, index and excerpts over the network; on a busy machine that takes seconds.
 */
const expect = baseExpect.configure({ timeout: 20_000 });

const content = (file: string) => parse(readFileSync(path.join(repoRoot, 'content', file), 'utf8')) as unknown;
const help = content('help.yaml') as { id: string; name: string; phone: string }[];
const settings = content('search.yaml') as { helpWords: string[]; helpServices: string[]; examples: string[] };

/** Types a query into a search panel and waits until its results (or its "No results") are shown. */
async function search(panel: Locator, query: string): Promise<void> {
  await panel.getByRole('searchbox', { name: 'Search this site' }).fill(query);
  await expect(panel.getByRole('status')).toContainText(`for “${query}”`);
}

async function openDialog(page: Page): Promise<Locator> {
  await page.keyboard.press('Control+K');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog.getByRole('searchbox', { name: 'Search this site' })).toBeFocused();
  return dialog;
}

test('every query of the committed set finds its page among the first three results, in clean results', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/search/');
  const panel = page.getByRole('main').locator('search-panel');
  const misses: string[] = [];
  const noise: string[] = [];
  for (const { query, page: wanted } of searchQueries) {
    await search(panel, query);
    const firstThree = await panel
      .locator('.sp-result > .sp-title')
      .evaluateAll((links) => links.slice(0, 3).map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    if (!firstThree.includes(wanted)) misses.push(`"${query}": wanted ${wanted}, got ${firstThree.join(', ')}`);
    // What a result shows: no control text, no acronym explained again and again, no stray "#".
    const texts = await panel.locator('.sp-results a, .sp-results .sp-excerpt').allTextContents();
    for (const text of texts) {
      if (/Link to |Copy link|Share |Download this data|Partners:|Previous|Covers/.test(text))
        noise.push(`"${query}": control text in "${text}"`);
      if (/^\s*#/.test(text)) noise.push(`"${query}": "#" before "${text}"`);
      if (/\([A-Z]{2,}s?: [A-Z]/.test(text)) noise.push(`"${query}": an acronym explained in "${text}"`);
    }
  }
  const hits = searchQueries.length - misses.length;
  test.info().annotations.push({ type: 'first-three hit rate', description: `${hits}/${searchQueries.length}` });
  expect(misses).toEqual([]);
  expect(noise).toEqual([]);
});

test('one page with several hits is one result, its sections under it, each excerpt showing the words searched', async ({ page }) => {
  await page.goto('/search/');
  const panel = page.getByRole('main').locator('search-panel');
  await search(panel, 'MARAC');
  const titles = await panel.locator('.sp-result > .sp-title').evaluateAll((links) => links.map((l) => (l as HTMLAnchorElement).pathname));
  expect(new Set(titles).size).toBe(titles.length);
  const reducingRisk = panel.locator('.sp-result').filter({ has: page.locator('.sp-title[href="/2024-25/reducing-risk/"]') });
  await expect(reducingRisk.locator('.sp-sections > li')).toHaveCount(2);
  await expect(
    reducingRisk.getByRole('link', { name: '1,237 cases heard at the Multi Agency Risk Assessment Conference (MARAC)' }),
  ).toHaveAttribute('href', '/2024-25/reducing-risk/#marac-cases-heard');
  for (const section of await panel.locator('.sp-sections > li').all()) await expect(section.locator('mark').first()).toBeVisible();
  // An excerpt is at most two lines.
  for (const excerpt of await panel.locator('.sp-excerpt').all()) {
    const lines = await excerpt.evaluate((e) => Math.round(e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight)));
    expect(lines).toBeLessThanOrEqual(2);
  }
});

test.describe('help before statistics', () => {
  const helpQueries = ['refuge', 'I feel unsafe', 'helpline', 'police'];
  const otherQueries = ['MARAC', 'Stagecoach', 'White Ribbon'];

  test('a search about help or danger shows "Need help now?" above the results, with the numbers of content/help.yaml', async ({
    page,
  }) => {
    await page.goto('/2024-25/awareness/');
    const dialog = await openDialog(page);
    const services = settings.helpServices.map((id) => help.find((service) => service.id === id)!);
    expect(services.map((s) => s.phone)).toEqual(['999', '0808 2000 247']);
    for (const query of helpQueries) {
      await search(dialog, query);
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
      await search(dialog, query);
      await expect(dialog.getByRole('complementary', { name: 'Need help now?' })).toHaveCount(0);
    }
  });
});

test.describe('on a 320 px screen', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('the search page with results never scrolls sideways; filters fold under "Filter results", one-value filters left out', async ({
    page,
  }) => {
    await page.goto('/search/');
    const panel = page.getByRole('main').locator('search-panel');
    for (const query of ['MARAC', 'police', 'Cambridgeshire and Peterborough NHS Foundation Trust']) {
      await search(panel, query);
      await expect(panel.locator('.sp-result').first()).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    }
    const filters = panel.locator('details.sp-filters');
    await expect(filters.locator('summary')).toHaveText('Filter results');
    await expect(filters).not.toHaveAttribute('open');
    await filters.locator('summary').click();
    const legends = filters.locator('legend');
    await expect(legends.first()).toBeVisible();
    expect(await legends.allTextContents()).not.toContain('Year');
    // Readable filter headings: ordinary size, not small capitals.
    const style = await legends
      .first()
      .evaluate((e) => ({ size: parseFloat(getComputedStyle(e).fontSize), transform: getComputedStyle(e).textTransform }));
    expect(style.size).toBeGreaterThanOrEqual(16);
    expect(style.transform).toBe('none');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  test('the dialog with results never scrolls sideways, and carries its own "Exit this page"', async ({ page }) => {
    await page.goto('/2024-25/prevention/');
    await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
    const dialog = page.getByRole('dialog', { name: 'Search' });
    await search(dialog, 'Cambridgeshire and Peterborough NHS Foundation Trust');
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
    await page.goto('/');
    const dialog = await openDialog(page);
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
    await page.goto('/');
    const dialog = await openDialog(page);
    await search(dialog, 'qwertyuiop');
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
  await page.goto('/2024-25/');
  await page.waitForLoadState('networkidle');
  const requested = new Set<string>();
  page.on('request', (request) => requested.add(new URL(request.url()).pathname));
  const dialog = await openDialog(page);
  await search(dialog, 'refuge');
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
  await page.goto('/2024-25/support-for-victims/');
  const dialog = await openDialog(page);
  await search(dialog, 'refuge');
  await dialog.getByRole('link', { name: 'Exit this page' }).click();
  await expect(page).toHaveURL(quickExitUrl);
  await page.goBack();
  expect(page.url()).not.toContain('refuge');
  expect(elsewhere).toEqual([]);
});

test('search with results, with help and with none passes axe (WCAG 2.2 A and AA) in light and dark', async ({ page }) => {
  test.setTimeout(120_000);
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
  const violations = async (state: string) =>
    (await new AxeBuilder({ page }).withTags(tags).analyze()).violations.map(
      (v) => `${state}: ${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
    );
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('/search/');
    const panel = page.getByRole('main').locator('search-panel');
    await search(panel, 'refuge');
    found.push(...(await violations(`/search/ "refuge", ${colorScheme}`)));
    await search(panel, 'qwertyuiop');
    found.push(...(await violations(`/search/ no result, ${colorScheme}`)));
    const dialog = await openDialog(page);
    await search(dialog, 'police');
    found.push(...(await violations(`dialog "police", ${colorScheme}`)));
  }
  expect(found).toEqual([]);
});
