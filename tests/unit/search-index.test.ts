import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/lib/html.ts';
import { acronymMetaText, acronymsUsedIn, indexedText, withAcronymMeta } from '../../src/lib/search-index';

const glossary = [
  { term: 'DA', expansion: 'Domestic Abuse' },
  { term: 'MARAC', expansion: 'Multi Agency Risk Assessment Conference' },
  { term: 'IDVA', expansion: 'Independent Domestic Violence Advisor' },
  { term: 'PWA', expansion: "Peterborough Women's Aid" },
];

describe('acronymsUsedIn', () => {
  it('finds an acronym written as a whole word', () => {
    expect(acronymsUsedIn(['Cases heard at MARAC rose'], glossary).map((e) => e.term)).toEqual(['MARAC']);
  });

  it('finds the plural of an acronym', () => {
    expect(acronymsUsedIn(['Two new IDVAs in post'], glossary).map((e) => e.term)).toEqual(['IDVA']);
  });

  it('does not find an acronym inside another word or in another case', () => {
    expect(acronymsUsedIn(['DATA and DASV, data, Da'], glossary)).toEqual([]);
  });

  it('finds an expansion written out, in any case and across line breaks', () => {
    expect(acronymsUsedIn(['the multi agency risk\nassessment conference met'], glossary).map((e) => e.term)).toEqual(['MARAC']);
  });

  it('reads curly and straight apostrophes alike', () => {
    expect(acronymsUsedIn(['Peterborough Women’s Aid Survivor Board'], glossary).map((e) => e.term)).toEqual(['PWA']);
  });

  it('looks at every text it is given, and lists each entry once, in glossary order', () => {
    expect(acronymsUsedIn(['IDVA support', 'MARAC and IDVA', 'DA policy'], glossary).map((e) => e.term)).toEqual(['DA', 'MARAC', 'IDVA']);
  });
});

describe('acronymMetaText', () => {
  it('gives the expansion of an acronym the text only abbreviates', () => {
    expect(acronymMetaText(['Cases heard at MARAC rose'], glossary)).toBe('Multi Agency Risk Assessment Conference');
  });

  it('gives the acronym of an expansion the text only writes out', () => {
    expect(acronymMetaText(['the Multi Agency Risk Assessment Conference met'], glossary)).toBe('MARAC');
  });

  it('adds nothing for an entry the text writes both ways, nor for a text that uses none', () => {
    expect(acronymMetaText(['1,237 cases heard at the Multi Agency Risk Assessment Conference (MARAC)'], glossary)).toBe('');
    expect(acronymMetaText(['98 women supported in local refuges'], glossary)).toBe('');
  });

  it('lists each entry once, in glossary order, however often the text uses it', () => {
    expect(acronymMetaText(['IDVA support', 'MARAC and IDVA', 'DA policy', 'IDVAs'], glossary)).toBe(
      'Domestic Abuse; Multi Agency Risk Assessment Conference; Independent Domestic Violence Advisor',
    );
  });
});

describe('indexedText', () => {
  it('keeps the words and leaves out tags, scripts and whatever search ignores, however deeply nested', () => {
    const html =
      '<p>Refuges <b>housed</b> 98 women</p><div data-pagefind-ignore><span>Link to <em>Data</em></span><div>MARAC</div></div><script>let x = "IDVA";</script><p>and 107 children</p>';
    expect(indexedText(parseHtml(html)).replace(/\s+/g, ' ').trim()).toBe('Refuges housed 98 women and 107 children');
  });

  it('decodes character references', () => {
    expect(indexedText(parseHtml('<p>Women&#39;s Aid &amp; DASV</p>'))).toBe("Women's Aid & DASV");
  });
});

describe('withAcronymMeta', () => {
  const page = (main: string, attributes = ' data-pagefind-body=""') =>
    `<body><header>IDVA</header><main id="main"${attributes}>${main}</main></body>`;

  it('gives an indexed page the expansions it lacks once, as metadata, at the start of its main content', () => {
    expect(withAcronymMeta(page('<p>Cases heard at MARAC</p><p>MARAC again</p>'), glossary)).toBe(
      page(
        '<span hidden data-pagefind-meta="acronyms:Multi Agency Risk Assessment Conference"></span><p>Cases heard at MARAC</p><p>MARAC again</p>',
      ),
    );
  });

  it("escapes the metadata for its attribute and reads only the main content's indexed words", () => {
    const html = page('<p>Support from PWA</p><span data-pagefind-ignore>IDVA</span>');
    expect(withAcronymMeta(html, glossary)).toContain('data-pagefind-meta="acronyms:Peterborough Women\'s Aid"');
    expect(withAcronymMeta(page('<p>PWA</p>'), [{ term: 'PWA', expansion: 'P "&" W' }])).toContain('acronyms:P &quot;&amp;&quot; W"');
  });

  it('leaves alone a page search does not index, and a page with nothing to add', () => {
    const report = page('<p>Cases heard at MARAC</p>', '');
    expect(withAcronymMeta(report, glossary)).toBe(report);
    const plain = page('<p>98 women supported in local refuges</p>');
    expect(withAcronymMeta(plain, glossary)).toBe(plain);
  });
});
