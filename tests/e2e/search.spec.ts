import { expect as baseExpect, test } from '@playwright/test';
import { openSearchDialog } from './helpers';

/**
 * Search loads its code, Pagefind's engine, index and result excerpts over the network; on a busy
 * test machine that can take seconds, so these waits are longer than Playwright's default. More on
 * what search finds and shows: search-quality.spec.ts.
 */
const expect = baseExpect.configure({ timeout: 20_000 });

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

  // One visit for the three (the header's search is the same on every page, so a quiet page hosts
  // it); each result leads to its achievement's anchor, and the first is followed there.
  test(`${finds.map((find) => `"${find.query}"`).join(', ')} each find their achievement, and a result goes straight to it, marked`, async ({
    page,
  }) => {
    await page.goto('/partners/probation/');
    const { dialog, box } = await openSearchDialog(page);
    for (const find of [...finds].reverse()) {
      await box.fill(find.query);
      const result = dialog.getByRole('link', { name: find.text, exact: true });
      await expect(result).toHaveAttribute('href', `${find.page}#${find.item}`);
    }
    const [find] = finds as [(typeof finds)[number]];
    await dialog.getByRole('link', { name: find.text, exact: true }).click();
    await expect(page).toHaveURL(`${find.page}#${find.item}`);
    const target = page.locator(`#${find.item}`);
    await expect(target).toBeInViewport();
    await expect(page.locator(`#${find.item} > .item-text`)).toHaveText(find.text);
    // A link to an achievement opens its theme page at that achievement, marked (was themes.spec.ts).
    await expect(target).toHaveCSS('box-shadow', /rgb/);
  });

  test('a search for what an acronym stands for finds the pages that use only the acronym; one for an acronym, its glossary entry and the achievement that uses it', async ({
    page,
  }) => {
    await page.goto('/partners/rape-crisis/');
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
    await box.fill('SARC');
    await expect(dialog.getByRole('link', { name: 'SARC: Sexual Assault Referral Centre' })).toHaveAttribute('href', '/glossary/#sarc');
    await box.fill('DARDR');
    await expect(
      dialog.getByRole('link', { name: 'Learning from DARDR shared in training and via DASV Champions sessions' }),
    ).toHaveAttribute('href', '/2024-25/system-wide-collaboration/#learning-dardr-shared-training-via');
  });

  test('works by keyboard alone: shortcut, typing, arrow keys, Enter; Escape returns focus', async ({ page }) => {
    await page.goto('/partners/sarc/');
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
    await page.goto('/partners/safelives/');
    await page.keyboard.press('Control+K');
    await page.keyboard.type('refuge');
    const dialog = page.getByRole('dialog', { name: 'Search' });
    await expect(dialog.getByRole('searchbox', { name: 'Search this site' })).toHaveValue('refuge');
    await expect(dialog.getByRole('link', { name: '98 women and 107 children supported in local refuges' })).toBeVisible();
  });
});

// The search page's filters, and the query kept out of the address, the history and every request:
// tests/e2e/search-page.spec.ts, on its one visit of /search/.

// Searching breaks no rule of the Content Security Policy on /, /2024-25/awareness/ and /search/:
// tests/e2e/home-page.spec.ts, awareness-page.spec.ts, search-page.spec.ts.

test.describe('when JavaScript is unavailable', () => {
  test.use({ javaScriptEnabled: false });

  test('the header links to the search page, which says search needs JavaScript and offers the report and themes', async ({ page }) => {
    await page.goto('/partners/safeguarding-board/');
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

// The search page when its code cannot load, or its own script comes late: tests/e2e/search-page.spec.ts;
// on a phone over a slow connection: tests/e2e/search-page-on-a-phone.ts, on every-page.spec.ts's visit.
