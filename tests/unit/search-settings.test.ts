import { describe, expect, test } from 'vitest';
import { isHelpQuery } from '../../src/browser/help-query.ts';
import { searchSchema } from '../../src/schemas/search.ts';

const helpWords = ['help', 'refuge', 'unsafe', 'police', '999', 'get help', 'talk to someone'];

describe('a search about getting help or being unsafe', () => {
  test.each([
    'refuge',
    'Refuges near me',
    'I feel UNSAFE',
    'police',
    'call 999',
    'how do I get help',
    'I need to talk to someone',
    'help!',
  ])('"%s" shows "Need help now?"', (query) => {
    expect(isHelpQuery(query, helpWords)).toBe(true);
  });

  // "policies" is not "police", though both start "polic" (tests/unit/help-queries.test.ts has the wider set).
  test.each(['MARAC', 'Stagecoach', 'policies', 'get', 'talk to', '', '   '])('"%s" does not', (query) => {
    expect(isHelpQuery(query, helpWords)).toBe(false);
  });
});

describe('content/search.yaml', () => {
  const valid = { helpWords: ['help'], helpServices: ['emergency'], examples: ['MARAC'] };

  test('accepts words in lower case, phrases of up to three words and numbers', () => {
    expect(searchSchema.safeParse({ ...valid, helpWords: ['help', 'get help', 'talk to someone', '999', "can't"] }).success).toBe(true);
  });

  test.each([['Help'], ['get  help'], ['a b c d'], [''], [999]])('refuses the help word %j', (word) => {
    expect(searchSchema.safeParse({ ...valid, helpWords: [word] }).success).toBe(false);
  });

  test('needs at least one help word, one service and one example, and at most 6 examples', () => {
    expect(searchSchema.safeParse({ ...valid, helpWords: [] }).success).toBe(false);
    expect(searchSchema.safeParse({ ...valid, helpServices: [] }).success).toBe(false);
    expect(searchSchema.safeParse({ ...valid, examples: [] }).success).toBe(false);
    expect(searchSchema.safeParse({ ...valid, examples: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] }).success).toBe(false);
  });
});
