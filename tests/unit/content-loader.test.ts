import { appendFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { CollectionName } from '../../src/lib/content-layout.ts';
import { contentModelLoader } from '../../src/lib/loaders.ts';
import { contentWithOverlay } from '../support/content-overlay.ts';
import { repoRoot } from '../support/repo-root.ts';

// Astro's collections are stored through one loader over the content model (src/lib/loaders.ts):
// what each collection holds, an MDX entry as Astro's glob() loader would store it (so Astro still
// compiles its body), drafts left out of a build, and nothing stored twice.

interface Stored {
  id: string;
  data: Record<string, unknown>;
  filePath?: string;
  body?: string;
  digest?: string | number;
  deferredRender?: boolean;
}

/** A store as Astro's scoped store behaves for a loader, and the calls made to it. */
function fakeStore(initial: Stored[] = []) {
  const entries = new Map(initial.map((entry) => [entry.id, entry]));
  const sets: string[] = [];
  const store = {
    get: (id: string) => entries.get(id),
    keys: () => [...entries.keys()],
    set: (entry: Stored) => {
      sets.push(entry.id);
      entries.set(entry.id, entry);
      return true;
    },
    delete: (id: string) => entries.delete(id),
    addModuleImport: () => undefined,
  };
  return { store, entries, sets };
}

async function load(name: CollectionName, store: ReturnType<typeof fakeStore>['store']): Promise<void> {
  const context = {
    store,
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    generateDigest: (value: unknown) => JSON.stringify(value),
    watcher: undefined,
    logger: { warn: () => undefined, info: () => undefined },
    config: { root: pathToFileURL(`${repoRoot}/`) },
  } as unknown as LoaderContext;
  await contentModelLoader(name).load(context);
}

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
  vi.unstubAllEnvs();
});

describe('the one content loader', () => {
  test('an MDX entry is stored as glob() stores it: its file from the project root, its body, and rendered by Astro later', async () => {
    const { store, entries } = fakeStore();
    await load('pages', store);
    expect([...entries.keys()].sort()).toEqual(['about', 'accessibility', 'get-help', 'staying-safe-online']);
    const about = entries.get('about')!;
    expect(about).toMatchObject({ filePath: 'content/pages/about.mdx', deferredRender: true });
    expect(about.body).toMatch(/^\S[\s\S]*\S$/);
    expect(about.data['title']).toBe('About this site');
  });

  test('a YAML list is stored by id, a yearly list by <year>/<id>, each figure with its value', async () => {
    const partners = fakeStore();
    await load('partners', partners.store);
    expect(partners.entries.get('cuh')).toMatchObject({ filePath: 'content/partners.yaml', data: { id: 'cuh' } });
    expect(partners.entries.get('cuh')!.deferredRender).toBeUndefined();
    const figures = fakeStore();
    await load('figures', figures.store);
    const figure = figures.entries.get('2024-25/peterborough-conference-attendees')!;
    expect(figure.data).toMatchObject({ id: 'peterborough-conference-attendees', year: '2024-25', value: expect.any(Number) });
  });

  test('an entry unchanged since the last load is not stored again; one no longer in content goes', async () => {
    const { store, entries, sets } = fakeStore([{ id: 'gone', data: {} }]);
    await load('themes', store);
    expect(entries.has('gone')).toBe(false);
    const first = sets.length;
    expect(first).toBeGreaterThan(0);
    await load('themes', store);
    expect(sets.length).toBe(first);
  });

  test('a build holds nothing of a draft; `astro dev` holds it', async () => {
    const copy = contentWithOverlay(undefined);
    cleanup = copy.cleanup;
    appendFileSync(`${copy.dir}/years/2024-25.yaml`, 'draft: true\n');
    vi.stubEnv('DASV_CONTENT_DIR', copy.dir);
    vi.stubEnv('DEV', false);
    for (const name of ['years', 'progress', 'figures', 'charts'] as const) {
      const built = fakeStore([{ id: name === 'years' ? '2024-25' : 'cached-from-an-earlier-build', data: {} }]);
      await load(name, built.store);
      expect([...built.entries.keys()], name).toEqual([]);
    }
    const themes = fakeStore();
    await load('themes', themes.store);
    expect(themes.entries.size).toBeGreaterThan(0);
    vi.stubEnv('DEV', true);
    const previewed = fakeStore();
    await load('years', previewed.store);
    expect([...previewed.entries.keys()]).toEqual(['2024-25']);
  });
});
