// The editor at /admin/: Decap CMS (served from our own build, /admin/decap/), set up with the
// config made from the schemas (/admin/config.yml), reading and writing files through our own
// serialiser (src/cms/formats.ts) so a file saved unchanged stays byte for byte the same,
// and refusing to save what the content checker would refuse where it can tell from the one file.
import { parse } from 'yaml';
import { cmsFormatters, type CmsCollection } from '../cms/formats.ts';
import { checkEntry } from '../cms/check-entry.ts';
import { existingFilesKey } from '../cms/config-keys.ts';

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

const { [existingFilesKey]: existingFiles = {}, ...config } = parse(await (await fetch('/admin/config.yml')).text()) as {
  collections: CmsCollection[];
  [existingFilesKey]?: Record<string, string[]>;
};
window.CMS_MANUAL_INIT = true;
await loadScript('/admin/decap/decap-cms.js');
const cms = window.CMS!;
for (const { name, extension, formatter } of cmsFormatters(config.collections)) cms.registerCustomFormat(name, extension, formatter);
cms.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    const collection = entry.get('collection');
    const created = entry.get('newRecord') ? { existing: existingFiles[collection] ?? [] } : undefined;
    const problems = checkEntry(collection, entry.get('data').toJS(), created);
    if (problems.length > 0) throw new Error(`Not saved. ${problems.join(' ')}`);
    return undefined;
  },
});
cms.init({ config: { ...config, load_config_file: false } });
