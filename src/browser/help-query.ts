/**
 * Whether a search is someone seeking help, and which services fit them: then search shows "Need
 * help now?" above its results, the service that fits first. Words and phrases are compared by
 * their stems, so "stalker", "stalked" and "stalking" are one word, "refuges" is "refuge" and
 * "my husband hits me" holds "hit". The signals come from content (search.yaml's helpWords, each
 * service's routing words in help.yaml). Runs in the browser on every keystroke, and in unit tests
 * (tests/unit/help-queries.test.ts); nothing of the query is kept.
 */

/** The query's words: lower case, curly apostrophes straightened, split on anything but letters, digits and apostrophes. */
export function queryWords(query: string): string[] {
  return query
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .split(/[^\p{L}\p{N}'+]+/u)
    .map((word) => word.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
}

/** Endings taken off a word, longest first; the stem must keep at least three letters. */
const endings = [
  'ingly',
  'edly',
  'ness',
  'ment',
  'ings',
  'ing',
  'ers',
  'ive',
  'ion',
  'ist',
  'ful',
  'al',
  'ed',
  'en',
  'er',
  'es',
  'ly',
  's',
  'e',
];

/**
 * A word's stem, enough to make the forms people type one word: "abused", "abuser", "abusive" and
 * "abuse" are all "abus"; "hitting" and "hits" are "hit". Not a full stemmer: only the endings
 * above, then a doubled last letter made single.
 */
export function stem(word: string): string {
  // "policies" is "policy", never "police".
  let w = word
    .toLowerCase()
    .replace(/'s$|'$/, '')
    .replace(/^'/, '')
    .replace(/ies$/, 'y');
  if (/\d/.test(w) || w.length <= 3) return w;
  for (let round = 0; round < 2; round++) {
    const ending = endings.find((end) => w.endsWith(end) && w.length - end.length >= 3 && !(end === 's' && w.endsWith('ss')));
    if (!ending) break;
    w = w.slice(0, -ending.length);
  }
  if (/([b-df-hj-np-tv-z])\1$/.test(w) && !w.endsWith('ss')) w = w.slice(0, -1);
  return w;
}

/** A word or phrase as the stems it is compared by. */
export function stems(text: string): string[] {
  return queryWords(text).map(stem);
}

/** Whether `phrase` (stems) occurs in `query` (stems), its words in order, at most one other word between each two. */
function holds(query: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0) return false;
  for (let start = 0; start < query.length; start++) {
    if (query[start] !== phrase[0]) continue;
    let at = start;
    let matched = 1;
    while (matched < phrase.length) {
      const next = query.indexOf(phrase[matched]!, at + 1);
      if (next === -1 || next - at > 2) break;
      at = next;
      matched += 1;
    }
    if (matched === phrase.length) return true;
  }
  return false;
}

/** A help service as search sees it: its id and the words that route to it. */
export interface HelpRoute {
  readonly id: string;
  readonly routing: readonly string[];
}

/** What a query asks of help: whether to show the help box, and the services that fit, best first. */
export interface HelpMatch {
  readonly help: boolean;
  readonly services: readonly string[];
}

/**
 * Matches a query against the help words and each service's routing words. A service fits when one
 * of its words or phrases occurs. Services made for someone (men, LGBT+ people, children…) come
 * before the `general` ones that help everyone (999, the National Domestic Abuse Helpline), so
 * "domestic abuse against men" puts the Men's Advice Line first; then the one with the most (a
 * phrase counts for its words) first, ties in the file's order. A query that fits a service is a
 * help query too.
 */
export function matchHelp(
  query: string,
  helpWords: readonly string[],
  routes: readonly HelpRoute[],
  general: readonly string[] = [],
): HelpMatch {
  return matchStems(
    query,
    helpWords.map((word) => stems(word)),
    routes.map((route) => ({ id: route.id, phrases: route.routing.map((phrase) => stems(phrase)) })),
    general,
  );
}

/** A help word or routing phrase as its stems, joined by spaces: how search-data.json sends them, made once at build. */
export const stemmed = (phrase: string): string => stems(phrase).join(' ');

/** matchHelp, with the help words and routing phrases already as stems (each a list). */
export function matchStems(
  query: string,
  helpPhrases: readonly (readonly string[])[],
  routes: readonly { readonly id: string; readonly phrases: readonly (readonly string[])[] }[],
  general: readonly string[] = [],
): HelpMatch {
  const words = stems(query);
  if (words.length === 0) return { help: false, services: [] };
  const scored = routes
    .map((route, order) => {
      const score = route.phrases.reduce((sum, phrase) => sum + (holds(words, phrase) ? phrase.length : 0), 0);
      return { id: route.id, score, order, general: general.includes(route.id) ? 1 : 0 };
    })
    .filter((route) => route.score > 0)
    .sort((a, b) => a.general - b.general || b.score - a.score || a.order - b.order);
  const help = scored.length > 0 || helpPhrases.some((phrase) => holds(words, phrase));
  return { help, services: scored.map((route) => route.id) };
}

/** True when the query looks like someone seeking help or feeling unsafe. */
export function isHelpQuery(query: string, helpWords: readonly string[], routes: readonly HelpRoute[] = []): boolean {
  return matchHelp(query, helpWords, routes).help;
}
