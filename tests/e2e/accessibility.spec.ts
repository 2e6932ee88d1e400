import { test } from '@playwright/test';
import { baseURL } from '../../playwright.config';
import { expectKeyboardReachesEverything, expectTextAtTwiceItsSizeFits } from './helpers';
import { keepRequestsLocal } from './site-pages';

// axe (WCAG 2.2 A/AA and best practices, light and dark) and 320 px reflow on every page:
// tests/e2e/every-page.spec.ts. Here: the keyboard, text at twice its size, reduced motion.

// The pages busiest with other checks are toured once each by a spec of their own, which runs these
// same checks on its visit: /2024-25/report/, / and /2024-25/awareness/ (report-page.spec.ts,
// home-page.spec.ts, awareness-page.spec.ts).

for (const path of ['/get-help/', '/glossary/', '/staying-safe-online/']) {
  test(`${path}: the keyboard alone reaches every link and control, and focus is never hidden; with text at twice its size nothing is cut off or needs scrolling sideways, and the bar at the top stays short`, async ({
    page,
    context,
  }) => {
    test.setTimeout(180_000);
    await keepRequestsLocal(context, baseURL);
    // Focus scrolls at once (no smooth scrolling), so where it lands can be checked straight away.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.setViewportSize({ width: 1024, height: 600 });
    await page.goto(path);
    // The keyboard on /get-help/ and /glossary/ (text at twice its size on /get-help/ and
    // /staying-safe-online/: one visit each does both).
    if (path !== '/staying-safe-online/') await expectKeyboardReachesEverything(page, false);
    if (path !== '/glossary/') await expectTextAtTwiceItsSizeFits(page);
  });
}
