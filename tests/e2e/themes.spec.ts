import path from 'node:path';
import { expect, test } from '@playwright/test';
import { validateContent } from '../../src/lib/validate-content.ts';
import { repoRoot } from './helpers';

const { content } = validateContent(path.join(repoRoot, 'content'));

// Each theme's page lists exactly the achievements and priorities of its progress file, and the year
// overview links to every theme and aim: tests/unit/built/page-content.test.ts, over dist/.

// Every achievement of every progress file is in its year's whole report, with its anchor:
// tests/unit/built/page-content.test.ts (and, in the browser, tests/e2e/report-page.spec.ts).

// A link to an achievement opens its theme page at that achievement, marked: tests/e2e/search.spec.ts,
// where a search result is followed there.

test('one job per page: the home page gives the year at a glance and leaves the themes to the year overview', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('list', { name: 'Year One in numbers' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'See Year One progress, by theme and aim' })).toHaveAttribute('href', '/2024-25/');
  for (const theme of content.themes)
    await expect(page.locator('main').getByRole('link', { name: theme.data.title, exact: true })).toHaveCount(0);
  await page.goto('/2024-25/');
  await expect(page.getByRole('list', { name: 'Year One in numbers' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /whole Year One report/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /every figure of Year One/i })).toBeVisible();
});
