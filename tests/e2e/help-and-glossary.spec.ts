import path from 'node:path';
import { expect, test } from '@playwright/test';
import { validateContent } from '../../src/checker/index.ts';
import { repoRoot } from '../support/repo-root.ts';

const { content } = validateContent(path.join(repoRoot, 'content'));

// The help box on every page: tests/e2e/every-page.spec.ts.

test('the get-help page lists every service in content/help.yaml, 999 then the National Domestic Abuse Helpline in the first screen of a phone', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/get-help/');
  const main = page.getByRole('main');
  for (const service of content.help) {
    const entry = page.locator(`#${service.id}`);
    await expect(entry.getByRole('heading', { name: service.data.name })).toBeVisible();
    const { contact, partner } = service.data;
    const phone = contact?.phone;
    if (phone) await expect(entry.locator(`a[href="tel:${phone.replaceAll(' ', '')}"]`)).toHaveText(phone);
    // A local service has no number until one is checked on its own page: it links to what it contributed.
    if (partner) {
      await expect(entry.locator('a[href^="tel:"]')).toHaveCount(0);
      await expect(entry.getByRole('link', { name: /contributed/ })).toHaveAttribute('href', `/partners/${partner}/`);
    }
    for (const way of contact?.ways ?? []) await expect(entry).toContainText(way.text);
  }
  // 999 once, then the National Domestic Abuse Helpline, both on the first screen.
  await expect(main.locator('a[href="tel:999"]')).toHaveCount(1);
  const headings = await main.getByRole('heading', { level: 3 }).allTextContents();
  expect(headings.slice(0, 2)).toEqual(['Police, in an emergency', 'National Domestic Abuse Helpline']);
  await expect(main.locator('a[href="tel:999"]')).toBeInViewport();
  await expect(main.locator('a[href="tel:08082000247"]')).toBeInViewport();
  await expect(page.locator('#local-services')).toBeVisible();
});

test('staying safe online explains what quick exit does and that it cannot erase history', async ({ page }) => {
  await page.goto('/staying-safe-online/#how-quick-exit-works');
  await expect(page.getByRole('heading', { name: 'How quick exit works' })).toBeInViewport();
  await expect(page.locator('main')).toContainText('erase your browser history');
  for (const heading of ['Private browsing', 'Clearing your browsing history', 'Calls and messages', 'Shared devices and accounts']) {
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
  }
  // What Back can still show without JavaScript, and that a number called stays in the call log.
  await expect(page.locator('main')).toContainText('once for every such link you followed');
  await expect(page.locator('main')).toContainText('list of recent calls');
});

test('the accessibility statement has every section of the UK model statement', async ({ page }) => {
  await page.goto('/accessibility/');
  for (const heading of [
    'How accessible this website is',
    'Feedback and contact information',
    'Reporting accessibility problems with this website',
    'Enforcement procedure',
    /Technical information about this website.s accessibility/,
    'Compliance status',
    'Non-accessible content',
    'Preparation of this accessibility statement',
  ]) {
    await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
  }
  await expect(page.locator('main')).toContainText('Equality and Human Rights Commission');
});

// The first use of each term on a page explained and linked, later uses plain (awareness), and the
// whole report explaining each term once: tests/e2e/awareness-page.spec.ts, report-page.spec.ts.
