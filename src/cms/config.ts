import path from 'node:path';
import { contentDir } from '../lib/content-layout.ts';
import type { Drafted } from '../lib/drafts.ts';
import {
  glossaryCollection,
  helpCollection,
  pagesCollection,
  partnersCollection,
  safetyCollection,
  searchCollection,
  strategyCollection,
  themesCollection,
  yearsCollection,
} from './collections.ts';
import { signInReadyKey } from './config-keys.ts';
import { editorFacts, formYears, noDrafts } from './content-facts.ts';
import { withIdsMadeFromWords, type Collection } from './form-parts.ts';
import { cmsSettings as defaultSettings } from './settings.ts';
import { chartsCollection, figuresCollection, progressCollection } from './yearly-collections.ts';

/**
 * The Decap CMS configuration of the editor at /admin/ (served as /admin/config.yml): the backend,
 * and a collection for every kind of content, its forms made from the zod schemas in src/schemas/
 * (src/cms/schema-fields.ts) so that the forms and the content checker cannot drift apart.
 * References between files (partners, themes, achievements, figures) are pick-lists of what exists.
 * Collections for yearly files (progress, figures, charts) are made for each year in content/years/.
 */
export function cmsConfig(dir = contentDir(), settings = defaultSettings, leaveOut: Drafted = noDrafts): Record<string, unknown> {
  // content/ as the editor names it: from the repository's top, where decap-server runs.
  const root = path.relative(process.cwd(), path.resolve(dir)).split(path.sep).join('/') || '.';
  const years = formYears(dir, leaveOut);
  const collections: Collection[] = [
    ...years.map((entry) => progressCollection(root, entry)),
    themesCollection(root),
    partnersCollection(root),
    figuresCollection(root, years),
    chartsCollection(root, years),
    yearsCollection(root),
    pagesCollection(root),
    glossaryCollection(root),
    helpCollection(root),
    strategyCollection(root),
    safetyCollection(root),
    searchCollection(root),
  ];
  return {
    backend: settings.backend,
    // On localhost with `npm run edit` running, the editor reads and writes the files on this
    // computer through decap-server instead of signing in to GitHub.
    // A deployment's build (repository set) has none: its editor signs in to GitHub only.
    ...(settings.localBackendUrl ? { local_backend: { url: settings.localBackendUrl } } : {}),
    // Each save is a commit to the published branch, which the deployment publishes.
    publish_mode: 'simple',
    // The site has no uploaded images; Decap CMS requires a media folder all the same.
    media_folder: 'public/uploads',
    public_folder: '/uploads',
    site_url: settings.siteUrl,
    display_url: settings.siteUrl,
    logo_url: '/favicon.svg',
    search: false,
    collections: collections.map((collection) => withIdsMadeFromWords({ editor: { preview: false }, ...collection })),
    // Not Decap CMS's (src/browser/cms-admin.ts takes them out before Decap CMS reads the config):
    // what the editor knows of the content (src/cms/content-facts.ts), and whether the live site's
    // sign-in is set up.
    ...editorFacts(dir, root, years, leaveOut),
    [signInReadyKey]: settings.configured,
  };
}
