import { describe, expect, test } from 'vitest';
import { phoneProblem, phoneText, telHref, telLinkProblem } from '../../src/lib/phone.ts';
import { helpSchema, phoneNumber } from '../../src/schemas/help.ts';
import { safetySchema } from '../../src/schemas/safety.ts';

describe('phone numbers', () => {
  test('are shown with non-breaking spaces so a number never splits across lines', () => {
    expect(phoneText('0808 2000 247')).toBe('0808\u00a02000\u00a0247');
  });

  // Every range a helpline uses, each with a number of it.
  test.each([
    ['999', 'emergency'],
    ['112', 'emergency (European)'],
    ['101', 'police non-emergency'],
    ['111', 'NHS'],
    ['116 123', 'harmonised helpline (116 xxx)'],
    ['0808 2000 247', 'freephone 0808'],
    ['0800 999 5428', 'freephone 0800'],
    ['0800 1111', 'short freephone (Childline)'],
    ['020 7008 0151', 'geographic 02'],
    ['01223 123456', 'geographic 01'],
    ['0300 123 4567', 'non-geographic 03'],
  ])('"%s" (%s) is accepted to call', (phone) => {
    expect(phoneProblem(phone)).toBeUndefined();
    expect(phoneNumber.safeParse(phone).success).toBe(true);
  });

  // Every range refused, by name, with what the message must say.
  test.each([
    ['0909 879 0000', 'premium-rate'],
    ['0906 123 4567', 'premium-rate'],
    ['070 1234 5678', 'personal number'],
    ['0844 123 4567', 'revenue-sharing'],
    ['0871 123 4567', 'revenue-sharing'],
    ['118 118', 'directory enquiries'],
    ['07624 123456', 'mobile'],
    ['07700 900123', 'mobile'],
    ['076 1234 5678', 'pager'],
    ['0560 123 4567', 'corporate or internet'],
    ['0500 123 456', 'corporate or internet'],
    ['0820 123 4567', 'not freephone'],
    ['44 808 2000 247', 'international'],
    ['00 44 808 2000 247', 'international'],
  ])('"%s" is refused as %s', (phone, name) => {
    expect(phoneProblem(phone)).toContain(name);
    const parsed = phoneNumber.safeParse(phone);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toContain(name);
  });

  test.each([
    '0808 200 02',
    '0808 2000 2477',
    '08082000247x',
    '+44 808 2000 247',
    '0808-2000-247',
    '0808  2000 247',
    '(0808) 2000 247',
    '12345',
    '',
    '999 9',
  ])('"%s" is refused as not a number a helpline uses, or written wrongly', (phone) => {
    expect(phoneNumber.safeParse(phone).success).toBe(false);
  });

  test('a mobile number is accepted only to text, and text relay only as 18000 or 18001 before a number', () => {
    expect(phoneProblem('07700 900123', 'text')).toBeUndefined();
    expect(phoneProblem('0808 2000 247', 'text')).toContain('not a number to text');
    expect(phoneProblem('999', 'text')).toBeUndefined();
    expect(phoneProblem('18000', 'relay')).toBeUndefined();
    expect(phoneProblem('18001 101', 'relay')).toBeUndefined();
    expect(phoneProblem('18001 0909 879 0000', 'relay')).toContain('premium-rate');
    expect(phoneProblem('101', 'relay')).toContain('text-relay');
  });

  test('become tel: (or sms:) links of digits only, and a refused number never becomes a link', () => {
    expect(telHref('0808 2000 247')).toBe('tel:08082000247');
    expect(telHref('999')).toBe('tel:999');
    expect(telHref('07700 900123', 'text')).toBe('sms:07700900123');
    expect(() => telHref('0808 CALL NOW')).toThrow('not a phone number');
    expect(() => telHref('0909 879 0000')).toThrow('premium-rate');
  });

  test('a tel: link in content must show the number it dials', () => {
    expect(telLinkProblem('tel:08082000247', '0808 2000 247')).toBeUndefined();
    expect(telLinkProblem('tel:999', '999')).toBeUndefined();
    expect(telLinkProblem('tel:09098790000', '0808 2000 247')).toContain('premium-rate');
    expect(telLinkProblem('tel:08005551234', '0808 2000 247')).toContain('shows "0808 2000 247" but dials 08005551234');
    expect(telLinkProblem('tel:08082000247', 'call the helpline')).toContain('must show the number it dials');
    expect(telLinkProblem('tel:0808%202000%20247', '0808 2000 247')).toBeUndefined();
    expect(telLinkProblem('tel:0808200024%37', '0808 2000 247')).toBeUndefined();
    expect(telLinkProblem('tel:+448082000247', '0808 2000 247')).toContain('not a number of digits only');
  });
});

describe('help services and the quick exit address', () => {
  const checked = { source: 'https://example.org/contact/', checked: '2026-12-07' };

  test('a service is not in the help box unless it says so', () => {
    const service = helpSchema.parse({
      id: 'samaritans',
      name: 'Samaritans',
      description: 'Someone to talk to.',
      contact: { phone: '116 123', ...checked },
    });
    expect(service.inHelpBox).toBe(false);
  });

  test('a number, hours or a way to reach a service needs the page it was checked on and the date', () => {
    const base = { id: 'x', name: 'X', description: 'X' };
    expect(helpSchema.safeParse({ ...base, contact: { phone: '999' } }).success).toBe(false);
    expect(helpSchema.safeParse({ ...base, contact: { phone: '999', source: checked.source } }).success).toBe(false);
    expect(helpSchema.safeParse({ ...base, contact: { hours: '24 hours', checked: checked.checked } }).success).toBe(false);
    expect(helpSchema.safeParse({ ...base, contact: { phone: '999', ...checked } }).success).toBe(true);
    expect(helpSchema.safeParse({ ...base, phone: '999', ...checked }).success).toBe(false);
    expect(helpSchema.safeParse({ ...base, website: 'https://example.org/' }).success).toBe(true);
  });

  test('a number in a service is checked by the phone rules, by name', () => {
    const parsed = helpSchema.safeParse({ id: 'x', name: 'X', description: 'X', contact: { phone: '0909 879 0000', ...checked } });
    expect(parsed.error?.issues[0]?.message).toContain('premium-rate');
  });

  test('a way to reach a service is checked by the rules of its kind', () => {
    const base = { id: 'x', name: 'X', description: 'X' };
    const way = (kind: string, phone: string) =>
      helpSchema.safeParse({ ...base, contact: { ways: [{ kind, text: 'T', phone }], ...checked } });
    expect(way('relay', '18001 101').success).toBe(true);
    expect(way('text', '07700 900123').success).toBe(true);
    expect(way('text', '0909 879 0000').error?.issues[0]?.message).toContain('premium-rate');
    expect(way('chat', '0808 2000 247').success).toBe(false);
  });

  test('websites and the exit address must be https', () => {
    expect(safetySchema.safeParse({ quickExitUrl: 'https://www.bbc.co.uk/weather' }).success).toBe(true);
    expect(safetySchema.safeParse({ quickExitUrl: 'http://www.bbc.co.uk/weather' }).success).toBe(false);
    expect(safetySchema.safeParse({ quickExitUrl: 'javascript:alert(1)' }).success).toBe(false);
    expect(helpSchema.safeParse({ id: 'x', name: 'X', description: 'X', website: 'http://example.org/' }).success).toBe(false);
  });
});
