/**
 * Where the editor at /admin/ saves, and how editors sign in: the one place to set them, each read
 * from an environment variable when the site is built, so the partnership's deployment sets its own
 * repository without editing code. See README.md, "One-time set-up for editing on the live site".
 *
 *   CMS_REPO           the GitHub repository, owner/name. On Netlify's build machines, the repository the
 *                      site is linked to when unset; elsewhere no default: until it is set, /admin/ on the
 *                      live site says the editor is not set up, instead of offering a sign-in that fails
 *   CMS_BRANCH         the branch the deployment publishes (main)
 *   CMS_AUTH_URL       the origin of the OAuth service that signs editors in to GitHub (Netlify's,
 *                      https://api.netlify.com, unless the partnership runs its own)
 *   CMS_AUTH_ENDPOINT  its sign-in path (auth)
 *   CMS_SITE_DOMAIN    the site's domain as the OAuth service knows it (the host of SITE_URL)
 *   CMS_LOCAL_PORT     decap-server's port for `npm run edit` (8081); used only by a build with no CMS_REPO
 */

/** What `repo` says until the deployment sets CMS_REPO: the editor then offers no sign-in. */
export const placeholderRepo = 'OWNER/REPOSITORY';

type Env = Record<string, string | undefined>;

/** The value of an environment variable, or `fallback` when it is unset or blank. */
function read(env: Env, name: string, fallback: string): string {
  const value = env[name]?.trim();
  return value ? value : fallback;
}

/** An origin (https, no path): Decap CMS compares the sign-in window's origin with it exactly. */
function origin(env: Env, name: string, fallback: string): string {
  const value = read(env, name, fallback).replace(/\/+$/, '');
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (
    !url ||
    url.origin !== value ||
    !/^https:$|^http:$/.test(url.protocol) ||
    (url.protocol === 'http:' && url.hostname !== 'localhost')
  ) {
    throw new Error(`${name} must be an https origin with no path, like https://auth.example.org; found "${value}"`);
  }
  return value;
}

/**
 * On Netlify's own build machines (NETLIFY=true), the GitHub repository the site is linked to, from
 * REPOSITORY_URL (https://github.com/owner/name, perhaps with a token, or git@github.com:owner/name):
 * so a site built by Netlify needs nothing set. Anywhere else, undefined: set CMS_REPO.
 */
function netlifyRepository(env: Env): string | undefined {
  if (env['NETLIFY'] !== 'true') return undefined;
  const match = /github\.com[/:]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(env['REPOSITORY_URL'] ?? '');
  return match ? `${match[1]}/${match[2]}` : undefined;
}

/** The editor's settings for an environment (the build's own by default). */
export function cmsSettingsFrom(env: Env = process.env) {
  const repo = read(env, 'CMS_REPO', netlifyRepository(env) ?? placeholderRepo);
  if (repo !== placeholderRepo && !/^[\w.-]+\/[\w.-]+$/.test(repo)) {
    throw new Error(`CMS_REPO must be the GitHub repository as owner/name, like dasv-partnership/website; found "${repo}"`);
  }
  const siteUrl = read(env, 'SITE_URL', 'https://www.cambsdasv.org.uk');
  const authUrl = origin(env, 'CMS_AUTH_URL', 'https://api.netlify.com');
  const localPort = read(env, 'CMS_LOCAL_PORT', '8081');
  if (!/^\d+$/.test(localPort)) throw new Error(`CMS_LOCAL_PORT must be a port number; found "${localPort}"`);
  const localBackendUrl = `http://localhost:${localPort}/api/v1`;
  /** The API the editor calls on the live site. */
  const apiOrigin = 'https://api.github.com';
  return {
    /** False until CMS_REPO names the repository: /admin/ then says so instead of offering GitHub's sign-in. */
    configured: repo !== placeholderRepo,
    backend: {
      name: 'github',
      repo,
      /** Each save is a commit to this branch, which the deployment publishes. */
      branch: read(env, 'CMS_BRANCH', 'main'),
      /** GitHub needs a server to hold an OAuth app's secret: the sign-in window opens here. */
      base_url: authUrl,
      auth_endpoint: read(env, 'CMS_AUTH_ENDPOINT', 'auth').replace(/^\/+/, ''),
      site_domain: read(env, 'CMS_SITE_DOMAIN', new URL(siteUrl).hostname),
      api_root: apiOrigin,
    },
    /**
     * decap-server, started by `npm run edit` (which builds with no repository): only a build with no
     * repository set edits through it. A deployment's build (CMS_REPO set) has no local back end at all.
     */
    localBackendUrl: repo === placeholderRepo ? localBackendUrl : undefined,
    apiOrigin,
    authOrigin: authUrl,
    /**
     * Every origin the editor page may connect to besides itself, for its Content-Security-Policy's
     * connect-src: only what the set-up needs. With a repository set, GitHub's API alone: the sign-in
     * (Netlify's, or CMS_AUTH_URL's) happens in a pop-up window at its own origin, which connect-src does
     * not govern, and Decap CMS's GitHub back end never calls it (it asks no token refresh). Without one,
     * the live site's editor says it is not set up and connects nowhere; the local decap-server is
     * allowed so that `npm run edit` and the tests can edit through it on this computer.
     */
    connectOrigins: repo === placeholderRepo ? [new URL(localBackendUrl).origin] : [apiOrigin],
    siteUrl,
  } as const;
}

/** The editor's settings, as `cmsSettingsFrom` makes them. */
export type CmsSettings = ReturnType<typeof cmsSettingsFrom>;

export const cmsSettings = cmsSettingsFrom();
