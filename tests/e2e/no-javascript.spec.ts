import { expect, test } from '@playwright/test';

// Nothing a reader needs depends on JavaScript: the site is read and navigated with it off.
test.describe('when JavaScript is unavailable', () => {
  test.use({ javaScriptEnabled: false });

  test('a reader goes from the home page to a theme and an achievement by links alone', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Domestic Abuse & Sexual Violence Strategy 2024-2027');
    // The themes and aims are the year overview's job; the home page leads there.
    await page.getByRole('link', { name: 'See Year One progress, by theme and aim' }).click();
    await expect(page).toHaveURL('/2024-25/');
    await page.getByRole('link', { name: 'Awareness', exact: true }).click();
    await expect(page).toHaveURL('/2024-25/awareness/');
    await expect(page.getByRole('heading', { name: 'Achievements in Year One' })).toBeVisible();
    await expect(page.locator('#peterborough-dasv-conference')).toBeVisible();
    await page.getByRole('link', { name: 'Next Trauma Informed Working' }).click();
    await expect(page).toHaveURL('/2024-25/trauma-informed-working/');
  });

  // The help numbers are phone links without JavaScript: tests/e2e/report-page.spec.ts.
});
