/**
 * Ids in the forms: an item of a list (an achievement, a priority, a partner, a figure, a chart, a
 * glossary term, a help service) left without an id gets one made from its words when it is saved,
 * shown in the form from then on and editable until that save publishes it; a published id never
 * changes (`renamedIds`), as it is the address people share (`/2024-25/awareness/#police-victim-survey`).
 * Shared by the form (src/browser/cms-admin.ts) and the local back end's check (src/cms/check-save.ts).
 */

/** The fields an item's id is made from, the first an item has: its text, its name, its term, its label, its title. */
export const idSources = ['text', 'name', 'term', 'label', 'title'] as const;

type Item = Record<string, unknown>;

const isItem = (value: unknown): value is Item => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The words an item's id is made from, if it has any. */
function wordsOf(item: Item): string | undefined {
  const source = idSources.find((key) => typeof item[key] === 'string' && (item[key] as string).trim() !== '');
  return source ? (item[source] as string) : undefined;
}

/**
 * An id made from words, as the schemas want ids (lower-case words joined by hyphens, starting with a
 * letter): its first six words, numbers before the first word left out, "&" as "and", accents dropped;
 * with `-2`, `-3`… when it is taken. "1,237 cases heard at the Multi Agency Risk Assessment Conference"
 * is `cases-heard-at-the-multi-agency`.
 */
export function idFromWords(words: string, taken: ReadonlySet<string> = new Set()): string {
  const parts = words
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replaceAll('&', ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  while (parts.length > 0 && !/^[a-z]/.test(parts[0]!)) parts.shift();
  const base = parts.slice(0, 6).join('-') || 'item';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** Where an id was made: the path to its item's `id` in the data, and the id. */
export interface MadeId {
  readonly path: readonly (string | number)[];
  readonly id: string;
}

/**
 * The ids to make in a form's data: one for each item with words but no id, in the lists named (those
 * whose items have an id). Ids are unique across those lists of the file (a progress file's
 * achievements and priorities share one year's anchors).
 */
export function idsToMake(data: Item, listsWithIds: ReadonlySet<string>): MadeId[] {
  const lists = Object.entries(data).filter(([key, value]) => listsWithIds.has(key) && Array.isArray(value)) as [string, unknown[]][];
  const taken = new Set(
    lists
      .flatMap(([, items]) => items.filter(isItem).map((item) => item['id']))
      .filter((id): id is string => typeof id === 'string' && id !== ''),
  );
  const made: MadeId[] = [];
  for (const [key, items] of lists) {
    items.forEach((item, index) => {
      if (!isItem(item) || (typeof item['id'] === 'string' && item['id'].trim() !== '')) return;
      const words = wordsOf(item);
      if (!words) return;
      const id = idFromWords(words, taken);
      taken.add(id);
      made.push({ path: [key, index, 'id'], id });
    });
  }
  return made;
}

/** An id a save would change after it was published: where it is now, what it was and what it would be. */
export interface RenamedId {
  readonly path: readonly (string | number)[];
  readonly was: string;
  readonly now: string;
}

/**
 * The published ids a save changes: an item of the file as it was whose id is gone, while the same
 * item (at the same place in a list as long as before, or with the same words) now has a new id.
 * `before` and `after` are the file's data (a list file's items under one key, or at the top).
 */
export function renamedIds(before: unknown, after: unknown): RenamedId[] {
  const listsOf = (data: unknown): [string | undefined, unknown[]][] =>
    Array.isArray(data)
      ? [[undefined, data]]
      : isItem(data)
        ? (Object.entries(data).filter(([, value]) => Array.isArray(value) && value.some(isItem)) as [string, unknown[]][])
        : [];
  const renamed: RenamedId[] = [];
  const afterLists = new Map(listsOf(after));
  for (const [key, oldItems] of listsOf(before)) {
    const newItems = afterLists.get(key) ?? [];
    const newIds = new Set(newItems.filter(isItem).map((item) => item['id']));
    const oldIds = new Set(oldItems.filter(isItem).map((item) => item['id']));
    oldItems.forEach((old, index) => {
      if (!isItem(old) || typeof old['id'] !== 'string' || newIds.has(old['id'])) return;
      const sameLength = oldItems.length === newItems.length;
      const at = sameLength
        ? index
        : newItems.findIndex((item) => isItem(item) && wordsOf(item) !== undefined && wordsOf(item) === wordsOf(old));
      const now = newItems[at];
      if (!isItem(now) || typeof now['id'] !== 'string' || now['id'] === '' || oldIds.has(now['id'])) return;
      renamed.push({ path: key === undefined ? [at, 'id'] : [key, at, 'id'], was: old['id'], now: now['id'] });
    });
  }
  return renamed;
}
