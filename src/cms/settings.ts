/**
 * Where the editor at /admin/ saves: the one place to set the repository and how editors sign in.
 * See README.md, "Editing with forms", for the one-time set-up.
 */
export const cmsSettings = {
  backend: {
    name: 'github',
    /** The GitHub repository that holds this site, as owner/name. To confirm before publishing. */
    repo: process.env['CMS_REPO'] ?? 'OWNER/REPOSITORY',
    /** The branch the deployment publishes: each save is a commit to it. */
    branch: 'main',
    /**
     * The OAuth service that signs editors in to GitHub (GitHub needs a server to hold the OAuth
     * app's secret): Netlify's (https://api.netlify.com, when the site is on Netlify) or a small
     * proxy of the partnership's own. Leave unset to use Netlify's.
     */
    ...(process.env['CMS_AUTH_URL'] ? { base_url: process.env['CMS_AUTH_URL'] } : {}),
  },
  /** decap-server, started by `npm run edit` (PORT 8081 unless CMS_LOCAL_PORT says otherwise). */
  localBackendUrl: `http://localhost:${process.env['CMS_LOCAL_PORT'] ?? '8081'}/api/v1`,
  /** The API the editor calls on the live site; the only other origin its Content-Security-Policy allows. */
  apiOrigin: 'https://api.github.com',
  siteUrl: process.env['SITE_URL'] ?? 'https://www.cambsdasv.org.uk',
} as const;
