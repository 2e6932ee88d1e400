/**
 * The header's search control (<site-search>, src/components/SiteSearch.astro): makes its button open the
 * search dialog. Part of every page's one script (every-page.ts).
 */
import { loadSearchUi } from './load-search';

/** The part of <search-panel> (src/browser/search-ui.ts) used here. */
interface SearchPanel extends HTMLElement {
  readonly input: HTMLInputElement;
  reset(): void;
}

class SiteSearch extends HTMLElement {
  #dialog: HTMLDialogElement | undefined;
  #button = this.querySelector<HTMLButtonElement>('.search-button');

  connectedCallback(): void {
    // In `astro dev` there is no index: the link leads to /search/, which says so.
    if (import.meta.env.DEV || !this.#button) {
      this.setAttribute('data-link-only', '');
      return;
    }
    const link = this.querySelector<HTMLAnchorElement>('.search-link');
    if (link) link.hidden = true;
    this.#button.hidden = false;
    // Drawn over the room "Ctrl K" keeps (the styles below), so the button keeps its width.
    if (/Mac|iPhone|iPad/.test(navigator.platform)) this.#button.querySelector('.search-shortcut')?.setAttribute('data-keys', '⌘ K');
    this.#button.addEventListener('click', () => void this.open());
    // Start fetching the search's code as soon as a reader heads for the button.
    this.#button.addEventListener('pointerenter', () => void loadSearchUi().catch(() => undefined), { once: true });
    document.addEventListener('keydown', (event) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        void this.open();
      }
    });
  }

  /**
   * Loads the search's code (src/browser/load-search.ts) without opening the dialog: /search/ uses
   * it for its own form, so the loader is part of every page's one script rather than a file of its
   * own that every page would wait for.
   */
  load(): Promise<void> {
    return loadSearchUi();
  }

  async open(): Promise<void> {
    if (this.#dialog?.open) return;
    // A reader may start typing before the search's code has arrived: keep those keys for it.
    const typed: string[] = [];
    const keep = (event: KeyboardEvent): void => {
      if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
        typed.push(event.key);
        event.preventDefault();
      }
    };
    document.addEventListener('keydown', keep, true);
    try {
      await loadSearchUi();
    } catch {
      // No search bundle reachable: the search page explains, and works once it is.
      window.location.assign(this.querySelector<HTMLAnchorElement>('.search-link')?.href ?? '/search/');
      return;
    } finally {
      document.removeEventListener('keydown', keep, true);
    }
    this.#dialog ??= this.#createDialog();
    this.#dialog.showModal();
    this.#button?.setAttribute('aria-expanded', 'true');
    const panel = this.#dialog.querySelector<SearchPanel>('search-panel');
    if (!panel) return;
    panel.input.focus();
    if (typed.length > 0) {
      panel.input.value += typed.join('');
      panel.input.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }

  /**
   * A modal dialog holding the search panel. Modal, so the page behind is out of reach: the dialog
   * carries its own "Exit this page" (data-quick-exit: the <head> script takes it), so a
   * way out is on top in every state.
   */
  #createDialog(): HTMLDialogElement {
    const dialog = document.createElement('dialog');
    dialog.className = 'site-search-dialog';
    dialog.setAttribute('aria-label', 'Search');
    const bar = document.createElement('div');
    bar.className = 'ssd-bar';
    const exit = document.createElement('a');
    exit.className = 'ssd-exit';
    exit.href = document.querySelector<HTMLAnchorElement>('a[data-quick-exit]')?.href ?? '/staying-safe-online/#how-quick-exit-works';
    exit.rel = 'nofollow noreferrer';
    exit.dataset['quickExit'] = '';
    exit.textContent = 'Exit this page';
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'ssd-close';
    close.textContent = 'Close';
    close.addEventListener('click', () => dialog.close());
    bar.append(close, exit);
    const panel = document.createElement('search-panel');
    dialog.append(bar, panel);
    document.body.append(dialog);
    // A click on the backdrop, outside the dialog's box, closes it. So does a result on this very
    // page, which the <head> script has moved to without a history entry (src/lib/quick-exit-script.ts):
    // the dialog closes so the part is seen, and focus goes to it.
    let focusAfter: HTMLElement | null = null;
    dialog.addEventListener('click', (event) => {
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href]') : null;
      const url = link && !link.hasAttribute('data-quick-exit') ? new URL(link.href) : undefined;
      if (url?.hash && url.pathname === location.pathname) {
        focusAfter = document.getElementById(decodeURIComponent(url.hash.slice(1)));
        dialog.close();
      }
      if (event.target === dialog) dialog.close();
    });
    dialog.addEventListener('close', () => {
      // Closing the dialog forgets the query: nothing is left for the next person at the screen.
      (panel as SearchPanel).reset();
      this.#button?.setAttribute('aria-expanded', 'false');
      (focusAfter ?? this.#button)?.focus();
      focusAfter = null;
    });
    return dialog;
  }
}

customElements.define('site-search', SiteSearch);
