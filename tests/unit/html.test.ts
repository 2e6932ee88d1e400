import { describe, expect, test } from 'vitest';
import {
  elementsOf,
  escapeAttribute,
  findElement,
  hasAttribute,
  isText,
  parseHtml,
  sourceOf,
  withEdits,
  childrenOf,
} from '../../src/lib/html.ts';

describe('changing HTML at the places the parser found', () => {
  test('makes each edit and leaves every other byte as it was', () => {
    const html = '<P CLASS=x>one  &amp;   two</P><!-- kept -->';
    expect(
      withEdits(html, [
        { start: 14, end: 14, text: '<b>' },
        { start: 11, end: 14, text: 'ONE' },
      ]),
    ).toBe('<P CLASS=x>ONE<b>  &amp;   two</P><!-- kept -->');
  });

  test('keeps the order given for edits at one place, and refuses overlapping ones', () => {
    expect(
      withEdits('ab', [
        { start: 1, end: 1, text: '1' },
        { start: 1, end: 1, text: '2' },
      ]),
    ).toBe('a12b');
    expect(() =>
      withEdits('abcd', [
        { start: 0, end: 3, text: '' },
        { start: 2, end: 2, text: 'x' },
      ]),
    ).toThrow(/overlap/);
    expect(() => withEdits('ab', [{ start: 1, end: 5, text: '' }])).toThrow(/outside/);
  });

  test('escapes a value for a double-quoted attribute', () => {
    expect(escapeAttribute(`a "quoted" <script>&amp; 'x'`)).toBe(`a &quot;quoted&quot; &lt;script>&amp;amp; 'x'`);
  });
});

describe('reading a page as a browser does', () => {
  const html =
    '<head><script>let s = "<main id=fake>DA</main>";</script></head><body><!-- <main id=comment> -->' +
    '<MAIN ID="real" Data-Pagefind-Body><template><main id=template></main></template><p>A &amp; B</p></MAIN></body>';

  test('finds the element a browser would, not one in a script, comment or template', () => {
    const main = findElement(parseHtml(html), (element) => element.tagName === 'main');
    expect(main?.attrs).toEqual([
      { name: 'id', value: 'real' },
      { name: 'data-pagefind-body', value: '' },
    ]);
    expect(hasAttribute(main!, 'data-pagefind-body')).toBe(true);
    expect(hasAttribute(main!, 'data-pagefind')).toBe(false);
  });

  test("gives a text node's text as written and where it is", () => {
    const main = findElement(parseHtml(html), (element) => element.tagName === 'main')!;
    const paragraph = childrenOf(main).find((node) => node.nodeName === 'p')!;
    const text = childrenOf(paragraph)[0]!;
    expect(isText(text) && text.value).toBe('A & B');
    const source = isText(text) ? sourceOf(html, text) : undefined;
    expect(source?.source).toBe('A &amp; B');
    expect(html.slice(source!.start).startsWith('A &amp; B</p>')).toBe(true);
  });

  test('lists every element with its decoded attributes and where it is, template contents included', () => {
    const elements = elementsOf(html);
    expect(elements.filter((element) => element.tag === 'main').map((element) => element.attrs['id'])).toEqual(['real', 'template']);
    const p = elements.find((element) => element.tag === 'p')!;
    expect(html.slice(p.start, p.end)).toBe('<p>A &amp; B</p>');
    expect(p.text).toBe('A & B');
    // The parser makes up an <html> the page does not write: it has no place.
    expect(elements[0]).toMatchObject({ tag: 'html', start: -1 });
  });
});
