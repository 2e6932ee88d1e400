/**
 * Quick exit's part that can wait for the page's script file (src/components/QuickExit.astro); the
 * <head> script (src/lib/quick-exit-script.ts) does the rest from the first paint. Part of every
 * page's one script (every-page.ts).
 */
import { quickExitCountHook } from '../lib/quick-exit-script';

const counts = [
  '',
  'Shift pressed once. Press Shift 2 more times to exit this page.',
  'Shift pressed twice. Press Shift once more to exit this page.',
  'Leaving this page.',
];
const status = document.querySelector('.quick-exit-status');

// The spoken and shown count of Shift presses. The <head> script counts them (and acts on the
// third), and calls this with each new count, 0 when the count starts again; counting them here
// too repeated its code on every page.
(window as unknown as Record<string, (presses: number) => void>)[quickExitCountHook] = (presses) => {
  if (status) status.textContent = counts[Math.min(presses, 3)] ?? '';
};

/**
 * A link to a part of this same page (On this page, Back to top, the skip link, an achievement's
 * own link, a search result on this page) moves there with location.replace: the address shows the
 * anchor, :target and scrolling behave as for any link, focus moves to the part (so Tab goes on
 * from there, and a screen reader reads it), and no history entry is added. Otherwise each one
 * added an entry, and quick exit, which replaces only the last, left the others for Back to show.
 */
document.addEventListener(
  'click',
  (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href]') : null;
    // Not a link opened in a new tab or window (Ctrl, Cmd or Shift with the click, or a target).
    if (!link || event.defaultPrevented || link.target || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const [page, part] = link.href.split('#');
    if (part === undefined || page !== location.href.split('#')[0]) return;
    event.preventDefault();
    location.replace(link.href);
    const target = document.getElementById(decodeURIComponent(part));
    if (!target) return;
    if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.tabIndex = -1;
    target.focus({ preventScroll: true });
  },
  { capture: true },
);
