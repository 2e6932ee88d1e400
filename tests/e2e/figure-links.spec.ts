import { expect, test } from '@playwright/test';
import { siteUrl } from '../../src/lib/site-address.ts';
import { clipboardText } from './helpers';

// A board member links to, saves and cites a chart or a figure: each has its own anchor and
// copy-link control (CopyLink.astro); a chart can also be saved as an image (chart-element.ts).

// The published address (astro.config `site`): what people share, whatever address the test server has.
const site = siteUrl();

test.describe('copy link', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  // A chart's address, copied and opened: tests/e2e/figures-page.spec.ts.

  test('copies the absolute address of a big-number card on a theme page', async ({ page }) => {
    await page.goto('/2024-25/reducing-risk/');
    const card = page.locator('#figure-marac-cases');
    await expect(card.locator('.big-number-value')).toHaveText('1,237');
    await card.getByRole('button', { name: /^Copy link to 1,237 cases heard at the Multi Agency/ }).click();
    expect(await clipboardText(page)).toBe(`${site}/2024-25/reducing-risk/#figure-marac-cases`);
  });
});

// On the figures page (tests/e2e/figures-page.spec.ts, one visit with JavaScript and one without):
// Download image saves a chart as a PNG at print resolution with its title, source and address;
// without JavaScript every chart and card links to its own anchor, and no image is offered.
