/**
 * Loads the site's search interface (the <search-panel> element of src/browser/search-ui.ts, on
 * Pagefind's JavaScript API) and its stylesheet (search.css) once, on demand. Browser-only. Nothing
 * loads until a reader starts a search, so pages stay light; Pagefind and its index load when the
 * panel first appears.
 */
// Files of their own, not part of any page: only a search needs them. The interface is built as a
// separate bundle (Vite's `?worker&url` builds a module with its imports into one file and gives its
// address; it runs here in the page, not as a Web Worker), so loading it needs no import(), which
// the bundler would wrap in a preload helper costing every page 0.9 KB.
import searchUi from './search-ui.ts?worker&url';
import searchStyles from '../styles/search.css?url';

let loading: Promise<void> | undefined;

function loadStylesheet(href: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => reject(new Error(`could not load ${href}`)));
    document.head.append(link);
  });
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => reject(new Error(`could not load ${src}`)));
    document.head.append(script);
  });
}

/** True when the page's own stylesheet already holds search.css (/search/ does, to paint its form at once). */
function styled(): boolean {
  return getComputedStyle(document.documentElement).getPropertyValue('--search-styles') !== '';
}

/** Resolves when <search-panel> is defined and styled; rejects when its files cannot be fetched. */
export function loadSearchUi(): Promise<void> {
  loading ??= Promise.all([styled() ? undefined : loadStylesheet(searchStyles), loadScript(searchUi)]).then(() => undefined);
  // Let a later attempt retry (a dropped connection, say).
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
