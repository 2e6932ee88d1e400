import { expect, test, type Page } from '@playwright/test';

// A board member links to, saves and cites a chart or a figure: each has its own anchor and
// copy-link control (CopyLink.astro); a chart can also be saved as an image (chart-element.ts).

// The published address (astro.config `site`): what people share, whatever address the test server has.
const site = process.env['SITE_URL'] ?? 'https://www.cambsdasv.org.uk';

async function clipboardText(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

test.describe('copy link', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copies the absolute address of a chart, which leads back to it', async ({ page }) => {
    await page.goto('/2024-25/figures/');
    const chart = page.locator('section.chart').first();
    const title = (await chart.getByRole('heading').innerText()).trim();
    const id = await chart.getAttribute('id');
    expect(id).toMatch(/^chart-[a-z0-9-]+$/);
    await chart.getByRole('button', { name: /^Copy link to / }).click();
    const copied = await clipboardText(page);
    expect(copied).toBe(`${site}/2024-25/figures/#${id}`);
    await expect(page.locator('#copy-link-status')).toHaveText(/^Link copied: /);

    // The copied address, on this server, opens the page at the chart.
    await page.goto(new URL(copied).pathname + new URL(copied).hash);
    await expect(page.locator(`#${id}`).getByRole('heading', { name: title, exact: true })).toBeInViewport();
  });

  test('copies the absolute address of a big-number card on a theme page', async ({ page }) => {
    await page.goto('/2024-25/reducing-risk/');
    const card = page.locator('#figure-marac-cases');
    await expect(card.locator('.big-number-value')).toHaveText('1,237');
    await card.getByRole('button', { name: /^Copy link to 1,237 cases heard at the Multi Agency/ }).click();
    expect(await clipboardText(page)).toBe(`${site}/2024-25/reducing-risk/#figure-marac-cases`);
  });
});

test.describe('when JavaScript is unavailable', () => {
  test.use({ javaScriptEnabled: false });

  test('every chart and every card on the figures page links to its own anchor', async ({ page }) => {
    await page.goto('/2024-25/figures/');
    const targets = page.locator('section.chart, .big-number');
    expect(await targets.count()).toBeGreaterThan(40);
    for (const target of await targets.all()) {
      const id = await target.getAttribute('id');
      expect(id).toMatch(/^(chart|figure)-[a-z0-9-]+$/);
      await expect(target.locator('copy-link a')).toHaveAttribute('href', `#${id}`);
    }
  });
});
