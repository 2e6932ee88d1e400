/**
 * Loads Pagefind's Component UI (its custom elements and stylesheet) once, on demand, from the
 * search bundle the build writes to /pagefind/, with the site's styles for it (search.css).
 * Browser-only. Nothing loads until a reader starts a search, so pages stay light; the index
 * itself loads on the first query.
 */
// A file of its own, not part of the site's stylesheet: only a search needs it.
import searchStyles from '../styles/search.css?url';

/** Where the build writes Pagefind's bundle (see src/integrations/pagefind.ts). */
export const pagefindBundle = '/pagefind/';

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

/** The part of the Component UI's global API used here (`window.PagefindComponents`). */
interface PagefindComponents {
  getInstanceManager(): { getInstance(name: string): { triggerLoad(): Promise<void> } };
}

/**
 * Resolves when the `pagefind-*` elements are defined and styled and the named search instance
 * has loaded its index; rejects when there is no search bundle. Loading the index before the
 * search box appears matters: Pagefind 1.6 drops a query typed while its index is still loading.
 */
export async function loadPagefindUi(instance = 'default'): Promise<void> {
  await loadComponentUi();
  const components = (window as { PagefindComponents?: PagefindComponents }).PagefindComponents;
  await components?.getInstanceManager().getInstance(instance).triggerLoad();
}

/** Loads an ES module by its URL with a <script type="module">, resolving once it has run. */
function loadModuleScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = src;
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => reject(new Error(`could not load ${src}`)));
    document.head.append(script);
  });
}

function loadComponentUi(): Promise<void> {
  loading ??= Promise.all([
    loadStylesheet(`${pagefindBundle}pagefind-component-ui.css`),
    loadStylesheet(searchStyles),
    // The bundle exists only in the built site. It is loaded by a script element, not import():
    // the bundler wraps every import() in a preload helper that would cost each page 0.9 KB.
    loadModuleScript(`${pagefindBundle}pagefind-component-ui.js`),
  ]).then(() => undefined);
  // Let a later attempt retry (a dropped connection, say).
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
