import { describe, expect, test } from 'vitest';
import { unsafeMarkup } from '../../src/lib/content-safety.ts';

const messages = (text: string) => unsafeMarkup(text, 'content/pages/x.mdx').map((p) => p.message);

describe('unsafe markup in content', () => {
  test('is found however it is written, with its line', () => {
    expect(messages('Intro\n<SCRIPT src="/x.js"></SCRIPT>')).toEqual(['line 2: a <script> element: content cannot run code']);
    expect(messages('<a href="/" onmouseover="steal()">x</a>')).toEqual([
      'line 1: an inline event handler (onmouseover=): content cannot run code',
    ]);
    expect(messages('<div\n  style={{ color: "red" }}>x</div>')).toEqual([
      'line 1: a style attribute: the Content Security Policy blocks it',
    ]);
    expect(messages('[x](JavaScript :alert(1))')).toEqual(['line 1: a javascript: link: links must lead to a page']);
  });

  test('is not mistaken for in plain prose or ordinary markup', () => {
    const prose = [
      'Training on domestic abuse was delivered on 3 May; the style of the report is plain.',
      'Work on=going with partners: see <a href="/about/">About</a> and <abbr title="Independent Domestic Violence Advisor">IDVA</abbr>.',
      'A description of scripts used by call handlers.',
    ].join('\n');
    expect(messages(prose)).toEqual([]);
  });
});
