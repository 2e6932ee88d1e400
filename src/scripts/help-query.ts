/**
 * Whether a search is about getting help or being unsafe: then search shows "Need help now?" above
 * its results. The words come from content/search.yaml (helpWords). Runs in the browser, on every
 * keystroke, and nothing of the query is kept.
 */

/** The query's words: lower case, curly apostrophes straightened, split on anything but letters, digits and apostrophes. */
export function queryWords(query: string): string[] {
  return query
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);
}

/**
 * True when the query holds one of the help words as a whole word (or its plural, with "s" or
 * "es"), or one of the help phrases as whole words in order. "Refuges" matches "refuge"; "helper"
 * does not match "help".
 */
export function isHelpQuery(query: string, helpWords: readonly string[]): boolean {
  const words = queryWords(query);
  if (words.length === 0) return false;
  const joined = ` ${words.join(' ')} `;
  return helpWords.some((help) => {
    const wanted = help.toLowerCase();
    if (wanted.includes(' ')) return joined.includes(` ${wanted} `);
    return words.includes(wanted) || words.includes(`${wanted}s`) || words.includes(`${wanted}es`);
  });
}
