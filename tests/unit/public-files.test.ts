import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { formatProblem } from '../../src/checker/problems.ts';
import { checkPublicFiles } from '../../src/checker/safety/public-files.ts';
import { validateContent } from '../../src/checker/index.ts';
import { repoRoot } from '../fixtures/content-overlay.ts';

// Each case is a whole public/ folder holding one file that could run code on the site's address.
const fixtures = path.join(repoRoot, 'tests/fixtures/invalid-public');
const problemsFor = (caseName: string) => checkPublicFiles(path.join(fixtures, caseName)).map(formatProblem);
const svgHint = '\n    hint: an SVG in public/ must be a plain drawing: remove it, or save the picture as PNG';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('public/ holds only static files that cannot run code', () => {
  test("the site's own public/ passes", () => {
    expect(checkPublicFiles(path.join(repoRoot, 'public'))).toEqual([]);
  });

  const expected: Record<string, string[]> = {
    'svg-script': [`public/favicon.svg: line 2: a <script> element: it would run code on this site's address${svgHint}`],
    'svg-event-handler': [`public/images/logo.svg: line 1: an event handler (onload=): it would run code on this site's address${svgHint}`],
    'svg-foreign-object': [
      // What a refused element holds goes with it: not reported again.
      `public/images/chart.svg: line 2: a <foreignObject> element: it can hold HTML that runs code${svgHint}`,
    ],
    'svg-outside-link': [
      `public/images/map.svg: line 2: a link to "https://example.com/sprite.svg#icon": a drawing may refer only to its own parts (href="#…")${svgHint}`,
      `public/images/map.svg: line 3: an <a> element: it is not part of a plain drawing${svgHint}`,
    ],
    'html-page': [
      "public/offer.html: an HTML file: published as it is, it could run code on this site's address\n    hint: remove it; a page of the site is written in content/pages/",
    ],
    'unexpected-file': [
      'public/scripts/app.js: a .js file is not one public/ may hold\n    hint: public/ holds only static files: .png, .jpg, .jpeg, .gif, .webp, .avif, .ico, .svg, .pdf, .woff2, .csv, .txt',
    ],
    'host-settings-file': [
      "public/_redirects: a file the host may read as settings (_redirects): it could send readers elsewhere or change the site's headers\n    hint: remove it; the headers come from src/lib/security-policy.ts",
    ],
    'disguised-image': [
      'public/images/photo.png: the file is named .png but is not a PNG image\n    hint: save it again as a PNG image, or give it the extension of what it is',
    ],
  };

  test('every fixture case has its expected messages here', () => {
    expect(readdirSync(fixtures).sort()).toEqual(Object.keys(expected).sort());
  });

  for (const [caseName, messages] of Object.entries(expected)) {
    test(caseName, () => {
      expect(problemsFor(caseName)).toEqual(messages);
    });
  }

  test('the content check (npm run check, every build) checks public/ too', () => {
    vi.stubEnv('DASV_PUBLIC_DIR', path.join(fixtures, 'svg-script'));
    const { problems } = validateContent(path.join(repoRoot, 'content'));
    expect(problems.map((p) => p.message)).toEqual(["line 2: a <script> element: it would run code on this site's address"]);
    expect(problems[0]?.file).toMatch(/tests\/fixtures\/invalid-public\/svg-script\/favicon\.svg$/);
  });
});
