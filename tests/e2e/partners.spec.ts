import path from 'node:path';
import { expect, test } from '@playwright/test';
import { validateContent } from '../../src/checker/index.ts';
import { repoRoot } from '../support/repo-root.ts';

const { content } = validateContent(path.join(repoRoot, 'content'));
const themeTitle = (id: string) => content.themes.find((t) => t.id === id)!.data.title;
const yearOf = (id: string) => content.years.find((y) => y.id === id)!;

/** What the content tags each partner with: theme headings and achievements, year by year. */
function taggedFor(partnerId: string) {
  return content.progress
    .map((p) => {
      const [yearId, themeId] = p.id.split('/') as [string, string];
      return { yearId, themeId, achievements: p.data.achievements.filter((a) => a.partners.includes(partnerId)) };
    })
    .filter((group) => group.achievements.length > 0);
}

test('the partners page lists every partner once, with the number of achievements naming it', async ({ page }) => {
  await page.goto('/partners/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Partner organisations');
  for (const partner of content.partners) {
    const count = taggedFor(partner.id).reduce((sum, g) => sum + g.achievements.length, 0);
    const link = page.getByRole('link', { name: partner.data.name, exact: true });
    await expect(link).toHaveAttribute('href', `/partners/${partner.id}/`);
    await expect(page.getByRole('listitem').filter({ has: link })).toContainText(count === 1 ? '1 achievement' : `${count} achievements`);
  }
  await expect(page.locator('main li a[href^="/partners/"]')).toHaveCount(content.partners.length);
  await expect(page.getByRole('list', { name: 'Health' }).getByRole('link', { name: 'CPFT' })).toBeVisible();
});

test('each partner’s page lists exactly the achievements tagged with it, each linking to it in place', async ({ page }) => {
  // One visit per partner (40 now): the time limit is for the walk, not for any one page.
  test.setTimeout(30_000 + content.partners.length * 5_000);
  for (const partner of content.partners) {
    await test.step(`/partners/${partner.id}/`, async () => {
      await page.goto(`/partners/${partner.id}/`);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(partner.data.name);
      const groups = taggedFor(partner.id);
      for (const group of groups) {
        await expect(
          page.getByRole('heading', { level: 2, name: `${yearOf(group.yearId).data.label}, ${yearOf(group.yearId).data.period}` }),
        ).toBeVisible();
        const links = page.getByRole('list', { name: themeTitle(group.themeId), exact: true }).getByRole('link');
        await expect(links).toHaveText(group.achievements.map((a) => a.text));
        const hrefs = await links.evaluateAll((els) => els.map((el) => el.getAttribute('href')));
        expect(hrefs).toEqual(group.achievements.map((a) => `/${group.yearId}/${group.themeId}/#${a.id}`));
      }
      const all = groups.flatMap((g) => g.achievements);
      await expect(page.locator('main li a[href*="/#"]')).toHaveCount(all.length);
    });
  }
});

// An achievement names its partners as links to their pages, and back again: tests/e2e/awareness-page.spec.ts.
