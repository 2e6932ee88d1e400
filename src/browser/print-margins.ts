/**
 * What a printed page says in its margins that only the reader's browser knows: the page's full
 * address (its canonical URL) and the date it is printed, given to the stylesheet's @page margin
 * boxes (src/styles/global.css) as custom properties. Set when the page loads and again just before
 * printing, so a page left open overnight prints that day's date. Without it, the margins name the
 * site and its address, and number the pages.
 * Part of every page's one script (every-page.ts).
 */
const setPrintMargins = () => {
  const style = document.documentElement.style;
  const address = document.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href ?? location.href;
  const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  // JSON's quoting is a valid CSS string for these: an address and a date.
  style.setProperty('--print-url', JSON.stringify(address));
  style.setProperty('--print-date', JSON.stringify(`Printed ${today}`));
};
setPrintMargins();
addEventListener('beforeprint', setPrintMargins);
