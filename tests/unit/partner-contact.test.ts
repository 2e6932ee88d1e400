import { describe, expect, test } from 'vitest';
import { partnerSchema } from '../../src/schemas/partner.ts';

// A partner's optional website and phone: shown on its page only when content gives them.
const partner = { id: 'example-service', name: 'Example Service', kind: 'specialist-service' };

describe('a partner’s website and phone', () => {
  test('are optional', () => {
    const parsed = partnerSchema.parse(partner);
    expect(parsed.website).toBeUndefined();
    expect(parsed.phone).toBeUndefined();
  });

  test('are accepted as an https address and a UK number in groups', () => {
    const parsed = partnerSchema.parse({ ...partner, website: 'https://www.example.org.uk/', phone: '0808 2000 247' });
    expect(parsed).toMatchObject({ website: 'https://www.example.org.uk/', phone: '0808 2000 247' });
  });

  test.each([
    ['website', 'http://www.example.org.uk/', 'expected a web address starting with https://'],
    ['website', 'www.example.org.uk', 'expected a web address starting with https://'],
    ['phone', '+44 808 2000 247', 'expected digits in groups separated by single spaces, like "0808 2000 247"'],
  ])('%s "%s" is refused: %s', (field, value, message) => {
    const result = partnerSchema.safeParse({ ...partner, [field]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([message]);
  });
});
