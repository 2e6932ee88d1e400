import { createHash } from 'node:crypto';

/**
 * The part of quick exit that must work from the moment "Exit this page" shows: a tap or click on
 * any link marked data-quick-exit hides the page and its tab title at once and leaves with
 * location.replace, so Back does not return here. It is written into each page, just before the
 * button, as a classic script that runs as the page is read: on a slow connection the page's
 * script files arrive seconds after the button shows (6.5 s against 2.2 s on slow 3G), and a tap
 * in between would otherwise follow the plain link and leave the page in the tab's history.
 * Shift pressed three times, the spoken count and the reset on pageshow stay in QuickExit.astro's
 * script, which runs once loaded. The Content-Security-Policy allows this script by its hash
 * (astro.config.mjs), and only on pages that carry it (src/integrations/csp-own-hashes.ts).
 */
export const quickExitScript =
  'document.addEventListener("click",function(e){var a=e.target&&e.target.closest&&e.target.closest("a[data-quick-exit]");' +
  'if(!a)return;e.preventDefault();document.documentElement.classList.add("quick-exit-leaving");' +
  'document.title="\\u00a0";location.replace(a.href)},true)';

/** The script's hash as Astro's CSP configuration takes it: `sha256-<base64>`. */
export const quickExitScriptHash = `sha256-${createHash('sha256').update(quickExitScript, 'utf8').digest('base64')}` as const;
