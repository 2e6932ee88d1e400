import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { formatProblem } from '../../src/checker/problems.ts';
import { checkPublicFiles } from '../../src/checker/safety/public-files.ts';
import { validateContent } from '../../src/checker/index.ts';
import { repoRoot } from '../support/repo-root.ts';

// Each case is a whole public/ folder holding one file that could run code on the site's address.
const fixtures = path.join(repoRoot, 'tests/fixtures/invalid-public');
const publicFilesProblems = (caseName: string) => checkPublicFiles(path.join(fixtures, caseName)).map(formatProblem);
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
      expect(publicFilesProblems(caseName)).toEqual(messages);
    });
  }

  test('the content check (npm run check, every build) checks public/ too', () => {
    vi.stubEnv('DASV_PUBLIC_DIR', path.join(fixtures, 'svg-script'));
    const { problems } = validateContent(path.join(repoRoot, 'content'));
    expect(problems.map((p) => p.message)).toEqual(["line 2: a <script> element: it would run code on this site's address"]);
    expect(problems[0]?.file).toMatch(/tests\/fixtures\/invalid-public\/svg-script\/favicon\.svg$/);
  });
});

describe('public/ cannot stand in for a file the site makes', () => {
  test.each([
    ['robots.txt', 'src/pages/robots.txt.ts'],
    ['2024-25/priorities.csv', 'src/pages/[year]/priorities.csv.ts'],
    ['2024-25/figures/training-reach-2024-25.csv', 'src/pages/[year]/figures/[chart].csv.ts'],
    ['og/home.png', 'src/pages/og/[...image].png.ts'],
    ['og/2024-25/awareness.png', 'src/pages/og/[...image].png.ts'],
    ['pagefind/logo.png', 'the pagefind/ folder the build writes'],
    ['_astro/logo.png', 'the _astro/ folder the build writes'],
    ['admin/decap/logo.png', 'the admin/ folder the build writes'],
  ])('public/%s is refused: %s makes it', (name, maker) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dasv-public-'));
    try {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), name.endsWith('.png') ? Buffer.from('89504e470d0a1a0a', 'hex') : 'text');
      expect(checkPublicFiles(dir).map((p) => p.message)).toEqual([
        `the site makes a file at this address itself (${maker}): published from public/, this one would be served in its place`,
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a file beside them, of a name the site does not make, is published', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dasv-public-'));
    try {
      for (const name of ['images/chart.png', '2024-25/figures/chart.png', 'robots-old.txt', 'og/notes.txt']) {
        mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
        writeFileSync(path.join(dir, name), name.endsWith('.png') ? Buffer.from('89504e470d0a1a0a', 'hex') : 'text');
      }
      expect(checkPublicFiles(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
