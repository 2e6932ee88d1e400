/**
 * Keys /admin/config.yml adds for the editor's own checks (src/cms/check-entry.ts), not Decap CMS's:
 * src/browser/cms-admin.ts takes them out of the config before Decap CMS reads it. Their own module,
 * so the editor's script does not load config.ts.
 */

/** By collection, the names of the files that exist, which a new file's name must not repeat. */
export const existingFilesKey = 'dasv_existing_files';

/** By collection, names a new file cannot take because the site has a page of that name already. */
export const reservedNamesKey = 'dasv_reserved_names';

/** False until the repository is set (CMS_REPO): the live site's editor then says so and offers no sign-in. */
export const signInReadyKey = 'dasv_sign_in_ready';

/**
 * By file, the ids it defines that other files name (a partner named by achievements, a figure by a
 * chart or a `<Figure id>`, an achievement by a figure), with those files: the check before saving
 * refuses to remove or rename one while it is named.
 */
export const namedElsewhereKey = 'dasv_named_elsewhere';
