/**
 * Where /admin/config.yml lists, by collection, the files that exist, for the check before saving a
 * new entry (src/cms/check-entry.ts). Not Decap CMS's: src/scripts/cms-admin.ts takes it out of
 * the config before Decap CMS reads it. Its own module, so the editor's script does not load config.ts.
 */
export const existingFilesKey = 'dasv_existing_files';
