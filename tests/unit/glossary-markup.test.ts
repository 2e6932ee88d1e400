import { describe, expect, test } from 'vitest';
import { findTermUses, markFirstUses, type MarkableTerm } from '../../src/lib/glossary-markup.ts';

const terms: MarkableTerm[] = [
  { id: 'da', term: 'DA', expansion: 'Domestic Abuse' },
  { id: 'dasv', term: 'DASV', expansion: 'Domestic Abuse & Sexual Violence' },
  { id: 'dara', term: 'DARA', expansion: 'Domestic Abuse Risk Assessment' },
  { id: 'idva', term: 'IDVA', expansion: 'Independent Domestic Violence Advisor' },
  { id: 'op', term: 'Op', expansion: 'Operation' },
];
const href = (id: string) => `/glossary/#${id}`;
const uses = (text: string) => findTermUses(text, terms).map((use) => use.text);
const page = (main: string) =>
  `<html><head><title>DA</title></head><body><header>DASV</header><main>${main}</main><footer>DA</footer></body></html>`;
const mainOf = (html: string) => html.slice(html.indexOf('<main>') + 6, html.indexOf('</main>'));

describe('finding terms in text', () => {
  test('finds whole words only, case-sensitive', () => {
    expect(uses('Police have a DA policy')).toEqual(['DA']);
    expect(uses('Operation Op Glacier; the op; OPEN; Opal')).toEqual(['Op']);
    expect(uses('da, Da, DAd, aDA')).toEqual([]);
  });

  test('prefers the longest term: "DA" is not found inside DASV or DARA', () => {
    expect(uses('DASV Board and DARA with DA victims')).toEqual(['DASV', 'DARA', 'DA']);
    expect(findTermUses('DASV', terms).map((use) => use.term.id)).toEqual(['dasv']);
  });

  test('takes a plural "s" with the term, and punctuation as a boundary', () => {
    expect(uses("Young Peoples IDVAs, (DA) and DA's DA-related DA.")).toEqual(['IDVAs', 'DA', 'DA', 'DA', 'DA']);
    expect(findTermUses('IDVAs', terms)[0]?.term.id).toBe('idva');
  });

  test('a term with digits or letters attached is another word', () => {
    expect(uses('DA2 2DA DASVs')).toEqual(['DASVs']);
  });
});

describe('marking the first use of each term on a page', () => {
  test('marks only the first use, as an abbr inside a link to the glossary', () => {
    const html = markFirstUses(page('<p>DA and DASV.</p><ul><li>More DA, more DASV</li></ul>'), terms, href);
    expect(mainOf(html)).toBe(
      '<p><a class="glossary-term" href="/glossary/#da"><abbr title="Domestic Abuse">DA</abbr></a> and ' +
        '<a class="glossary-term" href="/glossary/#dasv"><abbr title="Domestic Abuse &amp; Sexual Violence">DASV</abbr></a>.</p>' +
        '<ul><li>More DA, more DASV</li></ul>',
    );
  });

  test('leaves everything outside <main> alone', () => {
    const html = markFirstUses(page('<p>nothing</p>'), terms, href);
    expect(html).toContain('<title>DA</title>');
    expect(html).toContain('<header>DASV</header>');
    expect(html).toContain('<footer>DA</footer>');
  });

  test('skips links, headings, existing abbreviations, scripts and data-no-glossary, then marks running text', () => {
    const main =
      '<h2>DA</h2><a href="/x">DA</a><abbr title="x">DA</abbr><script>const DA = "<p>DA</p>";</script>' +
      '<dl data-no-glossary><dd>DA <em>DA</em></dd></dl><p class="x">A DA policy</p>';
    const html = mainOf(markFirstUses(page(main), terms, href));
    expect(html).toContain('<h2>DA</h2><a href="/x">DA</a><abbr title="x">DA</abbr><script>const DA = "<p>DA</p>";</script>');
    expect(html).toContain('<dl data-no-glossary><dd>DA <em>DA</em></dd></dl>');
    expect(html).toContain(
      '<p class="x">A <a class="glossary-term" href="/glossary/#da"><abbr title="Domestic Abuse">DA</abbr></a> policy</p>',
    );
  });

  test('finds terms between character references, never inside them', () => {
    const html = mainOf(markFirstUses(page('<p>DA &amp; SV; &Dagger;</p>'), terms, href));
    expect(html).toBe('<p><a class="glossary-term" href="/glossary/#da"><abbr title="Domestic Abuse">DA</abbr></a> &amp; SV; &Dagger;</p>');
  });

  test('attributes holding ">" or a term do not confuse it', () => {
    const html = mainOf(markFirstUses(page('<p title="DA > DASV">Text</p><img alt="DA"><p>DA</p>'), terms, href));
    expect(html).toBe(
      '<p title="DA > DASV">Text</p><img alt="DA"><p><a class="glossary-term" href="/glossary/#da"><abbr title="Domestic Abuse">DA</abbr></a></p>',
    );
  });

  test('a page without <main> or without terms is returned unchanged', () => {
    expect(markFirstUses('<p>DA</p>', terms, href)).toBe('<p>DA</p>');
    expect(markFirstUses(page('<p>DA</p>'), [], href)).toBe(page('<p>DA</p>'));
  });
});

test('a term the words already spell out gets no title, so print does not spell it out twice', () => {
  const spelt = [
    { id: 'marac', term: 'MARAC', expansion: 'Multi Agency Risk Assessment Conference' },
    { id: 'dasv', term: 'DASV', expansion: 'Domestic Abuse & Sexual Violence' },
    { id: 'idva', term: 'IDVA', expansion: 'Independent Domestic Violence Advisor' },
  ];
  const html = markFirstUses(
    page(
      '<p>Cases at the Multi Agency Risk Assessment Conference (MARAC); Domestic Abuse &amp; Sexual Violence (DASV); IDVA (Independent Domestic Violence Advisor) and IDVA.</p>',
    ),
    spelt,
    (id) => `/glossary/#${id}`,
  );
  expect(html).toContain('Conference (<a class="glossary-term" href="/glossary/#marac"><abbr>MARAC</abbr></a>)');
  expect(html).toContain('Violence (<a class="glossary-term" href="/glossary/#dasv"><abbr>DASV</abbr></a>)');
  expect(html).toContain('<a class="glossary-term" href="/glossary/#idva"><abbr>IDVA</abbr></a> (Independent');
});
