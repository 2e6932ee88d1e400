import { describe, expect, test } from 'vitest';
import { lineAt, lineStarts } from '../../src/checker/file-text.ts';
import { unsafeMarkup } from '../../src/checker/safety/yaml-markup.ts';

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

describe('unsafe markup in YAML text', () => {
  test('also refuses elements that redirect, embed, load or send, and ping=', () => {
    expect(
      messages(
        [
          'name: <meta http-equiv="refresh" content="0;url=https://example.com/">',
          'name: <base href="https://example.com/"> <link rel="stylesheet" href="x.css">',
          'name: <object data="x"></object> <embed src="x"> <form action="https://e.com">',
          'name: <a href="https://www.gov.uk/" ping="https://tracker.example/">x</a>',
        ].join('\n'),
      ),
    ).toEqual([
      'line 1: a <meta> element: it can send every reader of the page to another website',
      'line 2: a <base> element: it would change where every link on the page leads',
      'line 2: a <link> element: content cannot load files into a page',
      'line 3: an <object> element: content cannot embed other websites or files',
      'line 3: an <embed> element: content cannot embed other websites or files',
      'line 3: a <form> element: content cannot send what readers type anywhere',
      'line 4: a ping attribute: it would tell another website who follows the link',
    ]);
  });

  test('counts lines from where the text starts in its file (frontmatter starts on line 2)', () => {
    expect(unsafeMarkup('title: x\nsummary: <script>', 'f.mdx', 1).map((p) => p.message)).toEqual([
      'line 3: a <script> element: content cannot run code',
    ]);
  });

  test('finds the line of any offset', () => {
    const starts = lineStarts('a\nbb\n\nc');
    expect([0, 1, 2, 4, 5, 6, 7].map((offset) => lineAt(starts, offset))).toEqual([1, 1, 2, 2, 3, 4, 4]);
  });
});
