import { describe, expect, test } from 'vitest';
import { prioritiesFile } from '../../../src/lib/open-data.ts';
import { distDir } from '../../support/built-dist.ts';
import { builtFile, readPage, secondYearDir } from '../../support/page-text.ts';

// Promises on the record (issue 26): every priority a year named for the next, with its status, on
// every page and file that shows it, read from the built HTML (no browser needed). The second-year
// fixture (tests/fixtures/sites/second-year/README.md) reports every status on Year One's promises.

const yearOne = [
  ['survivors-children-represented-board', 'Done', 'Fixture note, done with two achievements as evidence.'],
  ['peterborough-hold-conference-focus-survivors', 'In progress', 'Fixture note, in progress.'],
  ['cpft-undertake-project-da-survivors', 'Carried forward', 'Fixture note, carried forward into Year Three.'],
  ['fixture-year-one-dropped-priority', 'Dropped', 'Fixture note, dropped.'],
  ['fixture-year-one-unreported-priority', 'Not reported in Year Two', undefined],
] as const;
const evidence = {
  'survivors-children-represented-board': [
    '/2025-26/victim-survivor-voice/#fixture-survivor-representation',
    '/2025-26/awareness/#fixture-awareness-training',
  ],
  'peterborough-hold-conference-focus-survivors': ['/2025-26/victim-survivor-voice/#fixture-survivor-conference'],
} as Record<string, string[]>;

describe('the second-year fixture: Year One promises, as Year Two reports them', () => {
  test('/2024-25/priorities/ lists every promise with its status, note and evidence, and a count per status in words', () => {
    const page = readPage(secondYearDir, '/2024-25/priorities/');
    for (const [id, label, note] of yearOne) {
      const item = page.textOf(id);
      expect(item, id).toContain(label);
      if (note) expect(item, id).toContain(note);
      expect(
        page.linksIn(id).filter((href) => href.startsWith('/2025-26/')),
        id,
      ).toEqual(evidence[id] ?? []);
    }
    expect(page.textOf('status-counts')).toBe('How many in each status');
    expect(page.main).toContain('Done 1 In progress 1 Carried forward 1 Dropped 1 Not reported in Year Two 1');
    expect(page.html).toContain('data-pagefind-body');
  });

  test('the theme page of the year that promised and of the year that reports show the same statuses', () => {
    const promised = readPage(secondYearDir, '/2024-25/victim-survivor-voice/');
    const reported = readPage(secondYearDir, '/2025-26/victim-survivor-voice/');
    for (const [id, label, note] of yearOne) {
      for (const [page, anchor] of [
        [promised, id],
        [reported, `from-2024-25-${id}`],
      ] as const) {
        expect(page.textOf(anchor), anchor).toContain(label);
        if (note) expect(page.textOf(anchor), anchor).toContain(note);
        expect(
          page.linksIn(anchor).filter((href) => href.startsWith('/2025-26/')),
          anchor,
        ).toEqual(evidence[id] ?? []);
      }
    }
    // Year Two's own promises wait for Year Three, a draft: "to be reported", with its label.
    expect(reported.textOf('fixture-year-three-priority')).toContain('To be reported in Year Three');
    expect(promised.main).toContain('Every promise Year One made, with its status');
  });

  test('the whole report shows them, words only', () => {
    // Words only, and without the items' ids (their anchors are on the theme pages): each promise's
    // words are followed by its status.
    const report = readPage(secondYearDir, '/2025-26/report/');
    const promised = prioritiesFile.parse(JSON.parse(builtFile(secondYearDir, '/2024-25/priorities.json'))).priorities;
    for (const [id, label] of yearOne) {
      const text = promised.find((p) => p.id === id)?.text;
      expect(text, id).toBeDefined();
      expect(report.main, id).toContain(`${text} ${label}`);
    }
    expect(readPage(secondYearDir, '/2024-25/report/').main).toContain('Not reported in Year Two');
  });

  test('the open-data files hold the same, valid against their schema', () => {
    const json = prioritiesFile.parse(JSON.parse(builtFile(secondYearDir, '/2024-25/priorities.json')));
    expect(json.priorities.map((p) => [p.id, p.statusLabel, p.note ?? undefined])).toEqual(yearOne.map((row) => [...row]));
    expect(json.priorities[0]!.evidenceUrls).toEqual(
      evidence['survivors-children-represented-board']!.map((p) => `https://www.cambsdasv.org.uk${p}`),
    );
    const csv = builtFile(secondYearDir, '/2024-25/priorities.csv').split('\r\n');
    expect(csv[0]).toBe('id,text,theme,themeTitle,promisedFor,status,statusLabel,note,reportedIn,evidence,evidenceUrls,year,period,url');
    expect(csv.filter((line) => line.includes(',not-reported,Not reported in Year Two,'))).toHaveLength(1);
    expect(csv[1]).toContain(',fixture-survivor-representation; fixture-awareness-training,');
    const yearTwo = prioritiesFile.parse(JSON.parse(builtFile(secondYearDir, '/2025-26/priorities.json')));
    expect(new Set(yearTwo.priorities.map((p) => p.status))).toEqual(new Set(['to-be-reported']));
  });
});

test('the real site: until Year Two is published, each Year One promise is to be reported in Year Two', () => {
  const json = prioritiesFile.parse(JSON.parse(builtFile(distDir, '/2024-25/priorities.json')));
  expect(json.priorities.length).toBeGreaterThan(0);
  const page = readPage(distDir, '/2024-25/priorities/');
  for (const promise of json.priorities) {
    expect(promise.statusLabel).toBe('To be reported in Year Two');
    expect(page.textOf(promise.id)).toContain(`${promise.text} To be reported in Year Two`);
    expect(readPage(distDir, `/2024-25/${promise.theme}/`).textOf(promise.id)).toContain('To be reported in Year Two');
  }
  expect(page.main).toContain(`To be reported in Year Two ${json.priorities.length}`);
});
