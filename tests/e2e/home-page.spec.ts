import path from 'node:path';
import { expect, test } from '@playwright/test';
import { baseURL } from '../../playwright.config';
import { headlineSet } from '../../src/lib/headline-figures';
import { validateContent } from '../../src/checker/index.ts';
import type { Figure } from '../../src/schemas/index';
import { expectKeyboardReachesEverything, expectSearchWithinPolicy, expectTextAtTwiceItsSizeFits, watchCspViolations } from './helpers';
import { repoRoot } from '../support/repo-root.ts';
import { keepRequestsLocal } from './site-pages';

// The home page (/) is where many features start: one visit with JavaScript and one without run
// their checks of it in turn, each step named after the spec it came from, so the page is opened
// three times in all with tests/e2e/every-page.spec.ts.

const { content } = validateContent(path.join(repoRoot, 'content'));
// Each with the number its achievement's text states (the figures file holds none), as the site shows it.
const figures: Figure[] = content.figures.filter((f) => f.data.year === '2024-25').map((f) => f.data);

test('with JavaScript: keyboard, large text, one job per page, search within its policy', async ({ page, context }) => {
  test.setTimeout(180_000);
  await keepRequestsLocal(context, baseURL);
  const cspViolations = await watchCspViolations(page);
  // Focus scrolls at once (no smooth scrolling), so where it lands can be checked straight away.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 1024, height: 600 });
  await page.goto('/');

  await test.step('accessibility: the keyboard alone reaches every link and control, and focus is never hidden', async () => {
    await expectKeyboardReachesEverything(page, false);
  });
  await test.step('accessibility: with text at twice its size, nothing is cut off or needs scrolling sideways, and the bar stays short', async () => {
    await expectTextAtTwiceItsSizeFits(page);
  });
  await page.setViewportSize({ width: 1280, height: 720 });

  await test.step('themes: one job per page: the home page gives the year at a glance and leaves the themes to the year overview', async () => {
    await expect(page.getByRole('list', { name: 'Year One in numbers' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'See Year One progress, by theme and aim' })).toHaveAttribute('href', '/2024-25/');
    for (const theme of content.themes)
      await expect(page.locator('main').getByRole('link', { name: theme.data.title, exact: true })).toHaveCount(0);
  });

  await test.step('search: searching here breaks no rule of the Content Security Policy', async () => {
    await expectSearchWithinPolicy(page, cspViolations);
  });
});

test.describe('when JavaScript is unavailable', () => {
  test.use({ javaScriptEnabled: false });

  test('the headline figures, linked to their achievements, and the way to a theme and an achievement by links alone', async ({ page }) => {
    await page.goto('/');
    await test.step('figures: the headline figures are on the home page, linked to the achievements that state them', async () => {
      const cards = page.getByRole('list', { name: 'Year One in numbers' }).getByRole('link');
      // The year's headline set: figures marked headline, at most four of each theme.
      expect(await cards.count()).toBe(headlineSet(figures).length);
      // It used to follow this link; the walk below follows the home page's links instead.
      await expect(
        page.getByRole('link', { name: '1,237 cases heard at the Multi Agency Risk Assessment Conference (MARAC)' }),
      ).toHaveAttribute('href', '/2024-25/reducing-risk/#marac-cases-heard');
    });
    await test.step('no JavaScript: a reader goes from the home page to a theme and an achievement by links alone', async () => {
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Domestic Abuse & Sexual Violence Strategy 2024-2027');
      // The themes and aims are the year overview's job; the home page leads there.
      await page.getByRole('link', { name: 'See Year One progress, by theme and aim' }).click();
      await expect(page).toHaveURL('/2024-25/');
      // themes.spec 'one job per page', its second half (the first is on the visit with JavaScript):
      // the year overview leaves the numbers to the home page, and links to the report and the figures.
      await expect(page.getByRole('list', { name: 'Year One in numbers' })).toHaveCount(0);
      await expect(page.getByRole('link', { name: /whole Year One report/ })).toBeVisible();
      await expect(page.getByRole('link', { name: /every figure of Year One/i })).toBeVisible();
      await page.getByRole('link', { name: 'Awareness', exact: true }).click();
      await expect(page).toHaveURL('/2024-25/awareness/');
      await expect(page.getByRole('heading', { name: 'Achievements in Year One' })).toBeVisible();
      await expect(page.locator('#peterborough-dasv-conference')).toBeVisible();
      await page.getByRole('link', { name: 'Next Trauma Informed Working' }).click();
      await expect(page).toHaveURL('/2024-25/trauma-informed-working/');
    });
  });
});
