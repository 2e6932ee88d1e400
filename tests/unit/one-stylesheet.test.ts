import { describe, expect, test } from 'vitest';
import { elementsOf, linkedStylesheets } from '../../src/lib/html.ts';
import {
  classesOf,
  joinable,
  joinStylesheets,
  linkOneStylesheet,
  withoutUnusedRules,
  wordsOf,
} from '../../src/integrations/one-stylesheet.ts';

const head =
  '<link rel="icon" href="/favicon.svg"><link rel="stylesheet" href="/_astro/a.1.css"><link rel="stylesheet" href="/_astro/b.2.css"><link rel="canonical" href="https://example.org/">';

describe('one stylesheet per page', () => {
  test('finds the stylesheets a page links to, in order', () => {
    expect(linkedStylesheets(elementsOf(`<html><head>${head}</head></html>`))).toEqual(['/_astro/a.1.css', '/_astro/b.2.css']);
  });

  test('joins them in order, named by their content', () => {
    const joined = joinStylesheets(['a{color:red}\n', 'b{color:blue}']);
    expect(joined.css).toBe('a{color:red}\nb{color:blue}');
    expect(joined.name).toMatch(/^page\.[A-Za-z0-9_-]{8}\.css$/);
    expect(joinStylesheets(['a{color:red}', 'b{color:blue}']).name).toBe(joined.name);
    expect(joinStylesheets(['b{color:blue}', 'a{color:red}']).name).not.toBe(joined.name);
  });

  test('links the joined file where the first stylesheet was, and nothing else changes', () => {
    expect(linkOneStylesheet(head, elementsOf(head), ['/_astro/a.1.css', '/_astro/b.2.css'], '/_astro/page.x.css')).toBe(
      '<link rel="icon" href="/favicon.svg"><link rel="stylesheet" href="/_astro/page.x.css"><link rel="canonical" href="https://example.org/">',
    );
  });

  test('changes only the links a browser would read as links, and the rest of the page byte for byte', () => {
    // A link in a comment, in a script's text or in an attribute is no link: a pattern over the text
    // would take each for one.
    const page =
      '<!DOCTYPE html><html><head><link rel=stylesheet href="/_astro/a.1.css">\n<!-- <link rel="stylesheet" href="/_astro/b.2.css"> -->' +
      '<LINK REL="Stylesheet" HREF="/_astro/b.2.css" media=all></head><body data-x=\'<link rel="stylesheet" href="/_astro/a.1.css">\'>' +
      '<script>const l = \'<link rel="stylesheet" href="/_astro/b.2.css">\';</script></body></html>';
    expect(linkedStylesheets(elementsOf(page))).toEqual(['/_astro/a.1.css', '/_astro/b.2.css']);
    expect(linkOneStylesheet(page, elementsOf(page), ['/_astro/a.1.css', '/_astro/b.2.css'], '/_astro/page.x.css')).toBe(
      '<!DOCTYPE html><html><head><link rel="stylesheet" href="/_astro/page.x.css">\n<!-- <link rel="stylesheet" href="/_astro/b.2.css"> -->' +
        '</head><body data-x=\'<link rel="stylesheet" href="/_astro/a.1.css">\'>' +
        '<script>const l = \'<link rel="stylesheet" href="/_astro/b.2.css">\';</script></body></html>',
    );
  });

  test('leaves stylesheets with @import or @charset apart, as those must start a file', () => {
    expect(joinable('a{color:red}')).toBe(true);
    expect(joinable('@import url(x.css);a{color:red}')).toBe(false);
    expect(joinable('@charset "UTF-8";a{content:"›"}')).toBe(false);
  });
});

describe('a page keeps only the CSS it can use', () => {
  const css =
    '.copy-link{color:red}.item-list li{margin:0}.a,.unused{top:0}a:not(.glossary-term)::after{content:"x"}' +
    ':is(.unused,.b) p{left:0}@media print{.draft-banner{display:none}.item-list{break-inside:avoid}}@keyframes spin{to{rotate:1turn}}' +
    '.search-result{color:blue}html{color:black}';
  const used = new Set([
    ...classesOf(elementsOf('<ul class="item-list  a"><li class="b">x</li></ul>')),
    ...wordsOf('el.className = "search-result";'),
  ]);

  test('drops a rule whose every selector names a class no element and no script has, and empty at-rules', () => {
    const kept = withoutUnusedRules(css, used);
    expect(kept).not.toContain('.copy-link');
    expect(kept).not.toContain('draft-banner');
    expect(kept).toContain('.item-list li{margin:0}');
    expect(kept).toContain('@media print{.item-list{break-inside:avoid}}');
    // A selector list keeps the selectors that can match.
    expect(kept).toContain('.a{top:0}');
  });

  test('keeps what may match without a class: :not(), :is(), element rules, keyframes, and classes a script adds', () => {
    const kept = withoutUnusedRules(css, used);
    for (const rule of [
      'a:not(.glossary-term)::after',
      ':is(.unused,.b) p',
      '@keyframes spin{to{rotate:1turn}}',
      'html{color:black}',
      '.search-result',
    ]) {
      expect(kept).toContain(rule);
    }
  });
});
