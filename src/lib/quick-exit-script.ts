/**
 * The part of quick exit that must work from the moment "Exit this page" shows: a tap or click on
 * any link marked data-quick-exit hides the page and its tab title at once and leaves with
 * location.replace, so Back does not return here. It is written into each page's <head>
 * (BaseLayout.astro), before every such link and before the stylesheet, as a classic script that runs
 * as the page is read: after a stylesheet still loading it would hold up the parser until the
 * stylesheet arrived, and the browser would paint the page parsed so far, the bar without its Exit
 * button, then move the bar's controls to make room (tests/e2e/every-page.spec.ts, over a slow connection). On a slow
 * connection the page's script files arrive seconds after the button shows (6.5 s against 2.2 s on
 * slow 3G), and a tap in between would otherwise follow the plain link and leave the page in the
 * tab's history.
 * Shift pressed three times, the spoken count and the reset on pageshow stay in QuickExit.astro's
 * script, which runs once loaded. The readers' Content-Security-Policy allows this script, and no
 * other inline one, by the hash of this text (src/lib/security-policy.ts).
 */
export const quickExitScript =
  'document.addEventListener("click",function(e){var a=e.target&&e.target.closest&&e.target.closest("a[data-quick-exit]");' +
  'if(!a)return;e.preventDefault();document.documentElement.classList.add("quick-exit-leaving");' +
  'document.title="\\u00a0";location.replace(a.href)},true)';
