import { expect, test } from '@playwright/test';
import { secondYearURL } from '../../playwright.config';

// Years are content: the site built with a made-up Year Two (tests/fixtures/sites/second-year/)
// must grow that year's pages, a year switcher and a new home page, with no code change.
test.use({ baseURL: secondYearURL });

test('the home page moves to the latest published year', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Progress in Year Two, 2025/26' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'See Year Two progress' })).toHaveAttribute('href', '/2025-26/');
});

test('every page has a year switcher that keeps the theme', async ({ page }) => {
  await page.goto('/2024-25/awareness/');
  const switcher = page.getByRole('navigation', { name: 'Years of the strategy' });
  await expect(switcher.getByRole('link', { name: 'Year One 2024/25' })).toHaveAttribute('aria-current', 'page');
  await switcher.getByRole('link', { name: 'Year Two 2025/26' }).click();
  await expect(page).toHaveURL('/2025-26/awareness/');
  await expect(
    page.getByRole('list', { name: 'Achievements in Year Two' }).getByRole('listitem').locator(':scope > .item-text'),
  ).toHaveText(['Fixture awareness achievement for Year Two']);
  for (const url of ['/', '/about/', '/glossary/', '/2025-26/report/']) {
    await page.goto(url);
    await expect(page.getByRole('navigation', { name: 'Years of the strategy' })).toBeVisible();
  }
});

test("both years' overviews and reports are built", async ({ page }) => {
  for (const [url, heading] of [
    ['/2024-25/', 'Progress in Year One, 2024/25'],
    ['/2025-26/', 'Progress in Year Two, 2025/26'],
    ['/2025-26/report/', 'Progress in Year Two, 2025/26'],
  ] as const) {
    const response = await page.goto(url);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(heading);
  }
});

test("the priorities Year One set for Year Two are shown on Year Two's page", async ({ page }) => {
  await page.goto('/2025-26/victim-survivor-voice/');
  const carried = page.getByRole('list', { name: 'Work/Priorities for Year Two, set in Year One' }).getByRole('listitem');
  await expect(carried.locator(':scope > .item-text')).toHaveText([
    'Survivors and Children to be represented at the Board',
    'Peterborough to hold a conference with focus on Survivors Voices',
    'CPFT to undertake a project with DA Survivors who are patients and carers',
  ]);
  await expect(page.getByRole('list', { name: 'Achievements in Year Two' }).getByRole('listitem')).toHaveCount(2);
});

test('drafts are left out of the published site', async ({ page }) => {
  expect((await page.goto('/2026-27/'))?.status()).toBe(404);
  expect((await page.goto('/2026-27/awareness/'))?.status()).toBe(404);
  await page.goto('/2025-26/data/');
  await expect(page.getByText('Fixture draft achievement that must not be published')).toHaveCount(0);
  await page.goto('/2025-26/report/');
  await expect(page.getByText('Fixture draft achievement that must not be published')).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Years of the strategy' }).getByRole('link')).toHaveCount(2);
});
