/**
 * Names content cannot take because the site's own routes take them, listed once: the checker
 * refuses a file by these (src/checker/references.ts), and the editor refuses a new file by the same
 * lists before it is saved (src/cms/content-facts.ts). A standing page's are `reservedPageIds`
 * (src/schemas/page.ts, beside the rule that uses them); tests/unit/reserved-names.test.ts keeps the
 * lists complete against src/pages/.
 */

/**
 * The names of the pages every year has beside its themes' (src/pages/[year]/): `/2024-25/figures/`.
 * A theme's file name is its address in each year (`/2024-25/<theme>/`), so it cannot be one of these.
 */
export const yearPageNames: readonly string[] = ['figures', 'priorities', 'report'];

/** The other names of a year's routes a theme cannot take (its data files, its index), with the first two above. */
export const reservedThemeIds: readonly string[] = ['figures', 'report', 'achievements', 'index'];

/** Every name a new theme cannot take, for the editor (the checker names each list in its own message). */
export const takenThemeNames: readonly string[] = [...new Set([...yearPageNames, ...reservedThemeIds])].sort();
