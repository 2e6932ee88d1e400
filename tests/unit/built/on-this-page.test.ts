import { describe, expect, test } from 'vitest';
import { elementsOf } from '../../../src/lib/html.ts';
import { builtSite } from '../../support/built-dist.ts';

// "On this page" (src/components/OnThisPage.astro) on the long pages: a collapsed list for phones
// and the same list beside the text on wide screens, each link to a section of the same page, and
// "Back to top" links to the page's own main content.
const pages = builtSite();

/** The long pages: themes and aims, figures, the standing pages with sections, the glossary. */
const isLong = (urlPath: string) =>
  /^\/\d{4}-\d{2}\/(?!report\/)[^/]+\/$/.test(urlPath) || ['/staying-safe-online/', '/accessibility/', '/glossary/'].includes(urlPath);

const longPages = pages.filter((page) => isLong(page.urlPath));

/** The hrefs of the links in "On this page": the phone's list, then the wide screen's; none when the page has no such list. */
function contentsLists(html: string): string[][] {
  const nav = /<nav class="on-this-page[^"]*"[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1];
  if (nav === undefined) return [];
  return [...nav.matchAll(/<ul>([\s\S]*?)<\/ul>/g)].map((list) => [...list[1]!.matchAll(/<a href="([^"]*)"/g)].map((link) => link[1]!));
}

test('the long pages are found: every theme and aim page of a year, its figures, and the standing pages', () => {
  const paths = longPages.map((page) => page.urlPath);
  expect(paths).toEqual(expect.arrayContaining(['/2024-25/awareness/', '/2024-25/figures/', '/glossary/', '/staying-safe-online/']));
  expect(paths).not.toContain('/2024-25/report/');
});

/** The ids of the page's own section headings (h2 in its main content). */
function sectionIds(html: string): string[] {
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  return [...main.matchAll(/<h2[^>]* id="([^"]+)"/g)].map((m) => m[1]!).filter((id) => id !== 'on-this-page-heading');
}

describe('each long page has "On this page", twice the same list, every link to an id on the page', () => {
  test.each(longPages.map((page) => [page.urlPath, page] as const))('%s', (_url, page) => {
    const lists = contentsLists(page.html);
    // A theme with one section (its achievements) needs no contents; the glossary lists its letters.
    if (page.urlPath !== '/glossary/' && sectionIds(page.html).length < 2) {
      expect(lists).toEqual([]);
      return;
    }
    expect(lists, 'a list for phones and one for wide screens').toHaveLength(2);
    const [phone, wide] = lists as [string[], string[]];
    expect(phone).toEqual(wide);
    expect(phone.length).toBeGreaterThanOrEqual(2);
    const ids = new Set(elementsOf(page.html).map((el) => el.attrs['id']));
    for (const href of phone) {
      expect(href).toMatch(/^#./);
      expect(ids.has(decodeURIComponent(href.slice(1))), `${href} is an id on ${page.urlPath}`).toBe(true);
    }
    // The phone's list starts collapsed.
    expect(page.html).toMatch(/<details class="on-this-page-phone">/);
    expect(page.html.match(/<nav class="on-this-page/g), 'one landmark').toHaveLength(1);
  });
});

test('on a theme page and the standing pages, the list names every section (h2) of the text, in order', () => {
  for (const urlPath of ['/2024-25/awareness/', '/staying-safe-online/', '/accessibility/']) {
    const page = pages.find((p) => p.urlPath === urlPath)!;
    expect(contentsLists(page.html)[0], urlPath).toEqual(sectionIds(page.html).map((id) => `#${id}`));
  }
});

test('"Back to top" leads to the main content of the same page, after the long sections', () => {
  for (const page of longPages.filter((p) => contentsLists(p.html).length > 0)) {
    const backs = [...page.html.matchAll(/<a href="([^"]*)"[^>]*>Back to top<\/a>/g)].map((m) => m[1]);
    expect(backs.length, page.urlPath).toBeGreaterThanOrEqual(1);
    for (const href of backs) expect(href).toBe('#main-content');
    expect(elementsOf(page.html).some((el) => el.tag === 'main' && el.attrs['id'] === 'main-content')).toBe(true);
  }
  const awareness = pages.find((p) => p.urlPath === '/2024-25/awareness/')!;
  // One after each section of a theme page (here the achievements and the figures).
  expect([...awareness.html.matchAll(/>Back to top</g)]).toHaveLength(contentsLists(awareness.html)[0]!.length);
});
