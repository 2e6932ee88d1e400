import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatFigure } from '../../../src/lib/figure-format.ts';
import { statesFigure } from '../../../src/lib/stated-numbers.ts';
import { headlineSet } from '../../../src/lib/headline-figures.ts';
import { validateContent } from '../../../src/checker/index.ts';
import type { Figure } from '../../../src/schemas/index';
import { builtSite } from '../../support/built-dist.ts';
import { all, attr, parseHtml, text, type Node } from '../../support/html-tree.ts';
import { repoRoot } from '../../support/repo-root.ts';

// What the theme pages, the year overview, the figures page and the home page say, against the
// content, read from the built HTML: words and numbers need no browser. (They were browser tests
// walking every theme page; tests/e2e/every-page.spec.ts still opens each page once to see it shown.)

const { content } = validateContent(path.join(repoRoot, 'content'));
const pages = new Map(builtSite().map((page) => [page.urlPath, parseHtml(page.html)]));
const pageOf = (urlPath: string): Node => {
  const page = pages.get(urlPath);
  expect(page, `${urlPath} is built`).toBeDefined();
  return page!;
};

const classes = (node: Node) => (attr(node, 'class') ?? '').split(/\s+/);
const byId = (root: Node, id: string) => all(root, (n) => attr(n, 'id') === id);

/**
 * The lists named `name` as getByRole('list', { name }) finds them (aria-labelledby, name matched
 * as a part, case aside): at most one.
 */
function listsNamed(root: Node, name: string): Node[] {
  const lists = all(root, (n) => n.nodeName === 'ul' || n.nodeName === 'ol').filter((list) => {
    const label = attr(list, 'aria-labelledby');
    const named = label
      ? label
          .split(/\s+/)
          .map((id) => byId(root, id).map(text).join(' '))
          .join(' ')
      : (attr(list, 'aria-label') ?? '');
    return named.toLowerCase().includes(name.toLowerCase());
  });
  expect(lists.length, `lists named "${name}"`).toBeLessThanOrEqual(1);
  return lists;
}
/** The items of the lists named `name`, as getByRole('list', { name }).getByRole('listitem') finds them. */
const items = (root: Node, name: string) =>
  listsNamed(root, name).flatMap((list) => (list.childNodes ?? []).filter((n) => n.nodeName === 'li'));
const itemText = (item: Node) => text((item.childNodes ?? []).find((n) => classes(n).includes('item-text'))!);

/** The links whose accessible name (aria-label, else their text) is `name` exactly. */
const linksNamed = (root: Node, name: string) =>
  all(root, (n) => n.nodeName === 'a' && attr(n, 'href') !== undefined).filter(
    (a) => (attr(a, 'aria-label') ?? text(a)).replace(/\s+/g, ' ').trim() === name,
  );

const progressFiles = content.progress.map((progress) => {
  const [yearId, themeId] = progress.id.split('/') as [string, string];
  return { progress, yearId, themeId, year: content.years.find((y) => y.id === yearId)! };
});

describe('each theme’s page lists exactly the achievements and priorities of its progress file', () => {
  test.each(progressFiles.map((p) => [`/${p.yearId}/${p.themeId}/`, p] as const))('%s', (urlPath, { progress, year }) => {
    const page = pageOf(urlPath);
    const achievements = items(page, `Achievements in ${year.data.label}`);
    expect(achievements.length).toBeGreaterThan(0);
    // Each item is its words, then its partners and its copy-link control.
    expect(achievements.map(itemText)).toEqual(progress.data.achievements.map((a) => a.text.replace(/\s+/g, ' ').trim()));
    expect(achievements.map((li) => attr(li, 'id'))).toEqual(progress.data.achievements.map((a) => a.id));
    const priorities = items(page, `Work/Priorities for ${year.data.nextYearLabel}`);
    expect(priorities.map(itemText)).toEqual(progress.data.priorities.map((p) => p.text.replace(/\s+/g, ' ').trim()));
  });
});

describe('every achievement of every progress file is in its year’s whole report, under its theme', () => {
  test.each([...new Set(progressFiles.map((p) => p.yearId))])('/%s/report/', (yearId) => {
    const report = pageOf(`/${yearId}/report/`);
    for (const { progress, themeId } of progressFiles.filter((p) => p.yearId === yearId)) {
      // The list after the theme's "Achievements in …" heading (the report's ids: theme-achievements).
      const heading = byId(report, `${themeId}-achievements`);
      expect(heading, `${progress.file}: #${themeId}-achievements`).toHaveLength(1);
      const siblings = heading[0]!.parentNode?.childNodes ?? [];
      const list = siblings.slice(siblings.indexOf(heading[0]!)).find((n) => n.nodeName === 'ul');
      const listed = (list?.childNodes ?? []).filter((n) => n.nodeName === 'li');
      // Words only: no partners, copy-link control or id (each achievement's anchor is on its theme page).
      expect(listed.map(text), progress.file).toEqual(progress.data.achievements.map((a) => a.text.replace(/\s+/g, ' ').trim()));
      expect(listed.filter((li) => attr(li, 'id') !== undefined)).toEqual([]);
    }
  });
});

test('the year overview links to every theme and aim', () => {
  const overview = pageOf('/2024-25/');
  for (const theme of content.themes) {
    const links = linksNamed(overview, theme.data.title);
    expect(links, theme.data.title).toHaveLength(1);
    expect(attr(links[0]!, 'href')).toBe(`/2024-25/${theme.id}/`);
  }
});

describe('every figure shown on a card and in its achievement equals its data', () => {
  // Each with the number its achievement's text states (the figures file holds none): as the site shows it.
  const figures: Figure[] = content.figures.filter((f) => f.data.year === '2024-25').map((f) => f.data);
  const themes = [...new Set(figures.map((f) => f.theme))];
  const card = (root: Node, id: string) =>
    all(root, (n) => n.nodeName === 'li' && classes(n).includes('big-number') && attr(n, 'data-figure') === id);
  const part = (node: Node, name: string) => text(all(node, (n) => classes(n).includes(name))[0]!);

  test.each(themes)('/2024-25/%s/', (theme) => {
    const page = pageOf(`/2024-25/${theme}/`);
    const ofTheme = figures.filter((f) => f.theme === theme);
    // A theme page shows its headline figures as cards (at most four), and links to all of them.
    const headlines = headlineSet(ofTheme);
    expect(headlines.length).toBeLessThanOrEqual(4);
    expect(
      all(page, (n) => classes(n).includes('big-number')),
      theme,
    ).toHaveLength(headlines.length);
    const toAll = all(page, (n) => n.nodeName === 'a').filter((a) =>
      ofTheme.length === 1
        ? /^The figure of /.test(text(a))
        : text(a).toLowerCase().includes(`All ${ofTheme.length} figures of`.toLowerCase()),
    );
    expect(toAll, 'the link to all the theme’s figures').toHaveLength(1);
    expect(attr(toAll[0]!, 'href')).toBe(`/2024-25/figures/#figures-${theme}`);
    for (const figure of ofTheme) {
      if (headlines.includes(figure)) {
        const [shown] = card(page, figure.id);
        expect(part(shown!, 'big-number-value'), figure.id).toBe(formatFigure(figure));
        expect(part(shown!, 'big-number-label'), figure.id).toBe(figure.label);
      }
      const [statement] = all(page, (n) => n.nodeName === 'li' && attr(n, 'id') === figure.statement);
      expect(statement, `${figure.id}: li#${figure.statement}`).toBeDefined();
      expect(statesFigure(itemText(statement!), figure), `${figure.id} in "${itemText(statement!)}"`).toBe(true);
    }
  });

  test('/2024-25/figures/ shows every figure, headline or not', () => {
    const page = pageOf('/2024-25/figures/');
    for (const figure of figures) {
      const [shown] = card(page, figure.id);
      expect(shown, figure.id).toBeDefined();
      expect(part(shown!, 'big-number-value'), figure.id).toBe(formatFigure(figure));
    }
  });

  test('/ shows the year’s headline figures', () => {
    const page = pageOf('/');
    for (const figure of headlineSet(figures)) {
      const [shown] = card(page, figure.id);
      expect(part(shown!, 'big-number-value'), figure.id).toBe(formatFigure(figure));
    }
  });
});
