/**
 * The script every page loads (BaseLayout.astro), as one module: the header's search button,
 * quick exit's spoken count and same-page links, and the print margins. One file rather than a file
 * for each: each small file cost its own request and its own gzip overhead, and together they took
 * every page past its script budget (tests/support/budgets.ts). Scripts only some pages need
 * (copy links, the print button, charts) stay with their components.
 */
import './site-search';
import './quick-exit';
import './print-margins';
