// The editor at /admin/: Decap CMS (served from our own build, /admin/decap/), set up with the
// config made from the schemas (/admin/config.yml), reading and writing files through our own
// serialiser (src/cms/formats.ts) so a file saved unchanged stays byte for byte the same,
// and refusing to save what the content checker would refuse where it can tell from the one file.
import { parse } from 'yaml';
import { cmsFormatters, type CmsCollection } from '../cms/formats.ts';
import { checkEntry } from '../cms/check-entry.ts';
import { existingFilesKey, namedElsewhereKey, reservedNamesKey, signInReadyKey } from '../cms/config-keys.ts';

interface DecapCms {
  registerCustomFormat(name: string, extension: string, formatter: object): void;
  registerEventListener(listener: { name: string; handler: (event: { entry: ImmutableEntry }) => unknown }): void;
  init(options: { config: object }): void;
}
interface ImmutableEntry {
  get(key: 'collection' | 'path' | 'slug'): string;
  get(key: 'newRecord'): boolean | undefined;
  get(key: 'data'): { toJS(): Record<string, unknown> };
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
  local_backend: { url: string };
  [existingFilesKey]?: Record<string, string[]>;
  [reservedNamesKey]?: Record<string, string[]>;
  [namedElsewhereKey]?: Record<string, Record<string, string[]>>;
  [signInReadyKey]?: boolean;
};

/** True when decap-server (`npm run edit`) answers on this computer: Decap CMS then edits the files here. */
async function localBackendAnswers(): Promise<boolean> {
  if (!['localhost', '127.0.0.1'].includes(location.hostname)) return false;
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

/** Starts Decap CMS with the config, our file formats and the check before saving. */
async function start(): Promise<void> {
  window.CMS_MANUAL_INIT = true;
  await loadScript('/admin/decap/decap-cms.js');
  const cms = window.CMS!;
  for (const { name, extension, formatter } of cmsFormatters(config.collections)) cms.registerCustomFormat(name, extension, formatter);
  cms.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const collection = entry.get('collection');
      const created = entry.get('newRecord')
        ? { existing: existingFiles[collection] ?? [], reserved: reservedNames[collection] ?? [] }
        : undefined;
      const problems = checkEntry(collection, entry.get('data').toJS(), created, namedElsewhere[entry.get('path')]);
      if (problems.length > 0) throw new Error(`Not saved. ${problems.join(' ')}`);
      return undefined;
    },
  });
  cms.init({ config: { ...config, load_config_file: false } });
}

if (signInReady || (await localBackendAnswers())) await start();
else sayNotSetUp();
