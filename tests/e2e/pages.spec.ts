import { expect, test } from '@playwright/test';

// Every page the foundation promises is reached from the home page by its links: tests/unit/built/built-pages.test.ts.
// Every page loads with one h1, a title, a description and no console error: tests/e2e/every-page.spec.ts.

test('an unknown address shows the not-found page with a way back', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  // The link is enough: following it would open the home page once more.
  await expect(page.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/');
});

// Every internal link and anchor leads somewhere that exists: tests/unit/built/built-pages.test.ts.
