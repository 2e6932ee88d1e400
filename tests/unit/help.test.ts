import { describe, expect, test } from 'vitest';
import { phoneText, telHref } from '../../src/lib/phone.ts';
import { helpSchema, phoneNumber } from '../../src/schemas/help.ts';
import { safetySchema } from '../../src/schemas/safety.ts';

describe('phone numbers', () => {
  test('are shown with non-breaking spaces so a number never splits across lines', () => {
    expect(phoneText('0808 2000 247')).toBe('0808\u00a02000\u00a0247');
  });

  test.each(['999', '101', '116 123', '0808 2000 247', '0800 999 5428', '0800 1111', '020 7008 0151'])('"%s" is accepted', (phone) => {
    expect(phoneNumber.safeParse(phone).success).toBe(true);
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
  ])('"%s" is refused', (phone) => {
    expect(phoneNumber.safeParse(phone).success).toBe(false);
  });

  test('become tel: links of digits only', () => {
    expect(telHref('0808 2000 247')).toBe('tel:08082000247');
    expect(telHref('999')).toBe('tel:999');
    expect(() => telHref('0808 CALL NOW')).toThrow('is not a phone number');
  });
});

describe('help services and the quick exit address', () => {
  test('a service is not in the help box unless it says so', () => {
    const service = helpSchema.parse({ id: 'samaritans', name: 'Samaritans', phone: '116 123', description: 'Someone to talk to.' });
    expect(service.inHelpBox).toBe(false);
  });

  test('websites and the exit address must be https', () => {
    expect(safetySchema.safeParse({ quickExitUrl: 'https://www.bbc.co.uk/weather' }).success).toBe(true);
    expect(safetySchema.safeParse({ quickExitUrl: 'http://www.bbc.co.uk/weather' }).success).toBe(false);
    expect(safetySchema.safeParse({ quickExitUrl: 'javascript:alert(1)' }).success).toBe(false);
    expect(helpSchema.safeParse({ id: 'x', name: 'X', phone: '999', description: 'X', website: 'http://example.org/' }).success).toBe(
      false,
    );
  });
});
