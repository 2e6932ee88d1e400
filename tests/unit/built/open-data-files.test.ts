import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import {
  achievementsFile,
  fieldList,
  figuresFile,
  jsonSchema,
  openDataUrls,
  type AchievementRecord,
  type FigureRecord,
} from '../../../src/lib/open-data.ts';
import { formatFigure } from '../../../src/lib/figure-format.ts';
import { HEADLINES_PER_THEME } from '../../../src/lib/headline-figures.ts';
import { distDir as dist } from '../../support/built-dist.ts';
import { htmlText as text } from '../../support/html-tree.ts';
import { secondYearDir } from '../../support/page-text.ts';
import { parseCsv } from '../../support/parse-csv.ts';
import { repoRoot } from '../../support/repo-root.ts';
import { siteUrl } from '../../../src/lib/site-address.ts';

// The open-data files of the built sites (the real one, and the second-year fixture) against their
// schemas and against the built pages: the figures page's cards and the theme pages' lists of
// achievements. Files only, no browser (they were browser tests that opened no page).

const site = siteUrl();
const sites = [dist, secondYearDir];
const read = (root: string, url: string) => readFileSync(path.join(root, url), 'utf8');
const page = (root: string, url: string) => read(root, path.join(url, 'index.html'));

/** The years a built site publishes: its year folders (2024-25, …). */
function years(root: string): string[] {
  return readdirSync(root)
    .filter((name) => /^\d{4}-\d{2}$/.test(name))
    .sort();
}

function figuresOf(root: string, year: string) {
  return figuresFile.parse(JSON.parse(read(root, openDataUrls.figures(year, 'json'))));
}

function achievementsOf(root: string, year: string) {
  return achievementsFile.parse(JSON.parse(read(root, openDataUrls.achievements(year, 'json'))));
}

/** The big-number cards of a page: id, number, label and area as shown. */
function cards(html: string) {
  return [...html.matchAll(/<li class="big-number" data-figure="([^"]+)"[^>]*>([\s\S]*?)<\/li>/g)].map(([, id, card]) => ({
    id: id!,
    value: Number(/<data class="big-number-value" value="([^"]+)"/.exec(card!)?.[1]),
    shown: text(/<data class="big-number-value"[^>]*>([\s\S]*?)<\/data>/.exec(card!)?.[1] ?? ''),
    label: text(/<span class="big-number-label">([\s\S]*?)<\/span>/.exec(card!)?.[1] ?? ''),
    // No area shown where the report names none: "Cambridgeshire & Peterborough" in the files.
    area: text(/<span class="big-number-area">(?:<span class="visually-hidden">[^<]*<\/span>)?([^<]*)<\/span>/.exec(card!)?.[1] ?? ''),
  }));
}

/** A theme page's achievements: each item of the list "Achievements in …", with its words and partners. */
function listedAchievements(html: string) {
  const list = /<ul class="item-list" aria-labelledby="achievements">([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '';
  return [
    ...list.matchAll(
      /<li id="([^"]+)"[\s\S]*?<span class="item-text">([\s\S]*?)<\/span><span class="item-link"[\s\S]*?<span class="item-tools"([\s\S]*?)<\/li>/g,
    ),
  ].map(([, id, words, tools]) => ({
    id: id!,
    text: text(words!),
    partners: [...tools!.matchAll(/href="\/partners\/([^/"]+)\/"/g)].map((m) => m[1]!),
  }));
}

for (const root of sites) {
  for (const year of years(root)) {
    const where = `${path.relative(repoRoot, root)} ${year}`;

    test(`${where}: the JSON files parse and match their schemas, which are published`, () => {
      const figures = figuresOf(root, year);
      const achievements = achievementsOf(root, year);
      expect(figures.year).toBe(year);
      expect(achievements.year).toBe(year);
      expect(figures.figures.length).toBeGreaterThan(0);
      expect(achievements.achievements.length).toBeGreaterThan(0);
      for (const [kind, file] of [
        ['figures', figures],
        ['achievements', achievements],
      ] as const) {
        expect(file.$schema).toBe(`${site}${openDataUrls.schema(kind)}`);
        // The published JSON Schema is the one the build checks with, and says where it lives.
        const published = JSON.parse(read(root, openDataUrls.schema(kind))) as { $id: string; properties: object };
        expect(published).toEqual(JSON.parse(JSON.stringify(jsonSchema(kind, site))));
        expect(published.$id).toBe(file.$schema);
      }
    });

    test(`${where}: each CSV file holds exactly the records of its JSON file`, () => {
      for (const kind of ['figures', 'achievements'] as const) {
        const url = kind === 'figures' ? openDataUrls.figures : openDataUrls.achievements;
        const records: (FigureRecord | AchievementRecord)[] =
          kind === 'figures' ? figuresOf(root, year).figures : achievementsOf(root, year).achievements;
        const raw = read(root, url(year, 'csv'));
        expect(raw.endsWith('\r\n')).toBe(true);
        const [headers, ...rows] = parseCsv(raw);
        expect(headers).toEqual(fieldList(kind).map((field) => field.name));
        expect(rows.length).toBe(records.length);
        rows.forEach((row, index) => {
          const record = records[index] as Record<string, unknown>;
          const expected = headers!.map((name) => {
            const value = record[name];
            return Array.isArray(value) ? value.join('; ') : value === null ? '' : String(value);
          });
          expect(row, `${kind} row ${index + 1}`).toEqual(expected);
        });
      }
    });

    test(`${where}: the figures file holds exactly the figures on the figures page, and those on each theme page`, () => {
      const records = figuresOf(root, year).figures;
      const shown = cards(page(root, `${year}/figures`));
      expect(shown.map((card) => card.id)).toEqual(records.map((record) => record.id));
      for (const card of shown) {
        const record = records.find((r) => r.id === card.id)!;
        expect(
          { value: card.value, shown: card.shown, label: card.label, area: card.area || 'Cambridgeshire & Peterborough' },
          card.id,
        ).toEqual({
          value: record.value,
          shown: formatFigure({ value: record.value, unit: record.unit, qualifier: record.qualifier ?? undefined }),
          label: record.label,
          area: record.area,
        });
        expect(record.url).toBe(`${site}/${year}/figures/#figure-${card.id}`);
      }
      const themes = [...new Set(records.map((record) => record.theme))];
      for (const theme of themes) {
        // A theme page shows its headline figures only (at most four): each one of the file's, in its order, with its value.
        const onThemePage = cards(page(root, `${year}/${theme}`)).map((card) => `${card.id} ${card.value}`);
        const ofTheme = records.filter((r) => r.theme === theme).map((r) => `${r.id} ${r.value}`);
        expect(onThemePage.length, theme).toBeLessThanOrEqual(HEADLINES_PER_THEME);
        expect(onThemePage, theme).toEqual(ofTheme.filter((card) => onThemePage.includes(card)));
      }
    });

    test(`${where}: the achievements file holds exactly the achievements on the theme pages, with their partners`, () => {
      const records = achievementsOf(root, year).achievements;
      const themes = [...new Set(records.map((record) => record.theme))];
      const listed = themes.flatMap((theme) => listedAchievements(page(root, `${year}/${theme}`)).map((item) => ({ theme, ...item })));
      expect(listed.length).toBeGreaterThan(0);
      expect(records.map(({ id, theme, text: words, partners }) => ({ theme, id, text: words, partners }))).toEqual(listed);
      for (const record of records) expect(record.url).toBe(`${site}/${year}/${record.theme}/#${record.id}`);
      // Every figure's achievement is one of them, and names the figure back.
      for (const figure of figuresOf(root, year).figures) {
        expect(records.find((r) => r.id === figure.achievement)?.figures, figure.id).toContain(figure.id);
      }
    });
  }
}

test('the figures page links to the open-data files and their schemas', () => {
  const html = page(dist, '2024-25/figures');
  for (const href of [
    '/2024-25/figures/data.csv',
    '/2024-25/figures/data.json',
    '/2024-25/achievements.csv',
    '/2024-25/achievements.json',
    openDataUrls.schema('figures'),
    openDataUrls.schema('achievements'),
  ]) {
    expect(html, href).toContain(`href="${href}"`);
  }
});
