/**
 * <search-panel [filters]>: the site's search, a small interface on Pagefind's JavaScript API
 * (/pagefind/pagefind.js). Used by the header's search dialog (SiteSearch.astro) and by /search/
 * (with `filters`: "Filter results", collapsed on narrow screens). Loaded only when a reader starts
 * a search (src/browser/load-search.ts), as its own file: no page carries it. /search/ writes the
 * panel's first state in its HTML, so it paints at once; the panel takes those parts over.
 *
 * Before typing it offers a few example searches; a search about getting help or being unsafe
 * (content/search.yaml) shows "Need help now?" above the results; each page found is one result,
 * its best sections under it, each with an excerpt of up to two lines that shows the words
 * searched; with no result it suggests other searches and links to the whole report and to help.
 * The query stays in the search box: never in the URL, the history or any storage.
 */
import { matchStems } from './help-query';
import type { SearchData } from '../pages/search-data.json';

/** The parts of Pagefind's JavaScript API used here (https://pagefind.app/docs/api/). */
interface PagefindSection {
  readonly title: string;
  readonly url: string;
  readonly excerpt: string;
  readonly plain_excerpt?: string;
  readonly weighted_locations?: readonly { readonly balanced_score: number }[];
}
interface PagefindPage extends PagefindSection {
  readonly meta: { readonly title?: string };
  readonly sub_results: readonly PagefindSection[];
}
interface PagefindResult {
  data(): Promise<PagefindPage>;
}
type FilterCounts = Record<string, Record<string, number>>;
interface PagefindSearch {
  readonly results: readonly PagefindResult[];
  readonly filters: FilterCounts;
  readonly totalFilters?: FilterCounts;
}
interface Pagefind {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  search(term: string, options?: { filters?: Record<string, string[]> }): Promise<PagefindSearch | null>;
  filters(): Promise<FilterCounts>;
}

/** Results shown at first and added by "Show more results": each page's excerpts are fetched only when shown. */
const PAGE_SIZE = 5;
/** A pause in typing before searching, so a word is not searched letter by letter. */
const TYPING_PAUSE_MS = 120;
/** Sections shown under a page. */
const SECTIONS = 3;

/**
 * Pagefind, set up once per page. Ranking: an achievement's theme page is long beside the short
 * partner pages, so page length counts for less than Pagefind's default (0.75). Excerpts of 16 words
 * fit two lines. No Web Worker: the index is small, and the worker's code would be a download more.
 */
let engine: Promise<Pagefind> | undefined;
function loadEngine(): Promise<Pagefind> {
  const bundle = '/pagefind/pagefind.js';
  engine ??= (import(/* @vite-ignore */ bundle) as Promise<Pagefind>).then(async (pagefind) => {
    await pagefind.options({ excerptLength: 16, noWorker: true, ranking: { pageLength: 0.5 } });
    await pagefind.init();
    return pagefind;
  });
  engine.catch(() => (engine = undefined));
  return engine;
}

let settings: Promise<SearchData> | undefined;
function loadSettings(): Promise<SearchData> {
  settings ??= fetch('/search-data.json').then((response) => {
    if (!response.ok) throw new Error(`/search-data.json: ${response.status}`);
    return response.json() as Promise<SearchData>;
  });
  settings.catch(() => (settings = undefined));
  return settings;
}

type Child = Node | string | false | undefined;

/** A new element with attributes (a property where the name is one, such as `hidden`) and children. */
function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string | boolean> = {}, ...children: Child[]) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  element.append(...children.filter((child): child is Node | string => Boolean(child)));
  return element;
}

/**
 * An excerpt (Pagefind's HTML: escaped text with <mark>) that starts near the first word searched,
 * so that in two lines the reader sees it.
 */
function excerptNode(html: string): HTMLElement {
  const words = html.split(' ');
  const first = words.findIndex((word) => word.includes('<mark>'));
  const excerpt = h('p', { class: 'sp-excerpt' });
  excerpt.innerHTML = first > 5 ? `… ${words.slice(first - 3).join(' ')}` : html;
  return excerpt;
}

/** The title's words, those the excerpt marks as found wrapped in <mark>. */
function marked(title: string, excerpt: string): Child[] {
  const found = new Set([...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((match) => plain(match[1] ?? '')));
  return title.split(/(\s+)/).map((word) => (found.has(plain(word)) ? h('mark', {}, word) : word));
}

const plain = (text: string) =>
  text
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .toLowerCase();
const score = (section: PagefindSection) => (section.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);

let panels = 0;

/** Phrases sent as stems, joined by commas ("kill me,stalk"), as lists of stems. */
const phrases = (joined: string): string[][] => joined.split(',').map((phrase) => phrase.split(' '));

class SearchPanel extends HTMLElement {
  #input = h('input', { type: 'search', class: 'sp-input', autocomplete: 'off', spellcheck: 'false', enterkeyhint: 'search' });
  #status = h('p', { class: 'sp-status', role: 'status' });
  #help = h('div', { class: 'sp-help-slot' });
  #helpKey = '';
  #intro = h('div', { class: 'sp-intro' });
  #none = h('div', { class: 'sp-none', hidden: true });
  #results = h('ol', { class: 'sp-results', 'aria-label': 'Search results' });
  #more = h('button', { type: 'button', class: 'sp-more', hidden: true }, 'Show more results');
  #filters: HTMLDetailsElement | undefined;
  #filterGroups = h('div', { class: 'sp-filter-groups' });
  #chosen = new Map<string, Set<string>>();
  #found: readonly PagefindResult[] = [];
  #shown = 0;
  #run = 0;
  #timer: number | undefined;
  #data: SearchData | undefined;
  #filterable: Promise<FilterCounts> | undefined;
  #started = false;

  connectedCallback(): void {
    if (this.#started) return;
    this.#started = true;
    panels += 1;
    // /search/ has the panel's first state in its HTML, so it paints before this code arrives: take
    // it over, with whatever the reader has typed meanwhile. A panel lacking any part is built anew.
    if (!this.#adopt()) this.#build();
    if (this.#filters && window.matchMedia('(min-width: 48rem)').matches) this.#filters.open = true;
    this.#input.addEventListener('input', () => this.#schedule());
    this.#more.addEventListener('click', () => void this.#showMore(true));
    this.addEventListener('keydown', (event) => this.#arrowKeys(event));
    this.addEventListener('click', (event) => {
      const example = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-example]') : null;
      if (!example) return;
      this.#input.value = example.dataset['example'] ?? '';
      this.#input.focus();
      this.#schedule(0);
    });
    void loadEngine().catch(() => this.#say('Search could not load. Try again later.'));
    void loadSettings().then(
      (data) => {
        this.#data = data;
        // Examples already on the page stay (a reader may have one focused).
        if (this.#intro.childElementCount === 0) this.#intro.replaceChildren(h('p', {}, 'For example:'), this.#examples(data));
        this.#update();
      },
      () => undefined,
    );
    if (this.#input.value.trim() !== '') this.#schedule(0);
  }

  /** Takes over the first state the page rendered (src/pages/search.astro); false if any part is missing. */
  #adopt(): boolean {
    const input = this.querySelector<HTMLInputElement>('.sp-bar > input.sp-input');
    const status = this.querySelector<HTMLParagraphElement>('.sp-status');
    const help = this.querySelector<HTMLDivElement>('.sp-help-slot');
    const intro = this.querySelector<HTMLDivElement>('.sp-body > .sp-intro');
    const none = this.querySelector<HTMLDivElement>('.sp-body > .sp-none');
    const results = this.querySelector<HTMLOListElement>('.sp-body > ol.sp-results');
    const more = this.querySelector<HTMLButtonElement>('.sp-body > button.sp-more');
    const filters = this.querySelector<HTMLDetailsElement>('details.sp-filters');
    const filterGroups = filters?.querySelector<HTMLDivElement>('.sp-filter-groups');
    if (!input || !status || !help || !intro || !none || !results || !more) return false;
    if (this.hasAttribute('filters') && !filterGroups) return false;
    this.#input = input;
    this.#status = status;
    this.#help = help;
    this.#intro = intro;
    this.#none = none;
    this.#results = results;
    this.#more = more;
    if (filters && filterGroups) [this.#filters, this.#filterGroups] = [filters, filterGroups];
    return true;
  }

  /** Builds the panel's first state (the header's dialog starts with an empty <search-panel>). */
  #build(): void {
    this.#input.id = `sp-input-${panels}`;
    const label = h('label', { class: 'sp-label', for: this.#input.id }, 'Search this site');
    const body = h('div', { class: 'sp-body' }, this.#intro, this.#none, this.#results, this.#more);
    if (this.hasAttribute('filters')) {
      this.#filters = h('details', { class: 'sp-filters' }, h('summary', {}, 'Filter results'), this.#filterGroups);
      this.#filters.hidden = true;
    }
    this.replaceChildren(
      h('div', { class: 'sp-bar' }, label, this.#input),
      this.#status,
      this.#help,
      h('div', { class: 'sp-layout' }, this.#filters, body),
    );
  }

  /** The search box, for whoever opens the panel. */
  get input(): HTMLInputElement {
    return this.#input;
  }

  /** Forgets the query, its filters and its results (the dialog does this on closing). */
  reset(): void {
    this.#input.value = '';
    this.#chosen.clear();
    this.#schedule(0);
  }

  /** Searches for what the box holds, after a pause in typing (`wait` ms). */
  #schedule(wait = TYPING_PAUSE_MS): void {
    window.clearTimeout(this.#timer);
    this.#run += 1;
    this.#update();
    this.#timer = window.setTimeout(() => void this.#search().catch(() => this.#say('Search could not finish. Try again.')), wait);
  }

  /** Shows what belongs with the query as typed: the help box, and the examples when the box is empty. */
  #update(): void {
    const query = this.#input.value.trim();
    const data = this.#data;
    const match = data ? matchStems(query, this.#helpWords(data), this.#routes(data), data.help.always) : undefined;
    // The box is drawn again only when the services it lists change, so a screen reader is not sent back to its start at each letter.
    const listed = match?.help ? this.#helpServices(data!, match.services) : [];
    const key = listed.map((service) => service.id).join(' ');
    if (key !== this.#helpKey) {
      this.#helpKey = key;
      this.#help.replaceChildren(...(listed.length > 0 ? [this.#helpBox(data!, listed)] : []));
    }
    this.#intro.hidden = query !== '';
    if (query === '') {
      this.#none.hidden = true;
      this.#results.replaceChildren();
      this.#more.hidden = true;
      this.#status.textContent = '';
      if (this.#filters) this.#filters.hidden = true;
    }
  }

  async #search(): Promise<void> {
    const run = this.#run;
    const query = this.#input.value.trim();
    if (query === '') return;
    let pagefind: Pagefind;
    try {
      pagefind = await loadEngine();
    } catch {
      this.#say('Search could not load. Try again later.');
      return;
    }
    // Pagefind counts results by filter only once it has loaded the filters (the dialog has none: it never loads them).
    if (this.#filters) this.#filterable ??= pagefind.filters();
    await this.#filterable;
    if (run !== this.#run) return;
    const filters = Object.fromEntries(
      [...this.#chosen].filter(([, values]) => values.size > 0).map(([name, values]) => [name, [...values]]),
    );
    const found = await pagefind.search(query, { filters });
    if (!found || run !== this.#run) return;
    this.#found = found.results;
    this.#shown = 0;
    this.#results.replaceChildren();
    await this.#showMore(false);
    if (run !== this.#run) return;
    const count = found.results.length;
    this.#say(count === 0 ? `No results for “${query}”` : `${count} ${count === 1 ? 'result' : 'results'} for “${query}”`);
    this.#none.hidden = count > 0;
    if (count === 0 && this.#data) this.#none.replaceChildren(...this.#noResults(this.#data));
    if (this.#filters) await this.#showFilters(pagefind, found);
  }

  /** Adds the next few results; `focusFirst` moves focus to the first of them (after "Show more results"). */
  async #showMore(focusFirst: boolean): Promise<void> {
    const run = this.#run;
    const batch = this.#found.slice(this.#shown, this.#shown + PAGE_SIZE);
    const pages = await Promise.all(batch.map((result) => result.data()));
    if (run !== this.#run) return;
    const items = pages.map((page) => this.#result(page));
    this.#results.append(...items);
    this.#shown += batch.length;
    const left = this.#found.length - this.#shown;
    this.#more.hidden = left <= 0;
    this.#more.textContent = `Show more results (${left} more)`;
    if (focusFirst) items[0]?.querySelector('a')?.focus();
  }

  /** One page found: its title, then its best sections (or, with none, its own excerpt). */
  #result(page: PagefindPage): HTMLLIElement {
    const sections = page.sub_results
      .filter((section) => section.url.includes('#') && section.url !== page.url)
      .toSorted((a, b) => score(b) - score(a))
      .slice(0, SECTIONS);
    const item = h('li', { class: 'sp-result' }, h('a', { class: 'sp-title', href: page.url }, page.meta.title ?? page.url));
    if (sections.length === 0) {
      item.append(excerptNode(page.excerpt));
      return item;
    }
    item.append(
      h(
        'ul',
        { class: 'sp-sections' },
        ...sections.map((section) => {
          // A section whose excerpt is its whole title (an achievement) shows the words found in the link itself.
          if (plain(section.plain_excerpt ?? '') === plain(section.title)) {
            return h('li', {}, h('a', { href: section.url }, ...marked(section.title, section.excerpt)));
          }
          return h('li', {}, h('a', { href: section.url }, section.title), excerptNode(section.excerpt));
        }),
      ),
    );
    return item;
  }

  /** The help words and each service's routing words, as lists (search-data.json sends them joined by commas). */
  #helpWords = (data: SearchData) => (this.#words ??= phrases(data.helpWords));
  #routes = (data: SearchData) => (this.#routing ??= data.help.services.map((s) => ({ id: s.id, phrases: phrases(s.routing) })));
  #words: string[][] | undefined;
  #routing: { id: string; phrases: string[][] }[] | undefined;

  /** The services the box lists: those that fit the search (at most two), then the ones it always lists. */
  #helpServices(data: SearchData, fitting: readonly string[]): SearchData['help']['services'] {
    const ids = [...new Set([...fitting.slice(0, 2), ...data.help.always])];
    return ids.flatMap((id) => data.help.services.filter((service) => service.id === id));
  }

  #helpBox(data: SearchData, services: SearchData['help']['services']): HTMLElement {
    const id = `sp-help-${panels}`;
    return h(
      'aside',
      { class: 'sp-help', 'aria-labelledby': id },
      h('h2', { id }, 'Need help now?'),
      h(
        'ul',
        {},
        ...services.map((service) =>
          service.phone
            ? h(
                'li',
                {},
                `${service.name}: `,
                h('a', { href: `tel:${service.phone.replace(/\D/g, '')}` }, service.phone),
                service.hours && ` (${service.hours.toLowerCase()})`,
              )
            : h('li', {}, h('a', { href: `${data.help.href}#${service.id}` }, service.name)),
        ),
      ),
      data.help.silentCall && h('p', {}, data.help.silentCall),
      h('p', {}, h('a', { href: data.help.href }, 'More helplines and support')),
    );
  }

  #examples(data: SearchData): HTMLUListElement {
    return h(
      'ul',
      { class: 'sp-examples' },
      ...data.examples.map((example) => h('li', {}, h('button', { type: 'button', 'data-example': example }, example))),
    );
  }

  #noResults(data: SearchData): Node[] {
    return [
      h('p', {}, 'Check the spelling, or try fewer or other words, such as:'),
      this.#examples(data),
      h(
        'ul',
        { class: 'sp-elsewhere' },
        h('li', {}, h('a', { href: data.report.href }, data.report.label)),
        h('li', {}, h('a', { href: data.themes.href }, 'Browse the themes and aims')),
        h('li', {}, h('a', { href: data.help.href }, 'Get help now')),
      ),
    ];
  }

  /**
   * The filters of the values the results hold, with their counts. A filter with a single value
   * anywhere on the site (the Year, while there is one year) is not shown: it could not narrow anything.
   */
  async #showFilters(pagefind: Pagefind, found: PagefindSearch): Promise<void> {
    const everywhere = await (this.#filterable ??= pagefind.filters());
    const focused = document.activeElement instanceof HTMLInputElement ? document.activeElement.name : undefined;
    const totals = found.totalFilters ?? found.filters;
    // Fewest values first: the theme or aim before the long list of partners.
    const groups = Object.entries(everywhere)
      .filter(([, values]) => Object.keys(values).length > 1)
      .sort(([, a], [, b]) => Object.keys(a).length - Object.keys(b).length)
      .map(([name, values]) => {
        const chosen = this.#chosen.get(name) ?? new Set<string>();
        const shown = Object.keys(values)
          .filter((value) => (totals[name]?.[value] ?? 0) > 0 || chosen.has(value))
          .sort((a, b) => a.localeCompare(b, 'en-GB'));
        if (shown.length < 2 && chosen.size === 0) return undefined;
        return h(
          'fieldset',
          { class: 'sp-filter' },
          h('legend', {}, name),
          ...shown.map((value) => {
            const box = h('input', { type: 'checkbox', name: `${name}\u0000${value}`, checked: chosen.has(value) });
            box.addEventListener('change', () => {
              const values = this.#chosen.get(name) ?? new Set<string>();
              if (box.checked) values.add(value);
              else values.delete(value);
              this.#chosen.set(name, values);
              this.#schedule(0);
            });
            return h('label', {}, box, ` ${value} (${found.filters[name]?.[value] ?? 0})`);
          }),
        );
      })
      .filter((group): group is HTMLFieldSetElement => group !== undefined);
    this.#filterGroups.replaceChildren(...groups);
    if (this.#filters) this.#filters.hidden = groups.length === 0;
    if (focused) this.#filterGroups.querySelector<HTMLInputElement>(`input[name="${CSS.escape(focused)}"]`)?.focus();
  }

  #say(message: string): void {
    this.#status.textContent = message;
  }

  /** Up and Down move between the search box and the result links; Enter follows a link as usual. */
  #arrowKeys(event: KeyboardEvent): void {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const stops = [this.#input, ...this.#results.querySelectorAll<HTMLAnchorElement>('a')];
    const at = stops.indexOf(document.activeElement as HTMLInputElement);
    if (at === -1) return;
    const next = stops[at + (event.key === 'ArrowDown' ? 1 : -1)];
    if (!next) return;
    event.preventDefault();
    next.focus();
  }
}

if (!customElements.get('search-panel')) customElements.define('search-panel', SearchPanel);
