import { describe, expect, test } from 'vitest';
import { isOutbound } from '../../src/lib/outbound-links-plugin.ts';

// Links in content to another website get rel="noreferrer" (the browser test checks the built pages).
describe('which links lead to another website', () => {
  test('http, https and protocol-relative addresses do', () => {
    expect(isOutbound('https://www.w3.org/TR/WCAG22/')).toBe(true);
    expect(isOutbound('HTTP://example.org')).toBe(true);
    expect(isOutbound('//example.org/page')).toBe(true);
  });

  test('paths, anchors, phone numbers and e-mail addresses on this site do not', () => {
    for (const href of ['/glossary/#marac', '#achievements', 'tel:08082000247', 'mailto:someone@example.org', undefined]) {
      expect(isOutbound(href), String(href)).toBe(false);
    }
  });
});
