import { expect, test } from '@playwright/test';
import { sourceStatements } from './helpers';

// The site's promise: every statement of the partnership's report reaches it, word for word.
const statements = sourceStatements();

test('the source document has the statements we expect to find', () => {
  // 98 achievements, 6 principles, 4 collaboration points, 3 priorities, and the headings around them.
  expect(statements.length).toBeGreaterThan(130);
});

// The whole report holds every statement, with JavaScript on and off: tests/e2e/report-page.spec.ts.
