import { describe, expect, test } from 'vitest';
import { markFirstUses } from '../../src/lib/glossary-markup.ts';
import { markRenderedPage } from '../../src/lib/rendered-page.ts';
import { withAcronymMeta } from '../../src/lib/search-index.ts';

const terms = [
  { id: 'da', term: 'DA', expansion: 'Domestic Abuse' },
  { id: 'marac', term: 'MARAC', expansion: 'Multi Agency Risk Assessment Conference' },
];
const href = (id: string) => `/glossary/#${id}`;
const mark = (html: string) => markRenderedPage(html, terms, href);
const linked = (term: string, title: string) =>
  `<a class="glossary-term" href="/glossary/#${term.toLowerCase()}"><abbr title="${title}">${term}</abbr></a>`;
const meta = (words: string) => `<span hidden data-pagefind-meta="acronyms:${words}"></span>`;

describe('one pass over the rendered page', () => {
  test('adds the search metadata and marks the first use of each term, as the two steps one after the other', () => {
    const html = '<!DOCTYPE html><html><head><title>DA</title></head><body><main data-pagefind-body>DA and MARAC; DA</main></body></html>';
    const marked = mark(html);
    expect(marked).toBe(markFirstUses(withAcronymMeta(html, terms), terms, href));
    // Both add at the start of the main content: the metadata comes first.
    expect(marked).toContain(
      `<main data-pagefind-body>${meta('Domestic Abuse; Multi Agency Risk Assessment Conference')}${linked('DA', 'Domestic Abuse')} and ${linked('MARAC', 'Multi Agency Risk Assessment Conference')}; DA</main>`,
    );
  });

  test('a page with neither is returned byte for byte', () => {
    const html = '<!doctype html>\n<HTML lang=en><body><main><p  class = x>Nothing &amp; nobody</p><br/></main></body></HTML>';
    expect(mark(html)).toBe(html);
  });
});

describe('hostile content: what the parser does not take for text or markup is left alone', () => {
  test('a <main> written in a script, a comment or an attribute is not the main content', () => {
    const html =
      '<head><script>const s = "<main data-pagefind-body>DA</main>";</script></head><body><!-- <main data-pagefind-body> DA -->' +
      '<p title="<main data-pagefind-body>">DA</p><main><p>MARAC</p></main><footer>DA<script>let e = "</main>";</script></footer></body>';
    expect(mark(html)).toBe(html.replace('<p>MARAC</p>', `<p>${linked('MARAC', 'Multi Agency Risk Assessment Conference')}</p>`));
  });

  test('terms in attributes, links, headings, code, scripts, styles, form fields, templates and comments are not marked', () => {
    const main =
      '<p title="DA">x</p><img alt="DA"><a href="/x">DA</a><h3>DA</h3><code>DA</code><pre>DA</pre><script>DA</script>' +
      '<style>.DA{}</style><textarea>DA</textarea><template><p>DA</p></template><!-- DA --><noscript>DA</noscript>' +
      '<svg><text>DA</text></svg><p data-no-glossary>DA</p>';
    const html = `<body><main data-pagefind-body>${main}<p>DA</p></main></body>`;
    expect(mark(html)).toBe(
      `<body><main data-pagefind-body>${meta('Domestic Abuse')}${main}<p>${linked('DA', 'Domestic Abuse')}</p></main></body>`,
    );
  });

  test('an attribute that only mentions data-no-glossary or data-pagefind-ignore in its value does not act as one', () => {
    const html = '<main data-pagefind-body><p title="a data-no-glossary b" class=" data-pagefind-ignore ">MARAC</p></main>';
    expect(mark(html)).toBe(
      `<main data-pagefind-body>${meta('Multi Agency Risk Assessment Conference')}<p title="a data-no-glossary b" class=" data-pagefind-ignore ">${linked('MARAC', 'Multi Agency Risk Assessment Conference')}</p></main>`,
    );
    // Nor does a main content that only mentions data-pagefind-body.
    const notIndexed = '<main title="data-pagefind-body"><p>x</p></main>';
    expect(mark(notIndexed)).toBe(notIndexed);
  });

  test('text holding <, &, quotes or a script keeps its bytes; a term beside them is still found', () => {
    const main = '<p>&lt;script&gt;alert("DA")&lt;/script&gt; &amp;DA&quot; 1 &lt; 2 \'MARAC\'</p>';
    const marked = mark(`<main>${main}</main>`);
    expect(marked).toBe(
      `<main><p>&lt;script&gt;alert("${linked('DA', 'Domestic Abuse')}")&lt;/script&gt; &amp;DA&quot; 1 &lt; 2 '${linked('MARAC', 'Multi Agency Risk Assessment Conference')}'</p></main>`,
    );
  });

  test('an expansion or address holding markup or quotes is escaped in its attribute', () => {
    const hostile = [{ id: 'x"><script>', term: 'DA', expansion: '"><script>alert(1)</script> & more' }];
    const marked = markRenderedPage('<main data-pagefind-body>DA</main>', hostile, (id) => `/glossary/#${id}`);
    expect(marked).toBe(
      '<main data-pagefind-body><span hidden data-pagefind-meta="acronyms:&quot;>&lt;script>alert(1)&lt;/script> &amp; more"></span>' +
        '<a class="glossary-term" href="/glossary/#x&quot;>&lt;script>"><abbr title="&quot;>&lt;script>alert(1)&lt;/script> &amp; more">DA</abbr></a></main>',
    );
  });

  test('markup the parser repairs is read as a browser reads it', () => {
    // An unclosed <h2> holds the rest of the main content: a browser shows it all as the heading.
    expect(mark('<main><h2>Title<p>DA</p></main>')).toBe('<main><h2>Title<p>DA</p></main>');
    // A stray end tag closes nothing: the text after it is running text.
    expect(mark('<main></code><p>DA</p></main>')).toBe(`<main></code><p>${linked('DA', 'Domestic Abuse')}</p></main>`);
  });
});
