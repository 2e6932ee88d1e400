import { expect, test } from '@playwright/test';
import { normalise, sourceStatements } from './helpers';

// The site's promise: every statement of the partnership's report reaches it, word for word.
const statements = sourceStatements();

test('the source document has the statements we expect to find', () => {
  // 98 achievements, 6 principles, 4 collaboration points, 3 priorities, and the headings around them.
  expect(statements.length).toBeGreaterThan(130);
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(`with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('the whole report holds every statement of the source document', async ({ page }) => {
      await page.goto('/2024-25/report/');
      const text = normalise(await page.locator('main').innerText());
      const missing = statements.filter((statement) => !text.includes(statement));
      expect(missing).toEqual([]);
    });
  });
}
