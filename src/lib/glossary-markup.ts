/**
 * Marks the first use of each glossary term on a page as `<abbr title="expansion">`, linked to
 * its entry on /glossary/. Works on the rendered HTML, so it reaches every text a page shows in
 * document order (achievements, priorities, theme descriptions, MDX pages) without the content
 * files changing. Whole words only, case-sensitive, longest term first: "DA" is never found inside
 * "DASV" or "DARA", nor "Op" inside "Operation".
 */

/** What the markup needs of a glossary entry. */
export interface MarkableTerm {
  readonly id: string;
  readonly term: string;
  readonly expansion: string;
}

/** One use of a term found in a text. */
export interface TermUse {
  /** Where the use starts in the text. */
  readonly index: number;
  /** The text as written, e.g. "IDVAs" for the term "IDVA". */
  readonly text: string;
  readonly term: MarkableTerm;
}

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every use of a term in plain text, in order. A term followed by a lower-case "s" (a plural,
 * "IDVAs") counts as a use of it. Letters or digits on either side make it part of another word.
 */
export function findTermUses(text: string, terms: readonly MarkableTerm[]): TermUse[] {
  if (terms.length === 0) return [];
  const byTerm = new Map(terms.map((t) => [t.term, t]));
  // Longest first, so that at any position the longest term that fits wins.
  const alternatives = [...byTerm.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives.join('|')})s?(?![\\p{L}\\p{N}])`, 'gu');
  return [...text.matchAll(pattern)].map((match) => ({
    index: match.index,
    text: match[0],
    term: byTerm.get(match[1]!)!,
  }));
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Elements whose text is never marked: links and abbreviations already, headings, code, controls. */
const SKIPPED = new Set([
  'a',
  'abbr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'code',
  'pre',
  'kbd',
  'button',
  'label',
  'select',
  'svg',
  'title',
  'dfn',
]);
/** Elements whose content is not HTML: jumped over whole. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'template']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

const TOKEN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|[^<]+|</g;

/**
 * The page's HTML with the first use of each term inside `<main>` wrapped as
 * `<a class="glossary-term" href="…"><abbr title="…">TERM</abbr></a>`. Text inside any element
 * in SKIPPED, or inside an element with a `data-no-glossary` attribute, is left alone.
 */
export function markFirstUses(html: string, terms: readonly MarkableTerm[], glossaryHref: (id: string) => string): string {
  const start = html.search(/<main[\s>]/);
  const end = html.lastIndexOf('</main>');
  if (start === -1 || end === -1 || terms.length === 0) return html;

  const unmarked = new Map(terms.map((t) => [t.term, t]));
  const open: { name: string; skips: boolean }[] = [];
  let skipping = 0;
  let out = '';
  const region = html.slice(start, end);
  TOKEN.lastIndex = 0;
  let token: RegExpExecArray | null;
  while ((token = TOKEN.exec(region)) !== null) {
    const [whole, closing, rawName, attributes = ''] = token;
    if (rawName === undefined) {
      const isText = !whole.startsWith('<!--');
      out += isText && skipping === 0 && unmarked.size > 0 ? markText(whole, unmarked, glossaryHref) : whole;
      continue;
    }
    const name = rawName.toLowerCase();
    out += whole;
    if (closing) {
      const at = open.findLastIndex((element) => element.name === name);
      if (at === -1) continue;
      for (const element of open.splice(at)) if (element.skips) skipping -= 1;
      continue;
    }
    if (RAW_TEXT.has(name)) {
      const closeAt = region.toLowerCase().indexOf(`</${name}`, TOKEN.lastIndex);
      const resume = closeAt === -1 ? region.length : closeAt;
      out += region.slice(TOKEN.lastIndex, resume);
      TOKEN.lastIndex = resume;
      continue;
    }
    if (VOID.has(name) || attributes.trimEnd().endsWith('/')) continue;
    const skips = SKIPPED.has(name) || /\sdata-no-glossary(?=[\s=/]|$)/.test(attributes);
    if (skips) skipping += 1;
    open.push({ name, skips });
  }
  return html.slice(0, start) + out + html.slice(end);
}

/** Marks, in one HTML text node, the first use of each term still in `unmarked` (and removes it). */
function markText(text: string, unmarked: Map<string, MarkableTerm>, glossaryHref: (id: string) => string): string {
  // Character references (&amp;) are not words: match only between them.
  return text
    .split(/(&[#a-zA-Z0-9]+;)/)
    .map((part, partIndex, parts) => {
      if (part.startsWith('&') || unmarked.size === 0) return part;
      let result = '';
      let from = 0;
      for (const use of findTermUses(part, [...unmarked.values()])) {
        if (!unmarked.has(use.term.term)) continue;
        unmarked.delete(use.term.term);
        result += part.slice(from, use.index);
        // Where the words already spell it out ("Multi Agency Risk Assessment Conference (MARAC)"), the
        // abbreviation gets no title: a printed page adds the title after it, and would say it twice.
        const title = spelledOut(
          parts.slice(0, partIndex).join('') + part,
          parts.slice(0, partIndex).join('').length + use.index,
          use.text.length,
          use.term.expansion,
        )
          ? ''
          : ` title="${escapeAttribute(use.term.expansion)}"`;
        result += `<a class="glossary-term" href="${escapeAttribute(glossaryHref(use.term.id))}"><abbr${title}>${use.text}</abbr></a>`;
        from = use.index + use.text.length;
      }
      return result + part.slice(from);
    })
    .join('');
}

/** True where the expansion stands right beside the term, before it ("Conference (MARAC") or after it ("MARAC (Multi"). */
function spelledOut(html: string, index: number, length: number, expansion: string): boolean {
  const plain = (part: string) => part.replaceAll('&amp;', '&').toLowerCase();
  const words = plain(expansion);
  const before = plain(html.slice(0, index)).replace(/[\s(]+$/, '');
  const after = plain(html.slice(index + length));
  return before.endsWith(words) || (/^\s*\(\s*/.test(after) && after.replace(/^\s*\(\s*/, '').startsWith(words));
}
