import { expect, test } from '@playwright/test';

const site = process.env['SITE_URL'] ?? 'https://www.cambsdasv.org.uk';

test.describe('the whole report, printed', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/2024-25/report/');
    await page.emulateMedia({ media: 'print' });
  });

  test('has no navigation, help box, copy-link or print controls', async ({ page }) => {
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Footer' })).toBeHidden();
    await expect(page.getByRole('complementary', { name: 'Get help now' })).toBeHidden();
    await expect(page.getByRole('button', { name: /Copy link|Share|Print/ })).toHaveCount(0);
    await expect(page.locator('copy-link').first()).toBeHidden();
  });

  test('keeps the cover, the contents and every theme, each theme starting a page', async ({ page }) => {
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Domestic Abuse & Sexual Violence Strategy 2024-2027');
    await expect(page.getByRole('navigation', { name: 'Contents' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Contents' }).getByRole('link')).toHaveCount(9);
    await expect(page.locator('.report-section')).toHaveCount(9);
    await expect(page.locator('.report-section').first()).toHaveCSS('break-before', 'page');
    await expect(page.locator('li#peterborough-dasv-conference')).toBeVisible();
  });

  test('shows the absolute address of the report and of each theme’s own page', async ({ page }) => {
    await expect(page.getByText(`Online at ${site}/2024-25/report/`)).toBeVisible();
    const ownPage = page.getByRole('link', { name: 'Awareness on its own page' });
    await expect(ownPage).toBeVisible();
    const printed = await ownPage.evaluate((el) => getComputedStyle(el, '::after').content);
    expect(printed).toBe(`" (${site}/2024-25/awareness/)"`);
  });
});

test('on screen, the Print or save as PDF button opens the print dialogue', async ({ page }) => {
  await page.addInitScript(() => {
    Object.assign(window, { printed: 0 });
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });
  await page.goto('/2024-25/report/');
  await page.getByRole('button', { name: 'Print or save as PDF' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});

test.describe('when JavaScript is unavailable', () => {
  test.use({ javaScriptEnabled: false });

  test('the report says how to print it with the browser', async ({ page }) => {
    await page.goto('/2024-25/report/');
    await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
    await expect(page.getByText("use your browser's Print command (Ctrl+P, or Command+P on a Mac)")).toBeVisible();
  });
});

test('each page says which year it covers, and shows no publication date that content does not give', async ({ page }) => {
  await page.goto('/2024-25/awareness/');
  // content/years/2024-25.yaml has no published or updated date: the source document gives none.
  await expect(page.getByRole('term')).toHaveText(['Covers']);
  await expect(page.getByRole('definition')).toHaveText(['Year One, 2024/25 (1 April 2024 to 31 March 2025)']);
});
