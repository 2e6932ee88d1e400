import { expect, test, type Page } from '@playwright/test';
import { secondYearURL } from '../../playwright.config';
import { expectCsvOfTable } from './helpers';

// Years are content: the site built with a made-up Year Two (tests/fixtures/sites/second-year/)
// must grow that year's pages, a year switcher and a new home page, with no code change.
test.use({ baseURL: secondYearURL });

test('every page has a year switcher that keeps the theme', async ({ page }) => {
  await page.goto('/2024-25/awareness/');
  const switcher = page.getByRole('navigation', { name: 'Years of the strategy' });
  await expect(switcher.getByRole('link', { name: 'Year One 2024/25' })).toHaveAttribute('aria-current', 'page');
  await switcher.getByRole('link', { name: 'Year Two 2025/26' }).click();
  await expect(page).toHaveURL('/2025-26/awareness/');
  await expect(
    page.getByRole('list', { name: 'Achievements in Year Two' }).getByRole('listitem').locator(':scope > .item-text'),
  ).toHaveText(['Fixture awareness achievement for Year Two', 'Fixture SWAYs seen by over 2,000 people']);
  for (const url of ['/', '/about/', '/glossary/', '/2025-26/report/']) {
    await page.goto(url);
    await expect(page.getByRole('navigation', { name: 'Years of the strategy' })).toBeVisible();
  }
});

test('the year switcher keeps the theme where the other year reports nothing yet, and keeps the report', async ({ page }) => {
  await page.goto('/2024-25/prevention/');
  const switcher = page.getByRole('navigation', { name: 'Years of the strategy' });
  await switcher.getByRole('link', { name: 'Year Two 2025/26' }).click();
  await expect(page).toHaveURL('/2025-26/prevention/');
  // Year Two says when its progress under the other themes will follow (progressToFollow).
  await expect(page.getByText('Progress under this aim for Year Two will be published in September 2026.')).toBeVisible();
  await page.goto('/2025-26/report/');
  await page.getByRole('navigation', { name: 'Years of the strategy' }).getByRole('link', { name: 'Year One 2024/25' }).click();
  await expect(page).toHaveURL('/2024-25/report/');
});

test('the home page moves to the latest published year; a year that reports under some themes so far says so, in counts that read right', async ({
  page,
}) => {
  const summary =
    '7 achievements are reported under 2 themes and 1 aim. Progress under the other 6 themes and aims will be published in September 2026.';
  for (const url of ['/', '/2025-26/']) {
    await page.goto(url);
    await expect(page.getByText(summary)).toBeVisible();
    if (url === '/') {
      // The home page moves to the latest published year (its own test before: one visit for both).
      await expect(page.getByRole('heading', { name: 'Progress in Year Two, 2025/26' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'See Year Two progress' })).toHaveAttribute('href', '/2025-26/');
    }
  }
  await expect(page.getByRole('link', { name: 'Prevention' }).locator('xpath=ancestor::article')).toContainText(
    'Progress to follow in September 2026',
  );
  await expect(page.getByRole('link', { name: 'Awareness' }).locator('xpath=ancestor::article')).toContainText('2 achievements');
});

test("both years' overviews and reports are built", async ({ page }) => {
  for (const [url, heading] of [
    ['/2024-25/', 'Progress in Year One, 2024/25'],
    ['/2025-26/', 'Progress in Year Two, 2025/26'],
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
    // Two made up for the fixture, so Year Two can report every status (tests/unit/built/promises.test.ts).
    'Fixture priority for Year Two that was dropped',
    'Fixture priority for Year Two that Year Two never reports',
  ]);
  await expect(page.getByRole('list', { name: 'Achievements in Year Two' }).getByRole('listitem')).toHaveCount(2);
});

test('drafts are left out of the published site', async ({ page }) => {
  expect((await page.goto('/2026-27/'))?.status()).toBe(404);
  expect((await page.goto('/2026-27/awareness/'))?.status()).toBe(404);
  await page.goto('/2025-26/data/');
  await expect(page.getByText('Fixture draft achievement that must not be published')).toHaveCount(0);
  // Year Two's report is built (was 'both years' overviews and reports are built'), without the draft.
  const report = await page.goto('/2025-26/report/');
  expect(report?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Progress in Year Two, 2025/26');
  await expect(page.getByText('Fixture draft achievement that must not be published')).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Years of the strategy' }).getByRole('link')).toHaveCount(2);
});

test.describe('figures with the same id in both years are compared', () => {
  const section = (page: Page) => page.getByRole('region', { name: 'Year Two compared with Year One' });

  test('a table of every shared figure, with each year and the change, and its CSV file; a chart both years have drawn again with a bar for each year', async ({
    page,
  }) => {
    await page.goto('/2025-26/figures/');
    const table = section(page).locator('section.chart', { hasText: 'Every figure of Year Two that Year One also reported' });
    await expect(table.locator('thead th')).toHaveText(['Measure', 'Year One 2024/25', 'Year Two 2025/26', 'Change']);
    await expect(table.locator('tbody tr')).toHaveText([
      /People saw the DASV SWAYs.*over 1,800\s*over 2,000\s*Not known/,
      /Cases heard at the Multi Agency Risk Assessment Conference \(MARAC\)\s*1,237\s*1,302\s*\+65 \(\+5%\)/,
      /Referrals to the IDVA service\s*4,599\s*4,850\s*\+251 \(\+5%\)/,
      /Engagement with the IDVA service\s*63%\s*66%\s*\+3 percentage points/,
      /Supported by the IDVA service\s*2,897\s*3,201\s*\+304 \(\+10%\)/,
    ]);
    // Year Two's new measure has nothing to be compared with.
    await expect(section(page).getByText('New groups')).toHaveCount(0);
    await expectCsvOfTable(page, table);
    const chart = section(page).locator('section.chart', { hasText: 'Year Two compared with Year One' }).first();
    await expect(chart.getByRole('heading')).toHaveText(
      '4,850 referrals to the IDVA service, 66% engagement, 3,201 supported: Year Two compared with Year One',
    );
    await expect(chart.locator('tbody tr')).toHaveText([
      /Referrals to the IDVA service\s*4,599\s*4,850\s*\+251 \(\+5%\)/,
      /Supported by the IDVA service\s*2,897\s*3,201\s*\+304 \(\+10%\)/,
    ]);
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.getByRole('img', { name: /^Grouped bar chart: 4,850 referrals.*Year Two compared with Year One/ })).toBeVisible({
      timeout: 20_000,
    });
    await expectCsvOfTable(page, chart);
  });

  test("the year's overview links to the comparison", async ({ page }) => {
    await page.goto('/2025-26/');
    await page.getByRole('link', { name: 'See Year Two compared with Year One' }).click();
    await expect(page).toHaveURL('/2025-26/figures/#compared-with-2024-25');
    await expect(page.getByRole('heading', { name: 'Year Two compared with Year One', level: 2 })).toBeInViewport();
  });

  test("Year One's figures page has nothing to compare with", async ({ page }) => {
    await page.goto('/2024-25/figures/');
    await expect(page.getByRole('heading', { name: /compared with/ })).toHaveCount(0);
    await page.goto('/2024-25/');
    await expect(page.getByRole('link', { name: /compared with/ })).toHaveCount(0);
  });

  test("a figure named in a year's text shows that year's number", async ({ page }) => {
    await page.goto('/2025-26/reducing-risk/');
    await expect(page.getByText('The fixture year heard 1,302 cases at MARAC')).toBeVisible();
    await page.goto('/');
    await expect(page.locator('li[data-figure="marac-cases"] data')).toHaveText('1,302');
    await page.goto('/2024-25/reducing-risk/');
    await expect(page.locator('li[data-figure="marac-cases"] data')).toHaveText('1,237');
  });
});
