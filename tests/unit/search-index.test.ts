import { describe, expect, it } from 'vitest';
import { acronymAttributes, acronymIndexText, acronymsUsedIn } from '../../src/lib/search-index';

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

describe('acronymIndexText', () => {
  it('pairs each acronym with its expansion', () => {
    expect(acronymIndexText(['MARAC and DA'], glossary)).toBe('(DA: Domestic Abuse; MARAC: Multi Agency Risk Assessment Conference)');
  });

  it('is empty when the text uses no acronym', () => {
    expect(acronymIndexText(['98 women supported in local refuges'], glossary)).toBe('');
  });
});

describe('acronymAttributes', () => {
  it('asks Pagefind to index the expansions where the element is', () => {
    expect(acronymAttributes(['IDVA service'], glossary)).toEqual({
      'data-acronyms': '(IDVA: Independent Domestic Violence Advisor)',
      'data-pagefind-index-attrs': 'data-acronyms',
    });
  });

  it('adds nothing when there is nothing to add', () => {
    expect(acronymAttributes(['Refuges'], glossary)).toEqual({});
  });
});
