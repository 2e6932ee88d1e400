import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { builtPages } from '../../src/lib/built-pages.ts';
import { elementsOf } from '../../src/lib/html.ts';
import { hasChart } from '../support/budgets.ts';
import { gzipSize, pageWeight } from '../../src/lib/page-weight.ts';

const dist = mkdtempSync(path.join(tmpdir(), 'dasv-built-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

const files: Record<string, string> = {
  'index.html':
    '<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="default-src &#39;self&#39;"><link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="/favicon.svg"><script type="module" src="/_astro/page.js"></script></head><body><img src="/pic.png" alt=""></body></html>',
  'about/index.html': '<!DOCTYPE html><html><head></head><body><script type="module">console.log(1)</script></body></html>',
  '_astro/a.css': 'body { color: black }',
  '_astro/page.js': 'import{a}from"./shared.js";import"./side.js";const c=()=>import("./chart.js");a(c);',
  '_astro/shared.js': 'export const a=(f)=>f;',
  '_astro/side.js': 'document.title;',
  '_astro/chart.js': 'x'.repeat(5000),
  'favicon.svg': '<svg/>',
  'pic.png': 'PNG',
};
for (const [file, content] of Object.entries(files)) {
  mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
  writeFileSync(path.join(dist, file), content);
}
const gz = (file: string) => gzipSize(files[file]!);

describe('reading the built site', () => {
  test('finds every page at the URL it is served at', () => {
    expect(builtPages(dist).map((p) => p.urlPath)).toEqual(['/', '/about/']);
  });

  test("reads a page's elements as a browser parses them: attributes decoded, a script's text as it is, where each element is", () => {
    const html = files['index.html']!;
    const [meta] = elementsOf(html).filter((el) => el.tag === 'meta');
    expect(meta!.attrs['content']).toBe("default-src 'self'");
    expect(html.slice(meta!.start, meta!.end)).toBe('<meta http-equiv="content-security-policy" content="default-src &#39;self&#39;">');
    const about = elementsOf(files['about/index.html']!);
    expect(about.find((el) => el.tag === 'script')?.text).toBe('console.log(1)');
    // The <head> and <body> a parser adds when they are missing are in no place of the text.
    expect(elementsOf('<p>x</p>').map((el) => [el.tag, el.start])).toEqual([
      ['html', -1],
      ['head', -1],
      ['body', -1],
      ['p', 0],
    ]);
  });

  test('weighs what a page loads at once: scripts it imports statically, not those it imports later', () => {
    const [home, about] = builtPages(dist);
    const weight = pageWeight(dist, home!);
    expect(weight.scripts.map((s) => s.url)).toEqual(['/_astro/page.js', '/_astro/shared.js', '/_astro/side.js']);
    expect(weight.js).toBe(gz('_astro/page.js') + gz('_astro/shared.js') + gz('_astro/side.js'));
    expect(weight.css).toBe(gz('_astro/a.css'));
    expect(weight.images).toBe(gz('pic.png') + gz('favicon.svg'));
    expect(weight.html).toBe(gz('index.html'));
    expect(pageWeight(dist, about!).js).toBe(gzipSize('console.log(1)'));
  });
});

describe('knowing a chart when the budget test sees one', () => {
  test('a canvas or a *-chart element is a chart; a table or the word is not', () => {
    expect(hasChart('<section class="chart"><dasv-chart data-chart="{}"></dasv-chart></section>')).toBe(true);
    expect(hasChart('<canvas width="300"></canvas>')).toBe(true);
    expect(hasChart('<section class="chart"><h2>Chart of referrals</h2><table></table></section>')).toBe(false);
  });
});
