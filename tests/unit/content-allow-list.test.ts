import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs, mdxToMdast } from 'satteri';
import { describe, expect, test } from 'vitest';
import { contentAllowListPlugin } from '../../src/checker/safety/allow-list-plugin.ts';
import { contentFileLimit, mdxProblems, urlProblem } from '../../src/checker/safety/allow-list.ts';
import { plainHostName } from '../../src/schemas/safety.ts';
import { invalidFixtures, problemsFor } from '../support/content-overlay.ts';

const mdx = (body: string) => mdxProblems(mdxToMdast(body), 'content/pages/x.mdx', 0).map((p) => p.message);

const link = 'use an https:// address or a path on this site (mailto: for an email address, tel: for a phone number)';
const code = 'content cannot run code (it would run while the site is built)';

describe('content that could run code, read the build machine or send readers away is refused', () => {
  // Each case adds one thing to content/pages/about.mdx at line 20.
  const at = (message: string, hint: string) => `content/pages/about.mdx: line 20: ${message}\n    hint: ${hint}`;
  const expected: Record<string, string[]> = {
    'unsafe-import-build-file': [
      at(
        `an import or export: ${code}`,
        'remove it; content needs no import: the components it can use (<Figure id="…" />) are always there',
      ),
      `content/pages/about.mdx: line 22: a {…} expression: ${code}\n    hint: remove it; to show a { or } as text, write \\{ or \\}`,
    ],
    'unsafe-process-env': [at(`a {…} expression: ${code}`, 'remove it; to show a { or } as text, write \\{ or \\}')],
    'unsafe-meta-refresh': [
      at(
        'a <meta> element: it can send every reader of the page to another website',
        "remove it; a page's title and description are its frontmatter fields",
      ),
    ],
    'unsafe-spread-attribute': [
      at('a spread attribute {...{ onerror: "alert(1)" }}: content cannot run code', 'write each attribute as name="text"'),
    ],
    'unsafe-entity-encoded-link': [
      at('a javascript: link: links must lead to a page', link),
      at('a javascript: link: links must lead to a page', link),
    ],
    'unsafe-expression-link': [at(`an attribute written as code (href={…}): ${code}`, 'write its value in quotes: href="…"')],
    'unsafe-tab-split-link': [
      at('a javascript: link: links must lead to a page', link),
      at('a javascript: link: links must lead to a page', link),
    ],
    'unsafe-data-link': [at('a data: link: links must lead to a page', link)],
    'unsafe-object': [
      at('an <object> element: content cannot embed other websites or files', 'remove it and link to the page or file instead'),
    ],
    'unsafe-embed': [
      at('an <embed> element: content cannot embed other websites or files', 'remove it and link to the page or file instead'),
    ],
    'unsafe-form-action': [
      at(
        'a <form> element: content cannot send what readers type anywhere',
        "remove it; link to the form's own page instead: [the words](https://…)",
      ),
    ],
    'unsafe-style-element': [
      at('a <style> element: the Content Security Policy blocks it', "remove it; the site's styles live in src/styles/global.css"),
    ],
    'unsafe-link-element': [
      at('a <link> element: content cannot load files into a page', 'remove it; to link to a page, write [the words](https://…)'),
    ],
    'unsafe-base-element': [at('a <base> element: it would change where every link on the page leads', 'remove it')],
    'unsafe-outside-image': [
      at(
        'an image from "https://tracker.example/pixel.png": images must be files on this site, so that a page loads nothing from another website',
        'save the image under public/ and write its path, like ![what it shows](/images/chart.png)',
      ),
    ],
    'unsafe-ping': [at('a ping attribute: it would tell another website who follows the link', 'remove the attribute')],
    'unsafe-quick-exit-look-alike-host': [
      'content/safety.yaml, line 3 → quickExitUrl: expected a website name in plain letters a-z, digits, hyphens and dots, like https://www.bbc.co.uk/weather; "\u0441" (U+0441) is not a plain letter; found "https://www.bb\u0441.co.uk/weather"',
    ],
    'unsafe-quick-exit-own-site': [
      'content/safety.yaml, line 3 → quickExitUrl: expected another website: quick exit must take the reader away from this site; found "https://cambsdasv.org.uk/get-help/"',
    ],
    'unsafe-unknown-component': [at('<Chart> is not a component content can use', 'the components content can use: <Figure id="…" />')],
  };

  test('every unsafe-* fixture case has its expected messages here', () => {
    expect(
      readdirSync(invalidFixtures)
        .filter((name) => name.startsWith('unsafe-'))
        .sort(),
    ).toEqual(Object.keys(expected).sort());
  });

  for (const [caseName, messages] of Object.entries(expected)) {
    test(caseName, () => {
      expect(problemsFor(caseName)).toEqual(messages);
    });
  }

  test('a content file too large to be a page is refused before it is read', () => {
    const big = `---\ntitle: About\ndescription: About.\n---\n\n${'Words of a pasted document. '.repeat(contentFileLimit / 20)}\n`;
    expect(problemsFor(undefined, (dir) => writeFileSync(path.join(dir, 'pages/about.mdx'), big))).toEqual([
      'content/pages/about.mdx: the file is 359 KB; a content file may be at most 256 KB, so that its page loads quickly on a phone\n    hint: check that nothing was pasted in by mistake; split long text into pages of their own',
    ]);
  });
});

describe('phone links in MDX show the number they dial', () => {
  test.each([
    ['[0808 2000 247](tel:08082000247)'],
    ['[999](tel:999)'],
    ['<a href="tel:116123">116 123</a>'],
    ['[0808 2000 247][nda]\n\n[nda]: tel:08082000247'],
  ])('%s is accepted', (body) => {
    expect(mdx(body)).toEqual([]);
  });

  test.each([
    ['[0808 2000 247](tel:08005551234)', 'shows "0808 2000 247" but dials 08005551234'],
    ['[call the helpline](tel:08082000247)', 'shows "call the helpline" but dials 08082000247'],
    ['<a href="tel:08005551234">0808 2000 247</a>', 'shows "0808 2000 247" but dials 08005551234'],
    ['[0808 2000 247][nda]\n\n[nda]: tel:08005551234', 'shows "0808 2000 247" but dials 08005551234'],
    ['[0909 879 0247](tel:09098790247)', 'premium-rate'],
    ['<a href="tel:&#48;9098790247">0909 879 0247</a>', 'premium-rate'],
  ])('%s is refused', (body, found) => {
    const problems = mdx(body);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(found);
  });
});

describe('the allow-list over MDX', () => {
  test('accepts what content needs: Markdown, the site’s components, plain HTML, links to pages, email and phone', () => {
    const body = [
      '## A heading',
      '',
      'Text with **bold**, _emphasis_, `code`, a [page on this site](/get-help/), [a section](#top), an [outside page](https://www.gov.uk/),',
      '[an email](mailto:someone@example.org), [0808 2000 247](tel:08082000247), <abbr title="Multi Agency Risk Assessment Conference">MARAC</abbr>,',
      'and <Figure id="marac-cases" /> or <Figure id="marac-cases" year="2024-25" /> {/* a note to editors */}.',
      '',
      '![A chart of referrals](/images/referrals.png) ![Logo][logo]',
      '',
      '[logo]: /images/logo.png',
      '',
      '<table><thead><tr><th scope="col">Year</th></tr></thead><tbody><tr><td colspan="1">2024/25</td></tr></tbody></table>',
      '',
      '<details><summary>More</summary><p lang="cy">Croeso</p></details> <a href="https://www.gov.uk/" hreflang="en">GOV.UK</a> <br />',
      '',
      '- a list',
      '- [x] and a task',
      '',
      '> A quote',
    ].join('\n');
    expect(mdx(body)).toEqual([]);
  });

  test('refuses any other element, attribute or component, and code in any form', () => {
    expect(
      mdx(
        [
          '<p class="warning" id="main">x</p>',
          '<video src="/a.mp4" />',
          '<Figure id="marac-cases" year={2024} />',
          '<Figure id="marac-cases" format="short" />',
          '<a href="/" target="_blank" onMouseOver="steal()">x</a>',
          '# A second page title',
          '<>fragment</>',
          '<Foo.Bar />',
          'a {1 + 1} b',
          'export const x = 1',
        ].join('\n\n'),
      ),
    ).toEqual([
      'line 1: the attribute class on <p> is not one content can use',
      'line 1: the attribute id on <p> is not one content can use',
      'line 3: a <video> element is not one content can use',
      `line 5: an attribute written as code (year={…}): ${code}`,
      'line 7: <Figure> has no prop "format"',
      'line 9: the attribute target on <a> is not one content can use',
      'line 9: an inline event handler (onMouseOver=): content cannot run code',
      'line 13: an empty tag <> or </>: content does not need one',
      'line 15: <Foo.Bar> is not a component content can use',
      `line 17: a {…} expression: ${code}`,
      `line 19: an import or export: ${code}`,
    ]);
  });

  test('an <h1> element is refused: the page title is the only one', () => {
    expect(mdx('<h1>Title</h1>')).toEqual(["line 1: an <h1> element: the page's title is its only top heading"]);
  });
});

describe('addresses are read as a browser reads them', () => {
  test.each([
    ['https://www.gov.uk/'],
    ['https://example.org/a?b=c&d=e'],
    ['HTTPS://WWW.GOV.UK/Guidance'],
    ['mailto:someone@example.org'],
    ['MAILTO:First.Last+news@example.org'],
    ['tel:999'],
    ['tel:+448082000247'],
    ['/get-help/'],
    ['/get-help/?from=box#numbers'],
    ['#how-quick-exit-works'],
  ])('a link to %s is accepted', (url) => {
    expect(urlProblem(url, 'link')).toBeUndefined();
  });

  // One rule for every link (src/lib/link-rule.ts): https to a plain host, an address alone, a path from the root.
  test.each([
    ['http://example.org/a?b=c&d=e', /without https: a reader's connection/],
    ['//www.gov.uk/', /without https: at its start/],
    ['../about/', /a path relative to the page/],
    ['https://www.gov.uk@evil.example/', /names a user before the website/],
    ['https://user:pass@www.gov.uk/', /names a user before the website/],
    ['https://www.gov.uk:8443/', /plain letters a-z/],
    ['https://192.168.0.1/', /plain letters a-z/],
    ['https://www.g\u043Ev.uk/', /plain letters a-z/],
    ['https://xn--gv-ylc.uk/', /plain letters a-z/],
    ['mailto:someone@example.org?bcc=watcher@example.net', /one email address and nothing else/],
    ['mailto:someone@example.org,watcher@example.net', /one email address and nothing else/],
    ['mailto:someone@example.org&#63;cc=watcher@example.net', /one email address and nothing else/],
    ['mailto:?body=hello', /one email address and nothing else/],
    ['tel:0808;ext=1', /digits only/],
  ])('a link to %j is refused', (url, found) => {
    expect(urlProblem(url, 'link')?.found).toMatch(found);
  });

  test.each([
    ['javascript:alert(1)', 'a javascript: link'],
    ['JavaScript:alert(1)', 'a javascript: link'],
    [' \u0001javascript:alert(1)', 'a javascript: link'],
    ['java\tscript:alert(1)', 'a javascript: link'],
    ['java\nscript:alert(1)', 'a javascript: link'],
    ['java\u200bscript:alert(1)', 'a javascript: link'],
    ['jav&#x61;script:alert(1)', 'a javascript: link'],
    ['jav&#97script:alert(1)', 'a javascript: link'],
    ['javascript&colon;alert(1)', 'a javascript: link'],
    ['jav&amp;#x61;script:alert(1)', 'a javascript: link'],
    ['java&Tab;script:alert(1)', 'a javascript: link'],
    ['data:text/html,<script>alert(1)</script>', 'a data: link'],
    ['vbscript:msgbox(1)', 'a vbscript: link'],
    ['file:///etc/passwd', 'a file: link'],
  ])('a link to %j is refused as %s', (url, found) => {
    expect(urlProblem(url, 'link')?.found).toBe(`${found}: links must lead to a page`);
  });

  test.each([['/images/chart.png'], ['images/chart.png']])('an image from %s (this site) is accepted', (url) => {
    expect(urlProblem(url, 'image')).toBeUndefined();
  });

  test.each([
    ['https://tracker.example/pixel.png'],
    ['//tracker.example/pixel.png'],
    ['/\\tracker.example/pixel.png'],
    ['data:image/svg+xml,<svg onload="alert(1)"/>'],
    ['http&#58;//tracker.example/pixel.png'],
  ])('an image from %j is refused', (url) => {
    expect(urlProblem(url, 'image')?.found).toMatch(/^an image from .*: images must be files on this site/);
  });
});

describe('the quick exit leads to another website whose name is plain a-z', () => {
  test.each([
    ['https://www.bbc.co.uk/weather', 'www.bbc.co.uk'],
    ['https://WWW.BBC.CO.UK/weather', 'www.bbc.co.uk'],
    ['https://www.met-office.gov.uk', 'www.met-office.gov.uk'],
  ])('%s is accepted', (url, host) => {
    expect(plainHostName(url)).toBe(host);
  });

  test.each([
    ['https://www.bb\u0441.co.uk/weather'],
    ['https://www.xn--bb-ulc.co.uk/weather'],
    ['https://www.bbc.co.uk@evil.example/'],
    ['https://www.bbc.co.uk:8443/'],
    ['https://192.168.0.1/'],
    ['https://localhost/'],
    ['https://www.bbc.co.uk./'],
    ['https://-bbc.co.uk/'],
  ])('%j is refused', (url) => {
    expect(plainHostName(url)).toBeUndefined();
  });
});

describe("the allow-list inside Astro's Markdown processor (src/checker/safety/allow-list-plugin.ts)", () => {
  const compile = (source: string) =>
    mdxToJs(source, { mdastPlugins: [contentAllowListPlugin], fileURL: pathToFileURL('/site/content/pages/about.mdx') });

  test('stops the compile of MDX that would run code, before it can run: in `astro dev` too', () => {
    expect(() => compile('import fs from "node:fs"\n\n{fs.readFileSync("/etc/passwd", "utf8")}\n')).toThrow(
      '/site/content/pages/about.mdx cannot be built: an import or export: content cannot run code',
    );
    expect(() => compile('<a href="jav&#x61;script:alert(1)">Help</a>\n')).toThrow('a javascript: link: links must lead to a page');
  });

  test('compiles what content may hold', () => {
    expect(() => compile('Some **text** and <Figure id="marac-cases" /> [help](/get-help/).\n')).not.toThrow();
  });
});
