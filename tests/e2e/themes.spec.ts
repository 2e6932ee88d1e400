import path from 'node:path';
import { expect, test } from '@playwright/test';
import { validateContent } from '../../src/lib/validate-content.ts';
import { repoRoot } from './helpers';

const { content } = validateContent(path.join(repoRoot, 'content'));

/** Each progress file with its year and theme. */
const progressFiles = content.progress.map((progress) => {
  const [yearId, themeId] = progress.id.split('/') as [string, string];
  return { progress, yearId, themeId, year: content.years.find((y) => y.id === yearId)! };
});

test('each theme’s page lists exactly the achievements and priorities of its progress file', async ({ page }) => {
  test.setTimeout(30_000 + progressFiles.length * 5_000);
  for (const { progress, yearId, themeId, year } of progressFiles) {
    await test.step(`${progress.file}: /${yearId}/${themeId}/`, async () => {
      await page.goto(`/${yearId}/${themeId}/`);
      const achievements = page.getByRole('list', { name: `Achievements in ${year.data.label}` }).getByRole('listitem');
      // Each item is its words, then its partners and its copy-link control.
      await expect(achievements.locator(':scope > .item-text')).toHaveText(progress.data.achievements.map((a) => a.text));
      const ids = await achievements.evaluateAll((items) => items.map((item) => item.id));
      expect(ids).toEqual(progress.data.achievements.map((a) => a.id));

      const priorities = page.getByRole('list', { name: `Work/Priorities for ${year.data.nextYearLabel}` }).getByRole('listitem');
      await expect(priorities.locator(':scope > .item-text')).toHaveText(progress.data.priorities.map((p) => p.text));
    });
  }
});

// Year One's whole report holds every achievement with its anchor: tests/e2e/report-page.spec.ts.
test('every achievement of every progress file is in its year’s whole report, with its anchor', async ({ page }) => {
  test.setTimeout(60_000);
  for (const yearId of [...new Set(progressFiles.map((p) => p.yearId))].filter((id) => id !== '2024-25')) {
    await page.goto(`/${yearId}/report/`);
    for (const { progress } of progressFiles.filter((p) => p.yearId === yearId)) {
      for (const achievement of progress.data.achievements) {
        // Words only: no partners or copy-link control beside them.
        await expect(page.locator(`li#${achievement.id}`), progress.file).toHaveText(achievement.text);
      }
    }
  }
});

test('a link to an achievement opens its theme page at that achievement, marked', async ({ page }) => {
  await page.goto('/2024-25/reducing-risk/#refuge-support');
  const target = page.locator('#refuge-support');
  await expect(target).toBeInViewport();
  await expect(target).toHaveCSS('box-shadow', /rgb/);
});

test('the year overview links to every theme and aim', async ({ page }) => {
  await page.goto('/2024-25/');
  for (const theme of content.themes) {
    await expect(page.getByRole('link', { name: theme.data.title, exact: true })).toHaveAttribute('href', `/2024-25/${theme.id}/`);
  }
});

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
