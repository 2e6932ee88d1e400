import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { figuresFile } from '../../../src/lib/open-data.ts';
import { repoRoot } from '../../support/repo-root.ts';
import { builtFile, readPage, secondYearDir } from '../../support/page-text.ts';

// Every change noted (issue 26): the second-year fixture's change notes (tests/fixtures/sites/second-year/README.md)
// on its pages, on /updates/ and in the /updates.xml feed; a corrected figure; the year before beside a figure.

const fixture = path.join(repoRoot, 'tests/fixtures/sites/second-year');
const yaml = (file: string) => parseYaml(readFileSync(path.join(fixture, file), 'utf8')) as Record<string, unknown>;
const frontMatter = (file: string) => parseYaml(readFileSync(path.join(fixture, file), 'utf8').split('---')[1]!) as Record<string, unknown>;
type Note = { date: string; note: string; previousValue?: number };

/** The fixture's change notes and publications as the feed must carry them: [date, words of the note]. */
const year = yaml('years/2025-26.yaml') as { published: string; changes: Note[] };
const progress = frontMatter('progress/2025-26/victim-survivor-voice.mdx') as { changes: Note[] };
const figure = (parseYaml(readFileSync(path.join(fixture, 'figures/2025-26.yaml'), 'utf8')) as { id: string; changes?: Note[] }[]).find(
  (f) => f.id === 'marac-cases',
)!;
const page = frontMatter('pages/fixture-notice.mdx') as { published: string; changes: Note[] };
const expected = [
  ...page.changes.map((c) => [c.date, c.note]),
  [page.published, 'Published.'],
  ...year.changes.map((c) => [c.date, c.note]),
  ...progress.changes.map((c) => [c.date, c.note]),
  ...figure.changes!.map((c) => [c.date, `${c.note} It was published as 1,320.`]),
  [year.published, 'Published.'],
].sort((a, b) => b[0]!.localeCompare(a[0]!));

describe('the updates feed', () => {
  const xml = builtFile(secondYearDir, '/updates.xml');
  test('is well-formed RSS 2.0 with what the format requires of a channel and its items', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const { rss } = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
      rss: { '@_version': string; channel: Record<string, unknown> & { item: Record<string, unknown>[] } };
    };
    expect(rss['@_version']).toBe('2.0');
    for (const field of ['title', 'link', 'description']) expect(rss.channel[field], field).toBeTruthy();
    expect(rss.channel['link']).toBe('https://www.cambsdasv.org.uk/');
    const guids = new Set<string>();
    for (const item of rss.channel.item) {
      expect(item['title']).toBeTruthy();
      // RFC 822 dates, as RSS 2.0 asks: "Tue, 02 Jun 2026 00:00:00 GMT".
      expect(item['pubDate']).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
      const guid = (item['guid'] as { '#text': string })['#text'];
      expect(guid).toMatch(/^https:\/\/www\.cambsdasv\.org\.uk\/updates\/#update-\d{4}-\d{2}-\d{2}(-\d+)?$/);
      guids.add(guid);
    }
    expect(guids.size).toBe(rss.channel.item.length);
    // Nothing in it names a reader, or anyone: no author, no e-mail address.
    expect(xml).not.toMatch(/<author>|<dc:creator>|@[a-z0-9-]+\.[a-z]/i);
  });

  test('holds every change note and publication of the content, newest first, and /updates/ lists the same', () => {
    const items = (new XMLParser().parse(xml) as { rss: { channel: { item: { pubDate: string; description: string }[] } } }).rss.channel
      .item;
    const fromFeed = items.map((item) => [new Date(item.pubDate).toISOString().slice(0, 10), item.description.split(' <a ')[0]]);
    expect(fromFeed).toEqual(expected);
    const page = readPage(secondYearDir, '/updates/');
    const listed = page.elements.filter((el) => el.tag === 'li' && el.attrs['id']?.startsWith('update-')).map((el) => el.attrs['id']);
    expect(listed).toEqual([
      'update-2026-06-02',
      'update-2026-05-20',
      'update-2026-05-12',
      'update-2026-05-01',
      'update-2026-04-27',
      'update-2026-04-20',
    ]);
    for (const [, note] of expected) expect(page.main).toContain(note);
    expect(page.linksIn('main-content')).toContain('/updates.xml');
  });

  test('the footer of every page links to the updates and the feed', () => {
    const home = readPage(secondYearDir, '/');
    const footer = home.html.slice(home.html.indexOf('<footer'));
    expect(footer).toContain('href="/updates/"');
    expect(footer).toContain('href="/updates.xml"');
  });
});

describe('a page shows its last change with all of them', () => {
  test("a theme page: its progress file's note, and the year's", () => {
    const page = readPage(secondYearDir, '/2025-26/victim-survivor-voice/');
    expect(page.main).toContain('Last change, 20 May 2026: Fixture change to the Year Two survivor voice progress.');
    expect(page.main).toContain('See all updates to this page (2)');
    expect(page.main).toContain('12 May 2026, Progress in Year Two, 2025/26: Fixture change to the Year Two report.');
    expect(page.main).toContain('Last updated 20 May 2026');
  });

  test("a standing page: its own note, and not the years'", () => {
    const notice = readPage(secondYearDir, '/fixture-notice/');
    expect(notice.main).toContain('Last change, 27 April 2026: Fixture change to a standing page.');
    expect(notice.main).toContain('See all updates to this page (1)');
    expect(notice.main).not.toContain('Fixture change to the Year Two report.');
  });

  test('a corrected figure says so, with the number it replaced, on its theme page, the figures page and in open data', () => {
    const note = 'Corrected on 2 June 2026: Fixture correction of the number of MARAC cases. It was published as 1,320.';
    for (const url of ['/2025-26/reducing-risk/', '/2025-26/figures/']) {
      expect(readPage(secondYearDir, url).textOf('figure-marac-cases'), url).toContain(note);
    }
    const data = figuresFile.parse(JSON.parse(builtFile(secondYearDir, '/2025-26/figures/data.json')));
    expect(data.figures.find((f) => f.id === 'marac-cases')?.corrected).toEqual([
      '2026-06-02: was 1320. Fixture correction of the number of MARAC cases.',
    ]);
  });

  test("a figure the year before reported shows that year's value and the change, worded neutrally", () => {
    const card = readPage(secondYearDir, '/2025-26/reducing-risk/').textOf('figure-marac-cases');
    expect(card).toContain('Year One: 1,237; change: +65 (+5%)');
    expect(card).not.toMatch(/\b(better|worse|improve|good|bad)\b/i);
    const data = figuresFile.parse(JSON.parse(builtFile(secondYearDir, '/2025-26/figures/data.json')));
    expect(data.figures.find((f) => f.id === 'marac-cases')).toMatchObject({ value: 1302, previousYearValue: 1237, change: 65 });
    expect(data.figures.find((f) => f.id === 'dasv-sways-views')).toMatchObject({ previousYearValue: 1800, change: null });
  });
});
