import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { cmsConfig } from '../../cms/config.ts';
import { cmsSettings } from '../../cms/settings.ts';
import { contentDir } from '../../lib/content-layout.ts';
import { contentModel } from '../../model/index.ts';

/**
 * The editor's configuration, made from the schemas at build time (src/cms/config.ts). A build's is
 * a public file, so it names nothing of a draft; `npm run edit` (astro dev) names everything.
 */
export const GET: APIRoute = ({ url }) => {
  const leaveOut = import.meta.env.DEV ? undefined : contentModel(contentDir()).drafts;
  // In `npm run edit`, the editor's links to the site ("View Live", the site's address) go to the
  // preview on this computer, which shows the change just saved (and drafts), not the live site.
  const settings = import.meta.env.DEV ? { ...cmsSettings, siteUrl: url.origin } : cmsSettings;
  const config = cmsConfig(contentDir(), settings, leaveOut);
  return new Response(
    `# Made by src/cms/config.ts from the schemas in src/schemas/: do not edit.\n${stringify(config, { lineWidth: 0 })}`,
    {
      headers: { 'Content-Type': 'text/yaml; charset=utf-8' },
    },
  );
};
