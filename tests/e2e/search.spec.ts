import { devices, expect as baseExpect, test, type Page } from '@playwright/test';
import { baseURL } from '../../playwright.config';

/**
 * Search loads its code, Pagefind's engine, index and result excerpts over the network; on a busy
 * test machine that can take seconds, so these waits are longer than Playwright's default. More on
 * what search finds and shows: search-quality.spec.ts.
 */
const expect = baseExpect.configure({ timeout: 20_000 });

/** Opens the header's search dialog with the keyboard and waits for its search box to take focus. */
async function openSearchDialog(page: Page) {
  await page.keyboard.press('Control+K');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  const box = dialog.getByRole('searchbox', { name: 'Search this site' });
  await expect(box).toBeFocused();
  return { dialog, box };
}

/** Records every request the page makes, and every Content Security Policy violation it reports. */
async function watch(page: Page) {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.addInitScript(() => {
    const violations: string[] = [];
    Object.assign(window, { cspViolations: violations });
    document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const cspViolations = () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  return { requests, cspViolations };
}

test.describe('search from the header', () => {
  const finds = [
    {
      query: 'refuge',
      page: '/2024-25/reducing-risk/',
      item: 'refuge-support',
      text: '98 women and 107 children supported in local refuges',
    },
    {
      query: 'Stagecoach',
      page: '/2024-25/prevention/',
      item: 'training-stagecoach-drivers-rape-crisis',
      text: 'Training for Stagecoach drivers from Rape Crisis',
    },
    { query: 'Ask for Angela', page: '/2024-25/prevention/', item: 'ask-for-angela', text: 'Ask for Angela promoted in licensed premises' },
  ];

  for (const find of finds) {
    test(`"${find.query}" finds its achievement, and the result goes straight to it`, async ({ page }) => {
      await page.goto('/about/');
      const { dialog, box } = await openSearchDialog(page);
      await box.fill(find.query);
      const result = dialog.getByRole('link', { name: find.text, exact: true });
      await expect(result).toHaveAttribute('href', `${find.page}#${find.item}`);
      await result.click();
      await expect(page).toHaveURL(`${find.page}#${find.item}`);
      await expect(page.locator(`#${find.item}`)).toBeInViewport();
      await expect(page.locator(`#${find.item} > .item-text`)).toHaveText(find.text);
    });
  }

  test('a search for what an acronym stands for finds the pages that use only the acronym', async ({ page }) => {
    await page.goto('/');
    const { dialog, box } = await openSearchDialog(page);
    // Written only as "MARAC" on the Data page, "GP" on the Awareness page, "IDVA" on the Reducing risk page.
    for (const [query, title, href] of [
      ['risk assessment conference', 'Data: Year One', '/2024-25/data/'],
      ['general practitioner', 'Awareness: Year One', '/2024-25/awareness/'],
      ['independent domestic violence advisor', 'Reducing risk: Year One', '/2024-25/reducing-risk/'],
    ] as const) {
      await box.fill(query);
      await expect(dialog.getByRole('link', { name: title, exact: true })).toHaveAttribute('href', href);
    }
  });

  test('a search for an acronym finds its glossary entry', async ({ page }) => {
    await page.goto('/');
    const { dialog, box } = await openSearchDialog(page);
    await box.fill('SARC');
    await expect(dialog.getByRole('link', { name: 'SARC: Sexual Assault Referral Centre' })).toHaveAttribute('href', '/glossary/#sarc');
  });

  test('a search for an acronym finds the achievement that uses it', async ({ page }) => {
    await page.goto('/');
    const { dialog, box } = await openSearchDialog(page);
    await box.fill('DARDR');
    await expect(
      dialog.getByRole('link', { name: 'Learning from DARDR shared in training and via DASV Champions sessions' }),
    ).toHaveAttribute('href', '/2024-25/system-wide-collaboration/#learning-dardr-shared-training-via');
  });

  test('works by keyboard alone: shortcut, typing, arrow keys, Enter; Escape returns focus', async ({ page }) => {
    await page.goto('/2024-25/');
    const { dialog, box } = await openSearchDialog(page);
    await page.keyboard.type('Stagecoach');
    await expect(dialog.getByRole('link', { name: 'Training for Stagecoach drivers from Rape Crisis' })).toBeVisible();
    // Escape clears the search box, then closes the dialog.
    await page.keyboard.press('Escape');
    if (await dialog.isVisible()) await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    const button = page.getByRole('banner').getByRole('button', { name: 'Search' });
    await expect(button).toBeFocused();

    await page.keyboard.press('Enter');
    await expect(box).toBeFocused();
    await page.keyboard.type('Stagecoach');
    await expect(dialog.getByRole('link', { name: 'Training for Stagecoach drivers from Rape Crisis' })).toBeVisible();
    // Down through the results until the achievement is the chosen one, then follow it.
    for (let step = 0; step < 5; step += 1) {
      await page.keyboard.press('ArrowDown');
      const chosen = await page.evaluate(() => document.activeElement?.getAttribute('href'));
      if (chosen?.endsWith('#training-stagecoach-drivers-rape-crisis')) break;
    }
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/2024-25/prevention/#training-stagecoach-drivers-rape-crisis');
  });

  test('keys typed while the dialog is still loading are kept', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Control+K');
    await page.keyboard.type('refuge');
    const dialog = page.getByRole('dialog', { name: 'Search' });
    await expect(dialog.getByRole('searchbox', { name: 'Search this site' })).toHaveValue('refuge');
    await expect(dialog.getByRole('link', { name: '98 women and 107 children supported in local refuges' })).toBeVisible();
  });
});

test.describe('the search page', () => {
  test('a filter narrows the results to one theme', async ({ page }) => {
    await page.goto('/search/');
    const box = page.getByRole('main').getByRole('searchbox', { name: 'Search this site' });
    await expect(box).toBeVisible();
    await box.fill('police');
    const results = page.locator('search-panel .sp-result');
    await expect(results.first()).toBeVisible();
    const before = await results.count();
    expect(before).toBeGreaterThan(1);

    // On a wide screen "Filter results" is open beside the results.
    await expect(page.getByRole('group', { name: 'Theme or aim' })).toBeVisible();
    await page.getByRole('checkbox', { name: /^Pursuing perpetrators/ }).check();
    await expect(results).toHaveCount(1);
    await expect(results.getByRole('link', { name: 'Pursuing perpetrators: Year One' })).toHaveAttribute(
      'href',
      '/2024-25/pursuing-perpetrators/',
    );
  });

  test('a partner filter keeps only pages naming that partner; words typed before the search code arrives are searched', async ({
    page,
  }) => {
    // The search's code held back until the reader has typed: the form is on the page before it.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_astro\/search-ui[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/search/', { waitUntil: 'domcontentloaded' });
    const box = page.getByRole('main').getByRole('searchbox', { name: 'Search this site' });
    await expect(box).toBeVisible();
    await box.fill('children');
    release();
    const results = page.locator('search-panel .sp-result');
    await expect(results.first()).toBeVisible();
    await page
      .getByRole('group', { name: 'Partner organisation' })
      .getByRole('checkbox', { name: /^Hourglass/ })
      .check();
    await expect(results).toHaveCount(1);
    await expect(results.getByRole('link', { name: 'Support for victims: Year One' })).toBeVisible();
  });
});

test.describe('when the search code cannot load', () => {
  test("the search page says so, with a link to read instead, in the form's place", async ({ page }) => {
    await page.route(/\/_astro\/search-ui[^/]*\.js$/, (route) => route.abort());
    await page.goto('/search/');
    const main = page.getByRole('main');
    await expect(main.getByRole('alert')).toContainText('Search could not load. Try again later');
    await expect(main.getByRole('alert').getByRole('link', { name: 'read the whole Year One report on one page' })).toHaveAttribute(
      'href',
      '/2024-25/report/',
    );
    await expect(main.getByRole('searchbox')).toBeHidden();
    await expect(main.getByText('Search needs JavaScript')).toBeHidden();
  });

  test("if the page's own script never runs, the no-JavaScript notice takes the form's place after a few seconds, moving nothing", async ({
    page,
  }) => {
    // Blocked, say, or lost on the way: only CSS is left to tell the reader.
    await page.route(/\/_astro\/search\.astro[^/]*\.js$/, (route) => route.abort());
    await page.goto('/search/');
    const main = page.getByRole('main');
    const footerTop = () => page.locator('footer').evaluate((footer) => footer.getBoundingClientRect().top + window.scrollY);
    await expect(main.getByRole('searchbox', { name: 'Search this site' })).toBeVisible();
    await expect(main.getByText('Search needs JavaScript')).toBeHidden();
    const before = await footerTop();
    await expect(main.getByText('Search needs JavaScript')).toBeVisible({ timeout: 15_000 });
    await expect(main.getByRole('link', { name: 'browse the themes and aims' })).toBeVisible();
    await expect(main.getByRole('searchbox')).toBeHidden();
    expect(await footerTop()).toBe(before);
  });
});

test.describe('privacy', () => {
  test('the query never reaches the URL or the history, and every request stays on the site', async ({ page }) => {
    const { requests, cspViolations } = await watch(page);
    await page.goto('/search/');
    const historyBefore = await page.evaluate(() => history.length);
    const pageBox = page.getByRole('main').getByRole('searchbox', { name: 'Search this site' });
    await expect(pageBox).toBeVisible();
    await pageBox.fill('refuge');
    await expect(page.locator('search-panel .sp-result').first()).toBeVisible();
    expect(page.url()).toBe(`${baseURL}/search/`);
    expect(await page.evaluate(() => history.length)).toBe(historyBefore);

    const { dialog, box } = await openSearchDialog(page);
    await box.fill('Stagecoach');
    const result = dialog.getByRole('link', { name: 'Training for Stagecoach drivers from Rape Crisis' });
    await result.click();
    await expect(page).toHaveURL('/2024-25/prevention/#training-stagecoach-drivers-rape-crisis');
    await page.goBack();
    await expect(page).toHaveURL('/search/');

    expect(requests.length).toBeGreaterThan(5);
    const elsewhere = requests.filter((url) => new URL(url).origin !== baseURL);
    expect(elsewhere).toEqual([]);
    const carryingQuery = requests.filter((url) => /refuge|stagecoach/i.test(url));
    expect(carryingQuery).toEqual([]);
    expect(await cspViolations()).toEqual([]);
  });

  for (const path of ['/', '/2024-25/awareness/', '/search/']) {
    test(`searching on ${path} breaks no rule of the Content Security Policy`, async ({ page }) => {
      const { cspViolations } = await watch(page);
      await page.goto(path);
      const { dialog, box } = await openSearchDialog(page);
      await box.fill('MARAC');
      await expect(dialog.locator('.sp-result a').first()).toBeVisible();
      expect(await cspViolations()).toEqual([]);
    });
  }
});

test.describe('when JavaScript is unavailable', () => {
  test.use({ javaScriptEnabled: false });

  test('the header links to the search page, which says search needs JavaScript and offers the report and themes', async ({ page }) => {
    await page.goto('/2024-25/awareness/');
    await page.getByRole('banner').getByRole('link', { name: 'Search' }).click();
    await expect(page).toHaveURL('/search/');
    const main = page.getByRole('main');
    await expect(main).toContainText('Search needs JavaScript');
    await expect(main.getByRole('searchbox')).toHaveCount(0);
    await expect(main.getByRole('link', { name: 'read the whole Year One report on one page' })).toHaveAttribute(
      'href',
      '/2024-25/report/',
    );
    await expect(main.getByRole('link', { name: 'browse the themes and aims' })).toHaveAttribute('href', '/2024-25/#themes');
  });
});

test.describe('the search page on a phone over a slow connection', () => {
  const { viewport, deviceScaleFactor, isMobile, hasTouch, userAgent } = devices['Pixel 7'];
  test.use({ viewport, deviceScaleFactor, isMobile, hasTouch, userAgent });

  test('shows the search form from the first paint, never "Search needs JavaScript", and nothing moves when its code arrives', async ({
    page,
  }) => {
    const cdp = await page.context().newCDPSession(page);
    // Lighthouse's "slow 4G", as in performance.spec.ts.
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    });
    // What the reader sees in each frame the browser draws once it has painted the page: whether the
    // no-JavaScript notice shows, and where the search box and the footer are on the page (not on the
    // screen). Frames before the first paint (its stylesheet not yet applied) are never seen, and
    // frames before the page has arrived as far as its footer do not hold the form yet: not counted.
    await page.addInitScript(() => {
      const frames: { notice: boolean; box: number | null; footer: number | null }[] = [];
      Object.assign(window, { searchFrames: frames });
      const seen = (element: Element | null | undefined) =>
        Boolean(
          element?.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && element.getBoundingClientRect().height > 0,
        );
      const top = (element: Element | null) => (seen(element) ? element!.getBoundingClientRect().top + window.scrollY : null);
      requestAnimationFrame(function record() {
        const notice = [...document.querySelectorAll('main p')].find((p) => p.textContent?.includes('Search needs JavaScript'));
        if (performance.getEntriesByType('paint').length > 0 && document.querySelector('footer'))
          frames.push({
            notice: seen(notice),
            box: top(document.querySelector('main input')),
            footer: top(document.querySelector('footer')),
          });
        if (frames.length < 2000) requestAnimationFrame(record);
      });
    });
    // The search's code held back, as on a connection slower still, until the form has been seen without it.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_astro\/search-ui[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });

    await page.goto('/search/', { waitUntil: 'domcontentloaded' });
    const box = page.getByRole('main').getByRole('searchbox', { name: 'Search this site' });
    await expect(box).toBeVisible();
    await expect(page.getByText('Search needs JavaScript')).toBeHidden();
    const settings = page.waitForResponse(/\/search-data\.json$/);
    release();
    // The code has arrived and taken the form over: it puts the reader in the search box, and fetches its settings.
    await expect(box).toBeFocused();
    await settings;
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);

    type Frame = { notice: boolean; box: number | null; footer: number | null };
    const frames = await page.evaluate(() => (window as unknown as { searchFrames: Frame[] }).searchFrames);
    expect(frames.length, 'frames drawn').toBeGreaterThan(10);
    expect(frames.filter((frame) => frame.notice).length, 'frames showing "Search needs JavaScript"').toBe(0);
    expect(frames[0]?.box, 'the search box, from the first frame').not.toBeNull();
    expect(new Set(frames.map((frame) => frame.box)), 'where the search box is, frame by frame').toEqual(new Set([frames[0]?.box]));
    expect(new Set(frames.map((frame) => frame.footer)), 'where the footer is, frame by frame').toEqual(new Set([frames[0]?.footer]));

    // And it searches.
    await box.fill('refuge');
    await expect(page.getByRole('link', { name: 'Reducing risk: Year One', exact: true })).toBeVisible();
  });
});
