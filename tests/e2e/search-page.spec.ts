import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, test } from '@playwright/test';
import { baseURL } from '../../playwright.config';
import { searchQueries } from '../fixtures/search-queries.ts';
import { expectSearchWithinPolicy, holdRequests, openSearchDialog, searchFor, watchCspViolations } from './helpers';

// The search page (/search/) is where search.spec.ts and search-quality.spec.ts meet: one visit with
// JavaScript on a wide screen runs their checks of it in turn, each step named after the spec it came
// from, starting in the states a slow or broken connection leaves it in (its own script late, then the
// search's code failing once). Two more visits open it: tests/e2e/every-page.spec.ts, on a phone over
// a slow connection, with the checks of search-page-on-a-phone.ts (320 px too), and search.spec.ts
// without JavaScript: three in all.
// Search loads its code, index and excerpts over the network; on a busy machine that takes seconds.
const expect = baseExpect.configure({ timeout: 20_000 });

test('the search page: filters, clean results, the committed queries, axe, privacy', async ({ page }) => {
  test.setTimeout(360_000);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const cspViolations = await watchCspViolations(page);
  const panel = page.getByRole('main').locator('search-panel');
  const box = page.getByRole('main').getByRole('searchbox', { name: 'Search this site' });
  const results = page.locator('search-panel .sp-result');

  // Held back: the page's own script (until its notice has shown), then the search's code, which
  // fails the first time (the route added last answers first, once) and is held the second until
  // the reader has typed.
  const pageScript = await holdRequests(page, /\/_astro\/search\.astro[^/]*\.js$/);
  const searchCode = await holdRequests(page, /\/_astro\/search-ui[^/]*\.js$/);
  let searchCodeFailed = 0;
  await page.route(
    /\/_astro\/search-ui[^/]*\.js$/,
    (route) => {
      searchCodeFailed += 1;
      return route.abort();
    },
    { times: 1 },
  );
  await page.goto('/search/', { waitUntil: 'commit' });
  const main = page.getByRole('main');
  const footerTop = () => page.locator('footer').evaluate((footer) => footer.getBoundingClientRect().top + window.scrollY);

  await test.step("search: if the page's own script has not run after a few seconds, the no-JavaScript notice takes the form's place, moving nothing; when it comes, the form is back", async () => {
    // Blocked, say, or lost on the way: only CSS is left to tell the reader.
    await expect(box).toBeVisible();
    await expect(main.getByText('Search needs JavaScript')).toBeHidden();
    const before = await footerTop();
    await expect(main.getByText('Search needs JavaScript')).toBeVisible({ timeout: 15_000 });
    await expect(main.getByRole('link', { name: 'browse the themes and aims' })).toBeVisible();
    await expect(box).toBeHidden();
    expect(await footerTop()).toBe(before);
    pageScript.release();
    await expect(main.getByText('Search needs JavaScript')).toBeHidden();
    expect(await footerTop()).toBe(before);
  });

  await test.step("search: when the search's code cannot load, the page says so in the form's place, with a link to read instead and a way to try again", async () => {
    const alert = main.getByRole('alert');
    await expect(alert).toContainText('Search could not load. Try again later');
    await expect(alert.getByRole('link', { name: 'read the whole Year One report on one page' })).toHaveAttribute(
      'href',
      '/2024-25/report/',
    );
    await expect(box).toBeHidden();
    await expect(main.getByText('Search needs JavaScript')).toBeHidden();
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(violations.map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    await alert.getByRole('button', { name: 'Try again now' }).click();
    await expect(alert).toBeHidden();
    await expect(box).toBeFocused();
  });
  const historyBefore = await page.evaluate(() => history.length);

  await test.step('search: words typed before the search code arrives are searched once it has', async () => {
    await expect(box).toBeVisible();
    await page.keyboard.type('refuge');
    // Asked for twice: once failing, then again on "Try again now", held.
    expect(searchCodeFailed).toBe(1);
    await expect.poll(() => searchCode.held.length).toBe(1);
    searchCode.release();
    await expect(page.getByRole('link', { name: 'Reducing risk: Year One', exact: true })).toBeVisible();
  });

  await test.step('search: a filter narrows the results to one theme', async () => {
    await box.fill('police');
    // Counted once the results are this search's, not the one before's.
    await expect(panel.getByRole('status')).toContainText('for “police”');
    await expect(results.first()).toBeVisible();
    expect(await results.count()).toBeGreaterThan(1);
    // On a wide screen "Filter results" is open beside the results.
    await expect(page.getByRole('group', { name: 'Theme or aim' })).toBeVisible();
    await page.getByRole('checkbox', { name: /^Pursuing perpetrators/ }).check();
    await expect(results).toHaveCount(1);
    await expect(results.getByRole('link', { name: 'Pursuing perpetrators: Year One' })).toHaveAttribute(
      'href',
      '/2024-25/pursuing-perpetrators/',
    );
    await page.getByRole('checkbox', { name: /^Pursuing perpetrators/ }).uncheck();
  });

  await test.step('search: a partner filter keeps only pages naming that partner', async () => {
    await box.fill('children');
    await expect(panel.getByRole('status')).toContainText('for “children”');
    await expect(results.first()).toBeVisible();
    await page
      .getByRole('group', { name: 'Partner organisation' })
      .getByRole('checkbox', { name: /^Hourglass/ })
      .check();
    await expect(results).toHaveCount(1);
    await expect(results.getByRole('link', { name: 'Support for victims: Year One' })).toBeVisible();
    await page
      .getByRole('group', { name: 'Partner organisation' })
      .getByRole('checkbox', { name: /^Hourglass/ })
      .uncheck();
    await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
  });

  await test.step('search-quality: one page with several hits is one result, its sections under it, each excerpt showing the words searched', async () => {
    await searchFor(panel, 'MARAC');
    const titles = await panel
      .locator('.sp-result > .sp-title')
      .evaluateAll((links) => links.map((l) => (l as HTMLAnchorElement).pathname));
    expect(new Set(titles).size).toBe(titles.length);
    const reducingRisk = panel.locator('.sp-result').filter({ has: page.locator('.sp-title[href="/2024-25/reducing-risk/"]') });
    await expect(reducingRisk.locator('.sp-sections > li')).toHaveCount(2);
    await expect(
      reducingRisk.getByRole('link', { name: '1,237 cases heard at the Multi Agency Risk Assessment Conference (MARAC)' }),
    ).toHaveAttribute('href', '/2024-25/reducing-risk/#marac-cases-heard');
    for (const section of await panel.locator('.sp-sections > li').all()) await expect(section.locator('mark').first()).toBeVisible();
    // An excerpt is at most two lines.
    for (const excerpt of await panel.locator('.sp-excerpt').all()) {
      const lines = await excerpt.evaluate((e) =>
        Math.round(e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight)),
      );
      expect(lines).toBeLessThanOrEqual(2);
    }
  });

  await test.step('search-quality: every query of the committed set finds its page among the first three results, in clean results', async () => {
    const misses: string[] = [];
    const noise: string[] = [];
    for (const { query, page: wanted } of searchQueries) {
      await searchFor(panel, query);
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

  await test.step('search-quality: with results, with help and with none, axe finds no WCAG 2.2 A or AA failure, light and dark', async () => {
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
    const violations = async (state: string) =>
      (await new AxeBuilder({ page }).withTags(tags).analyze()).violations.map(
        (v) => `${state}: ${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
      );
    const found: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await searchFor(panel, 'refuge');
      found.push(...(await violations(`/search/ "refuge", ${colorScheme}`)));
      await searchFor(panel, 'qwertyuiop');
      found.push(...(await violations(`/search/ no result, ${colorScheme}`)));
      const { dialog } = await openSearchDialog(page);
      await searchFor(dialog, 'police');
      found.push(...(await violations(`dialog "police", ${colorScheme}`)));
      await page.keyboard.press('Escape');
      if (await dialog.isVisible()) await page.keyboard.press('Escape');
      await baseExpect(dialog).toBeHidden();
    }
    expect(found).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
  });

  await test.step('search: searching here breaks no rule of the Content Security Policy', async () => {
    await expectSearchWithinPolicy(page, cspViolations);
  });

  // Last, as it leaves the page.
  await test.step('search: the query never reaches the URL or the history, and every request stays on the site', async () => {
    await box.fill('refuge');
    await expect(results.first()).toBeVisible();
    expect(page.url()).toBe(`${baseURL}/search/`);
    expect(await page.evaluate(() => history.length)).toBe(historyBefore);

    const { dialog } = await openSearchDialog(page);
    await dialog.getByRole('searchbox', { name: 'Search this site' }).fill('Stagecoach');
    const result = dialog.getByRole('link', { name: 'Training for Stagecoach drivers from Rape Crisis' });
    await expect(result).toBeVisible();
    expect(await cspViolations()).toEqual([]);
    expect(page.url()).toBe(`${baseURL}/search/`);
    expect(await page.evaluate(() => history.length)).toBe(historyBefore);
    await result.click();
    await expect(page).toHaveURL('/2024-25/prevention/#training-stagecoach-drivers-rape-crisis');
    // It used to go Back to the search page (opening it a fourth time) to see the entry left behind:
    // the address was /search/ with no query after each search, in the dialog too, no search added
    // an entry, and the result added one.
    expect(await page.evaluate(() => history.length)).toBe(historyBefore + 1);

    expect(requests.length).toBeGreaterThan(5);
    expect(requests.filter((url) => new URL(url).origin !== baseURL)).toEqual([]);
    expect(requests.filter((url) => /refuge|stagecoach/i.test(url))).toEqual([]);
  });
});
