/**
 * The part of quick exit that must work from the moment "Exit this page" shows, as one classic
 * script in each page's <head> (BaseLayout.astro), before every such link and before the
 * stylesheet: on slow 3G the page's script files arrive seconds after the button, and a tap or
 * Shift in between did nothing or left the page in the tab's history. (After a stylesheet still
 * loading, a classic script would hold up the parser until it arrived, and the browser would paint
 * the bar without its Exit button, then move its controls: tests/e2e/every-page.spec.ts.)
 *
 * A tap or click on any link marked data-quick-exit, or Shift pressed 3 times (only Shift, at most
 * 5 s between presses, any other key starts again), hides the page and blanks its tab title at once
 * and leaves with location.replace, so Back does not return here. A page shown again from the
 * back-forward cache (pageshow) is shown and titled again; its title is kept at the first pageshow
 * (the page's load) or when leaving, as this script runs before the page's <title> is read.
 *
 * It also says how many times Shift has been pressed, through the page's script file
 * (src/browser/quick-exit.ts) once that has arrived: it calls window[quickExitCountHook] with each
 * new count, and with 0 when the count starts again, so the count is kept in one place. What else
 * can wait for the script file is there: links within the page that move without adding a history
 * entry. Every page carries this text, and the whole report must arrive in one round trip
 * (tests/support/budgets.ts), so it is written small. The readers' Content-Security-Policy allows
 * it, and no other inline script, by the hash of its text (src/lib/security-policy.ts).
 */
/** The global function that shows and speaks the count of Shift presses (src/browser/quick-exit.ts). */
export const quickExitCountHook = 'quickExitCount';

export const quickExitScript =
  `((d,l)=>{let h=d.documentElement,n=0,t,T,c=k=>{n=k;self.${quickExitCountHook}?.(k)},go=a=>{h.classList.add("quick-exit-leaving");T=T||d.title;d.title="\\u00a0";l.replace(a.href)};` +
  'd.addEventListener("click",e=>{let a=e.target.closest("a[data-quick-exit]");if(a){e.preventDefault();go(a)}},!0);' +
  'addEventListener("keydown",e=>{if(e.repeat)return;clearTimeout(t);c(e.key=="Shift"?n+1:0);if(n>2)go(d.querySelector("a[data-quick-exit]"));t=setTimeout(c,5e3,0)},!0);' +
  'addEventListener("pageshow",()=>{c(0);h.classList.remove("quick-exit-leaving");d.title=T=T||d.title})})(document,location)';
