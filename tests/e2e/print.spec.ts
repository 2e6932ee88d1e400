import { expect, test, type Locator } from '@playwright/test';

// The whole report printed (no navigation or controls, cover, contents, each theme on a new page,
// light footer, absolute addresses, every chart a table with no chart code), its Print button and
// how to print without JavaScript: tests/e2e/report-page.spec.ts, on its one visit of the report.

test('printed, partner lines are no larger than the achievement they belong to', async ({ page }) => {
  // The report lists words only; the theme pages carry the partner lines, and print too.
  await page.goto('/2024-25/awareness/');
  await page.emulateMedia({ media: 'print' });
  const item = page.locator('li#peterborough-dasv-conference');
  const size = (locator: Locator) => locator.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(await size(item.locator('.item-tools'))).toBeLessThanOrEqual(await size(item.locator('.item-text')));
});

test('each page says which year it covers, and shows no publication date that content does not give', async ({ page }) => {
  await page.goto('/2024-25/awareness/');
  // content/years/2024-25.yaml has no published or updated date: the source document gives none.
  await expect(page.getByRole('term')).toHaveText(['Covers']);
  await expect(page.getByRole('definition')).toHaveText(['Year One, 2024/25 (1 April 2024 to 31 March 2025)']);
});
