import { expect, test } from '@playwright/test';
import { secondYearURL } from '../../playwright.config';

// Nothing of a draft reaches a build: the second-year fixture (tests/fixtures/sites/second-year/)
// has a draft year (2026-27) and a draft progress file in a published year (2025-26/data.mdx).
// Every file the build wrote is read for any word of them in tests/unit/built/drafts.test.ts; here,
// the figures page as a reader opens it.

test.describe('drafts in the built site', () => {
  test.use({ baseURL: secondYearURL });

  test("a draft file's figures and charts are not on the figures page, nor their CSV files", async ({ page }) => {
    await page.goto('/2025-26/figures/');
    await expect(page.getByRole('heading', { name: 'Figures', level: 1 })).toBeVisible();
    await expect(page.getByText(/fixture draft/i)).toHaveCount(0);
    expect((await page.goto('/2025-26/figures/fixture-draft-file-chart.csv'))?.status()).toBe(404);
  });
});
