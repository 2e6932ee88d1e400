// The editor at /admin/: Decap CMS (served from our own build, /admin/decap/), set up with the
// config made from the schemas (/admin/config.yml), reading and writing files through our own
// serialiser (src/cms/formats.ts) so a file saved unchanged stays byte for byte the same,
// and refusing to save what the content checker would refuse where it can tell from the one file.
import { parse } from 'yaml';
import { cmsFormatters, collectionFields, fileNameField, kindOfFormat, type CmsCollection } from '../cms/formats.ts';
import { idsToMake } from '../cms/ids.ts';
import { checkEntry } from '../cms/check-entry.ts';
import { clearProblems, showProblems, type ShownProblem } from './cms-problems.ts';
import { existingFilesKey, namedElsewhereKey, reservedNamesKey, signInReadyKey } from '../cms/config-keys.ts';

// `npm run edit`: the preview reloads every open page of the site when a content file changes (each
// save). The editor is not one of them: reloaded, it would lose its place after every save. Vite's
// client reloads a page only when the path it is told matches, so the editor tells it another.
if (import.meta.hot) {
  import.meta.hot.on('vite:beforeFullReload', (payload: { path?: string }) => {
    payload.path = '/admin/not-this-page.html';
  });
}

interface DecapCms {
  registerCustomFormat(name: string, extension: string, formatter: object): void;
  registerEventListener(listener: { name: string; handler: (event: { entry: ImmutableEntry }) => unknown }): void;
  init(options: { config: object }): void;
}
/** Decap CMS's form data (an Immutable.js map). */
interface ImmutableData {
  toJS(): Record<string, unknown>;
  setIn(path: readonly (string | number)[], value: unknown): ImmutableData;
}
interface ImmutableEntry {
  get(key: 'collection' | 'path' | 'slug'): string;
  get(key: 'newRecord'): boolean | undefined;
  get(key: 'data'): ImmutableData;
}
declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: DecapCms;
  }
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

const {
  [existingFilesKey]: existingFiles = {},
  [reservedNamesKey]: reservedNames = {},
  [namedElsewhereKey]: namedElsewhere = {},
  [signInReadyKey]: signInReady = false,
  ...config
} = parse(await (await fetch('/admin/config.yml')).text()) as {
  collections: CmsCollection[];
  /** Absent in a deployment's build (its repository set): that editor signs in to GitHub only. */
  local_backend?: { url: string };
  [existingFilesKey]?: Record<string, string[]>;
  [reservedNamesKey]?: Record<string, string[]>;
  [namedElsewhereKey]?: Record<string, Record<string, string[]>>;
  [signInReadyKey]?: boolean;
};

/** True when decap-server (`npm run edit`) answers on this computer: Decap CMS then edits the files here. */
async function localBackendAnswers(): Promise<boolean> {
  if (!config.local_backend || !['localhost', '127.0.0.1'].includes(location.hostname)) return false;
  try {
    const response = await fetch(config.local_backend.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"action":"info"}',
    });
    return response.ok;
  } catch {
    return false;
  }
}

/** Says, in the page, that the live site's sign-in is not set up, instead of offering one that would fail. */
function sayNotSetUp(): void {
  const main = document.createElement('main');
  // The page has no stylesheet of its own (Decap CMS styles itself); a readable column, light or dark.
  main.style.cssText = 'max-width: 40rem; margin: 2rem auto; padding: 0 1rem; font: 1.125rem/1.5 system-ui, sans-serif';
  document.documentElement.style.colorScheme = 'light dark';
  const heading = document.createElement('h1');
  heading.textContent = 'Editing with forms is not set up on this site yet';
  heading.style.cssText = 'font-size: 1.75rem; line-height: 1.2';
  const why = document.createElement('p');
  why.textContent =
    'The editor saves to the site’s GitHub repository, which this build does not name (CMS_REPO was not set). ' +
    'The one-time set-up is in README.md, “One-time set-up for editing on the live site”.';
  const local = document.createElement('p');
  local.textContent = 'To edit on your own computer, run “npm run edit” and open the address it prints.';
  main.append(heading, why, local);
  document.body.append(main);
}

type Collection = CmsCollection & { folder?: string; extension?: string };

/** Where a save writes: the entry's file, or for a new file its folder and the name typed or picked in the form. */
function pathOf(entry: ImmutableEntry, collection: Collection | undefined, data: Record<string, unknown>): string {
  const known = entry.get('path');
  if (known) return known;
  return collection?.folder ? `${collection.folder}/${String(data[fileNameField] ?? '')}.${collection.extension ?? ''}` : '';
}

/**
 * The whole content check over the content as it would be after this save, run by the local back end
 * (`npm run edit`, scripts/cms-local-server.ts): the problems it would add, in the checker's words.
 */
async function wholeCheck(path: string, raw: string): Promise<ShownProblem[]> {
  const response = await fetch(config.local_backend!.url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ action: 'dasvCheckSave', params: { dataFiles: [{ path, raw }] } }),
  });
  if (!response.ok)
    return [{ message: `The content check could not run (${response.status}): the back end refuses the save if it breaks a rule.` }];
  return ((await response.json()) as { problems: ShownProblem[] }).problems;
}

/**
 * A new item of a list is added at its end, in the order of the report, which below 38 partners is
 * out of view: once added, it is brought into view and its first field is ready to type in.
 */
function showNewItems(): void {
  // In the capture phase: before the list adds the item (and whatever the list does with the event).
  document.addEventListener(
    'click',
    (event) => {
      const button = event.target instanceof Element ? event.target.closest('button') : null;
      if (!button || !/^Add\b/.test(button.textContent?.trim() ?? '')) return;
      // The list the button adds to: its nearest container holding items (or its field, while it has none).
      let list = button.parentElement;
      while (list && !list.querySelector('[class*=listControlItem]') && !/ControlContainer/.test(String(list.className)))
        list = list.parentElement;
      if (!list) return;
      const container = list;
      /** The list's own items (not those of lists inside them), in order. */
      const itemsOf = () =>
        [...container.querySelectorAll('[class*=listControlItem]')].filter((item) => {
          const outer = item.parentElement?.closest('[class*=listControlItem]');
          return !outer || !container.contains(outer);
        });
      const before = itemsOf().length;
      const bring = (tries: number) => {
        const items = itemsOf();
        if (items.length <= before) {
          if (tries > 0) setTimeout(() => bring(tries - 1), 50);
          return;
        }
        // Added at the end, in the report's order.
        const item = items[items.length - 1]!;
        item.scrollIntoView({ block: 'center' });
        // Ready to type in, unless the editor has already moved on to another field.
        const active = document.activeElement;
        if (!active || active === document.body || active === button)
          item.querySelector<HTMLElement>('input:not([type=hidden]):not([id^="id-field"]), textarea')?.focus();
      };
      setTimeout(() => bring(20), 0);
    },
    true,
  );
}

/** Starts Decap CMS with the config, our file formats and the check before saving. */
async function start(local: boolean): Promise<void> {
  window.CMS_MANUAL_INIT = true;
  await loadScript('/admin/decap/decap-cms.js');
  const cms = window.CMS!;
  const formatters = cmsFormatters(config.collections);
  for (const { name, extension, formatter } of formatters) cms.registerCustomFormat(name, extension, formatter);
  cms.registerEventListener({
    name: 'preSave',
    handler: async ({ entry }) => {
      clearProblems();
      const name = entry.get('collection');
      const collection = config.collections.find((c) => c.name === name) as Collection | undefined;
      // Items left without an id get one made from their words, saved and shown in the form from then on.
      const listsWithIds = new Set(
        (collection ? collectionFields(collection) : [])
          .filter((field) => field.widget === 'list' && field.fields?.some((f) => f.name === 'id'))
          .map((field) => field.name),
      );
      let withIds = entry.get('data');
      const made = idsToMake(withIds.toJS(), listsWithIds);
      for (const { path, id } of made) withIds = withIds.setIn(path, id);
      const data = withIds.toJS();
      const created = entry.get('newRecord') ? { existing: existingFiles[name] ?? [], reserved: reservedNames[name] ?? [] } : undefined;
      const path = pathOf(entry, collection, data);
      const problems: ShownProblem[] = checkEntry(name, data, created, namedElsewhere[entry.get('path')]).map((message) => ({ message }));
      // This file passes its own checks: with the local back end, the checks across files too.
      const formatter = formatters.find((f) => f.name === collection?.format)?.formatter;
      if (problems.length === 0 && local && formatter && path) problems.push(...(await wholeCheck(path, formatter.toFile(data))));
      if (problems.length === 0) return made.length > 0 ? withIds : undefined;
      await showProblems(problems, path, collection ? kindOfFormat(collection.format) === 'yaml-list' : false);
      throw new Error(`Not saved: ${problems.length === 1 ? 'a problem' : `${problems.length} problems`} to fix first, shown in the form.`);
    },
  });
  cms.init({ config: { ...config, load_config_file: false } });
  showNewItems();
}

const local = await localBackendAnswers();
if (signInReady || local) await start(local);
else sayNotSetUp();
