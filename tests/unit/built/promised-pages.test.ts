import { expect, test } from 'vitest';
import { elementsOf } from '../../../src/integrations/built-pages.ts';
import { builtSite } from '../../support/built-dist.ts';

// The pages the foundation promises are there for a reader who starts at the home page and follows
// links: built, and linked from pages a reader can reach. (The 404 page: tests/e2e/pages.spec.ts.)
const promised = ['/', '/2024-25/', '/2024-25/awareness/', '/2024-25/prevention/', '/2024-25/report/', '/about/'];

/** Every page reached from the home page by following the site's own links, anchors and query aside. */
function reachedFromHome(): Set<string> {
  const pages = new Map(builtSite().map((page) => [page.urlPath, page.html]));
  const reached = new Set<string>();
  const queue = ['/'];
  while (queue.length > 0) {
    const url = queue.shift()!;
    const html = pages.get(url);
    if (reached.has(url) || html === undefined) continue;
    reached.add(url);
    for (const el of elementsOf(html)) {
      const href = el.tag === 'a' ? el.attrs['href'] : undefined;
      if (!href) continue;
      const target = new URL(href, `http://site${url}`);
      if (target.origin === 'http://site') queue.push(target.pathname);
    }
  }
  return reached;
}

test('a reader reaches every page the foundation promises from the home page, by its links', () => {
  const reached = reachedFromHome();
  for (const url of promised) expect(reached.has(url), url).toBe(true);
});
