import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { matchHelp, queryWords, stem } from '../../src/browser/help-query.ts';
import { helpQueries, otherQueries } from '../fixtures/help-queries.ts';

// The real content: the help words of content/search.yaml and each service's routing words.
const search = parse(readFileSync('content/search.yaml', 'utf8')) as { helpWords: string[]; helpServices: string[] };
const services = (parse(readFileSync('content/help.yaml', 'utf8')) as { id: string; routing?: string[]; partner?: string }[])
  .filter((service) => !service.partner)
  .map((service) => ({ id: service.id, routing: service.routing ?? [] }));

describe('a search by someone seeking help', () => {
  test('the committed set has at least 40 searches', () => {
    expect(helpQueries.length).toBeGreaterThanOrEqual(40);
  });

  test.each(helpQueries)('"$query" shows help, the service that fits first', ({ query, first }) => {
    const match = matchHelp(query, search.helpWords, services, search.helpServices);
    expect(match.help).toBe(true);
    if (first) expect(match.services[0]).toBe(first);
  });

  test.each(otherQueries)('"%s" (a search for the content) shows no help box', (query) => {
    expect(matchHelp(query, search.helpWords, services, search.helpServices).help).toBe(false);
  });
});

describe('matching', () => {
  test('forms of a word are one word: plurals, -ed, -ing, -er, -ive', () => {
    expect(new Set(['abuse', 'abused', 'abuser', 'abusive', 'abuses'].map(stem)).size).toBe(1);
    expect(new Set(['stalker', 'stalked', 'stalking', 'stalks'].map(stem)).size).toBe(1);
    expect(new Set(['hit', 'hits', 'hitting'].map(stem)).size).toBe(1);
    expect(stem('refuges')).toBe(stem('refuge'));
    expect(stem('policies')).not.toBe(stem('police'));
  });

  test('a phrase matches with its words in order, at most one word between', () => {
    const routes = [{ id: 'x', routing: ['forced marriage'] }];
    expect(matchHelp('forced into marriage', [], routes).services).toEqual(['x']);
    expect(matchHelp('marriage forced', [], routes).services).toEqual([]);
    expect(matchHelp('forced to go to a marriage', [], routes).services).toEqual([]);
  });

  test('a service made for the person comes before the general ones', () => {
    const routes = [
      { id: 'general', routing: ['domestic abuse'] },
      { id: 'men', routing: ['men'] },
    ];
    expect(matchHelp('domestic abuse against men', [], routes, ['general']).services).toEqual(['men', 'general']);
  });

  test('the service with most matching words comes first, ties in the order of help.yaml', () => {
    const routes = [
      { id: 'a', routing: ['partner'] },
      { id: 'b', routing: ['stalking', 'partner'] },
    ];
    expect(matchHelp('my partner is stalking me', [], routes).services).toEqual(['b', 'a']);
    expect(matchHelp('partner', [], routes).services).toEqual(['a', 'b']);
  });

  test('words are split on anything but letters, digits, + and apostrophes, curly or straight', () => {
    expect(queryWords('Women’s Aid, refuge-support LGBT+')).toEqual(["women's", 'aid', 'refuge', 'support', 'lgbt+']);
  });

  test('an empty search is not a help search', () => {
    expect(matchHelp('   ', search.helpWords, services)).toEqual({ help: false, services: [] });
  });
});
