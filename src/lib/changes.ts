/**
 * Every change on the record: each publication (a year's or a standing page's `published` date) and
 * each change note (`changes:` on a year, a progress file, a figure or a standing page:
 * src/schemas/change-note.ts), with where it shows. Read by the pages that show their last change,
 * by /updates/ and by the /updates.xml feed, so they cannot disagree.
 */
import { getCollection } from 'astro:content';
import { isoDate } from './dates.ts';
import { formatValue } from './figure-format.ts';
import { getPublishedProgress, getThemes, getYears, type YearEntry } from './site-data.ts';
import { urls } from './urls.ts';

/** One publication or change, as /updates/ and the feed list it. */
export interface ChangeEntry {
  /** Its anchor on /updates/ and its feed entry's address: `update-2026-05-12`, then `-2`, `-3` for more that day. */
  readonly id: string;
  readonly date: Date;
  /** What it is about: "Progress in Year One, 2024/25", "Awareness, Year One", "Figure: cases heard at MARAC, Year One". */
  readonly subject: string;
  /** The sentence: the note, or "Published." */
  readonly note: string;
  /** Where it shows, as a site path. */
  readonly path: string;
  readonly kind: 'publication' | 'change';
  /** The year it belongs to, if any, and what in it: for a page to pick its own changes. */
  readonly yearId?: string | undefined;
  readonly themeId?: string | undefined;
  readonly figureId?: string | undefined;
  readonly pageId?: string | undefined;
}

/** Newest first; on the same day, in the order content gives them. */
const newestFirst = <Entry extends { date: Date }>(entries: Entry[]) =>
  entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => b.entry.date.getTime() - a.entry.date.getTime() || a.index - b.index)
    .map(({ entry }) => entry);

/** Every publication and change note of the published site, newest first, each with its id. */
export async function getAllChanges(): Promise<ChangeEntry[]> {
  const sorted = newestFirst(await collectChanges());
  const perDay = new Map<string, number>();
  // Numbered from the oldest of each day, so an entry added later never renumbers those before it.
  const ids = [...sorted].reverse().map((entry) => {
    const day = isoDate(entry.date);
    const n = (perDay.get(day) ?? 0) + 1;
    perDay.set(day, n);
    return n === 1 ? `update-${day}` : `update-${day}-${n}`;
  });
  return sorted.map((entry, index) => ({ ...entry, id: ids[sorted.length - 1 - index]! }));
}

async function collectChanges(): Promise<Omit<ChangeEntry, 'id'>[]> {
  const [years, themes, progress, figures, pages] = await Promise.all([
    getYears(),
    getThemes(),
    getPublishedProgress(),
    getCollection('figures'),
    getCollection('pages'),
  ]);
  const published = new Set(years.map((year) => year.id));
  const entries: Omit<ChangeEntry, 'id'>[] = [];
  for (const year of years) {
    if (year.data.published) {
      entries.push({
        date: year.data.published,
        subject: year.data.title,
        note: 'Published.',
        path: urls.year(year.id),
        kind: 'publication',
        yearId: year.id,
      });
    }
    for (const change of year.data.changes) {
      entries.push({
        date: change.date,
        subject: year.data.title,
        note: change.note,
        path: urls.year(year.id),
        kind: 'change',
        yearId: year.id,
      });
    }
  }
  for (const file of progress) {
    const [yearId, themeId] = file.id.split('/') as [string, string];
    const year = years.find((y) => y.id === yearId);
    const theme = themes.find((t) => t.id === themeId);
    if (!year || !theme) continue;
    for (const change of file.data.changes) {
      entries.push({
        date: change.date,
        subject: `${theme.data.title}, ${year.data.label}`,
        note: change.note,
        path: urls.theme(yearId, themeId),
        kind: 'change',
        yearId,
        themeId,
      });
    }
  }
  for (const { data: figure } of figures) {
    const year = years.find((y) => y.id === figure.year);
    if (!year || !published.has(figure.year)) continue;
    for (const change of figure.changes) {
      const corrected = change.previousValue === undefined ? '' : ` It was published as ${formatValue(change.previousValue, figure.unit)}.`;
      entries.push({
        date: change.date,
        subject: `Figure: ${figure.label}, ${year.data.label}`,
        note: `${change.note}${corrected}`,
        path: `${urls.figures(figure.year)}#${urls.figureAnchor(figure.id)}`,
        kind: 'change',
        yearId: figure.year,
        themeId: figure.theme,
        figureId: figure.id,
      });
    }
  }
  for (const page of pages) {
    const path = `/${page.id}/`;
    if (page.data.published)
      entries.push({ date: page.data.published, subject: page.data.title, note: 'Published.', path, kind: 'publication', pageId: page.id });
    for (const change of page.data.changes) {
      entries.push({ date: change.date, subject: page.data.title, note: change.note, path, kind: 'change', pageId: page.id });
    }
  }
  return entries;
}

/**
 * The changes a page shows, newest first: a standing page's own; a year's pages show the year's,
 * and, narrowed to one theme (its page), that theme's progress and figures, or with `figuresOnly`
 * the figures' (the figures page).
 */
export async function changesFor(
  scope: { pageId: string } | { year: YearEntry; themeId?: string; figuresOnly?: boolean },
): Promise<ChangeEntry[]> {
  const changes = (await getAllChanges()).filter((entry) => entry.kind === 'change');
  if ('pageId' in scope) return changes.filter((entry) => entry.pageId === scope.pageId);
  return changes.filter((entry) => {
    if (entry.yearId !== scope.year.id) return false;
    if (!entry.themeId) return true;
    if (scope.figuresOnly) return entry.figureId !== undefined;
    return scope.themeId === undefined || entry.themeId === scope.themeId;
  });
}
