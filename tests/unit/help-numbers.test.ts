import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test } from 'vitest';

/**
 * Each national service's number as checked on the service's own website (the page and date are in
 * content/help.yaml as source and checked). Pinned here so that changing a number a frightened
 * person will dial needs a reviewed code change, not only a content edit: a careless or
 * compromised account cannot send calls elsewhere by editing content/help.yaml alone. To change
 * one, check it on the service's own site, update source and checked, and change it here too.
 */
const checkedNumbers: Readonly<Record<string, string | undefined>> = {
  emergency: '999',
  'national-domestic-abuse-helpline': '0808 2000 247',
  // Not yet found on their own websites: listed by name and website only (see README.md, "Help numbers").
  'rape-crisis-support-line': undefined,
  'mens-advice-line': undefined,
  galop: '0800 999 5428',
  'national-stalking-helpline': undefined,
  'police-non-emergency': '101',
  childline: '0800 1111',
  samaritans: '116 123',
};

/** Other numbers in help.yaml (text relay, text), pinned the same way. */
const checkedWays: Readonly<Record<string, readonly string[]>> = {
  emergency: ['18000', '999'],
  'police-non-emergency': ['18001 101'],
};

interface Service {
  id: string;
  partner?: string;
  contact?: { phone?: string; ways?: { phone?: string }[] };
}
const services = parse(readFileSync('content/help.yaml', 'utf8')) as Service[];

test('every national service in content/help.yaml is pinned here, and no other', () => {
  expect(services.filter((s) => !s.partner).map((s) => s.id)).toEqual(Object.keys(checkedNumbers));
});

test.each(Object.entries(checkedNumbers))('%s has the number checked on its own website', (id, phone) => {
  expect(services.find((s) => s.id === id)?.contact?.phone).toBe(phone);
});

test('the other numbers (text relay, text) are the ones checked', () => {
  for (const service of services) {
    expect((service.contact?.ways ?? []).flatMap((way) => (way.phone ? [way.phone] : []))).toEqual(checkedWays[service.id] ?? []);
  }
});

test('a local service carries no number until one is checked on its own page', () => {
  for (const service of services.filter((s) => s.partner)) expect(service.contact).toBeUndefined();
});
