import { cmsSettingsFrom } from '../cms/settings.ts';
import { contentModel } from '../model/index.ts';
import { isPlainHost } from './link-rule.ts';

/**
 * What a published site must not carry: a placeholder standing in for a fact nobody has supplied yet.
 * A local build only warns (work in progress is normal); the deploy build, the one the publishing
 * workflow runs (.github/workflows/deploy.yml sets DASV_DEPLOY=production, as does netlify.toml for
 * a build on Netlify itself), refuses with the whole list. What counts:
 * - the site's address (SITE_URL) left to its default, or not a plain https address;
 * - the editor's repository (CMS_REPO) left unset, so /admin/ could not sign anyone in;
 * - text in content marked as not yet known: "[… to be added …]", "to be confirmed", TBC, TBA, TODO
 *   (the accessibility statement's "[contact details to be added…]" is the case that was live).
 */

/** Whether this build is the one that is published. */
export function isDeployBuild(env: Record<string, string | undefined> = process.env): boolean {
  return env['DASV_DEPLOY'] === 'production';
}

/** Words that mark text as not yet known. Square brackets around "to be added" are how the content marks a gap. */
const PLACEHOLDER =
  /\[[^\]\n]*\bto be (?:added|confirmed|checked|supplied)\b[^\]\n]*\]|\bto be confirmed\b|\b(?:TBC|TBA|TODO|FIXME|XXX)\b|\blorem ipsum\b/gi;

/** One thing a deploy build refuses, said for the person publishing. */
export interface Placeholder {
  /** Where: a file and line, or the setting's name. */
  readonly where: string;
  readonly what: string;
}

/** Every placeholder in the settings and the content of a build. */
export function placeholders(contentRoot: string, env: Record<string, string | undefined> = process.env): Placeholder[] {
  const found: Placeholder[] = [];
  const siteUrl = env['SITE_URL']?.trim();
  if (!siteUrl) {
    found.push({
      where: 'SITE_URL',
      what: "the site's published address is not set (canonical links, link previews and the sitemap need it)",
    });
  } else {
    const host = /^https:\/\/([^/?#]+)\/?$/.exec(siteUrl)?.[1];
    if (!host || !isPlainHost(host)) {
      found.push({ where: 'SITE_URL', what: `"${siteUrl}" is not an https address of a site, like https://www.example.org` });
    }
  }
  let editorConfigured = false;
  try {
    editorConfigured = cmsSettingsFrom(env).configured;
  } catch {
    editorConfigured = false;
  }
  if (!editorConfigured) {
    found.push({ where: 'CMS_REPO', what: "the editor's GitHub repository (owner/name) is not set, so /admin/ could not sign anyone in" });
  }
  // Every content file as the content model read it (a file it cannot read, the checker reports).
  for (const [file, { text }] of contentModel(contentRoot).files) {
    text.split('\n').forEach((line, index) => {
      for (const match of line.matchAll(PLACEHOLDER)) found.push({ where: `${file}, line ${index + 1}`, what: `"${match[0]}"` });
    });
  }
  return found;
}

/** The list as printed by a build. */
export function formatPlaceholders(found: readonly Placeholder[]): string {
  return found.map((p) => `  ${p.where}: ${p.what}`).join('\n');
}
