import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { mdxToMdast } from 'satteri';
import { afterEach, describe, expect, test } from 'vitest';
import { validateContent } from '../../src/checker/index.ts';
import { mdxProblems } from '../../src/checker/safety/allow-list.ts';
import { quickExitProblem, websiteProblem } from '../../src/lib/link-rule.ts';
import { contentWithOverlay } from '../support/content-overlay.ts';

// Every link is checked by one rule (src/lib/link-rule.ts), whatever its Markdown form. Each hostile
// address below is written in every form a link can take in MDX, and each form in several ways (case,
// character references, whitespace, both quotes): every combination must be refused. A pattern that
// knows only some forms (the reference-style definition, say) lets the rest through.

/** The forms a link can take in an MDX body, for an address and the words it shows. */
const forms: Record<string, (url: string, words?: string) => string> = {
  inline: (url, words = 'link') => `A [${words}](${url}).`,
  'inline in angle brackets': (url, words = 'link') => `A [${words}](<${url}>).`,
  'inline with a title': (url, words = 'link') => `A [${words}](${url} "Title").`,
  'reference-style': (url, words = 'link') => `A [${words}][ref].\n\n[ref]: ${url}`,
  'reference-style, collapsed, title in quotes': (url, words = 'ref') =>
    `A [${words}][].\n\n[${words.toUpperCase()}]:\n  ${url}\n  'Title'`,
  // MDX has no <https://…> autolinks (a < starts a tag), but a bare address becomes a link (GFM).
  'bare address': (url) => `Write to ${url} today.`,
  'raw HTML, double quotes': (url, words = 'link') => `A <a href="${url}">${words}</a>.`,
  'raw HTML, single quotes': (url, words = 'link') => `A <a href='${url}'>${words}</a>.`,
  'raw HTML, spaced': (url, words = 'link') => `A <a\n  href = "${url}" >${words}</a>.`,
};

/** Ways of writing one address: as it is, upper case, the colon as a character reference, a tab inside. */
const spellings = (url: string): string[] => [
  url,
  url.toUpperCase(),
  url.replace(':', '&#x3A;'),
  url.replace(':', '&colon;'),
  url.replace(/^(\w)/, '$1&#9;'),
];

/** Each hostile address, with a word of it that no accepted link may carry. */
const hostile: Record<string, [string, string]> = {
  'a script': ['javascript:alert(1)', 'alert'],
  'plain http': ['http://example.org/', 'http:'],
  'a user name before the host': ['https://www.gov.uk@evil.example/', 'evil'],
  'a hidden copy of an email': ['mailto:help@example.org?bcc=watcher@example.net', 'bcc'],
  'a second email address': ['mailto:help@example.org,watcher@example.net', ','],
  'an encoded second address': ['mailto:watcher%40example.net@example.org', '%40'],
  'a data document': ['data:text/html;base64,PHNjcmlwdD4=', 'base64'],
};

const problemsOf = (body: string) => {
  try {
    return mdxProblems(mdxToMdast(body), 'content/pages/x.mdx', 0).map((p) => p.message);
  } catch {
    return ['(not MDX)'];
  }
};

/** The addresses of the links in an MDX body. */
function linkUrls(body: string): string[] {
  const urls: string[] = [];
  const walk = (node: { type: string; url?: string; children?: unknown[] }) => {
    if (node.type === 'link' && node.url) urls.push(node.url);
    (node.children as (typeof node)[] | undefined)?.forEach(walk);
  };
  walk(mdxToMdast(body) as { type: string });
  return urls;
}

describe('every form of a link is checked by the one rule', () => {
  for (const [what, [url, marker]] of Object.entries(hostile)) {
    test(`${what} is refused in every form and spelling`, () => {
      const missed: string[] = [];
      for (const [form, write] of Object.entries(forms)) {
        for (const spelling of spellings(url)) {
          // A bare address is a link only for http(s) and plain email (GFM), and only as far as it is plain:
          // for it, what counts is that no link carries the hostile part; text runs nothing.
          if (form === 'bare address' && !linkUrls(write(spelling)).some((u) => u.toLowerCase().includes(marker))) continue;
          const problems = problemsOf(write(spelling));
          if (problems.length === 0) missed.push(`${form}: ${JSON.stringify(spelling)}`);
        }
      }
      expect(missed).toEqual([]);
    });
  }

  test('a bare address is a link: the check sees it', () => {
    expect(linkUrls('Write to http://example.org/ today.')).toEqual(['http://example.org/']);
  });

  test('good links pass in every form', () => {
    const wrongly: string[] = [];
    // A phone link shows the number it dials (src/lib/phone.ts), so its words are the number.
    const good: [string, string | undefined][] = [
      ['https://www.gov.uk/guidance', undefined],
      ['mailto:enquiries@example.org', undefined],
      ['tel:08082000247', '0808 2000 247'],
      ['/get-help/', undefined],
    ];
    for (const [url, words] of good) {
      for (const [form, write] of Object.entries(forms)) {
        if (form === 'bare address' && !/^https:/.test(url)) continue;
        const problems = problemsOf(write(url, words));
        if (problems.length > 0) wrongly.push(`${form}: ${url}: ${problems.join('; ')}`);
      }
    }
    expect(wrongly).toEqual([]);
  });
});

describe('a dead link to the site is found in every form', () => {
  let cleanup: (() => void) | undefined;
  afterEach(() => cleanup?.());

  test('inline, reference-style, raw HTML, full address, encoded', () => {
    const overlay = contentWithOverlay(undefined);
    cleanup = overlay.cleanup;
    const about = path.join(overlay.dir, 'pages/about.mdx');
    const lines = [
      'An [inline link](/no-such-page/).',
      'A [reference][gone].',
      '',
      '[gone]: /no-such-page/',
      '',
      'An <a href="/no-such-page/">HTML link</a>.',
      'A [full address](https://www.cambsdasv.org.uk/no-such-page/).',
      'An [encoded one](/no&#45;such-page/).',
      'A [missing anchor][anchor].',
      '',
      '[anchor]: /get-help/#no-such-service',
      '',
      'A [good one][good] and [another](/about/).',
      '',
      '[good]: /get-help/',
    ];
    const before = readFileSync(about, 'utf8').split('\n').length;
    appendFileSync(about, `\n${lines.join('\n')}\n`);
    const found = validateContent(overlay.dir).problems.map((p) => `${p.line}: ${p.message}`);
    const at = (index: number) => before + 1 + index;
    expect(found).toEqual([
      `${at(0)}: links to /no-such-page/, a page the site does not have`,
      `${at(3)}: links to /no-such-page/, a page the site does not have`,
      `${at(5)}: links to /no-such-page/, a page the site does not have`,
      `${at(6)}: links to /no-such-page/, a page the site does not have`,
      `${at(7)}: links to /no-such-page/, a page the site does not have`,
      `${at(10)}: links to /get-help/#no-such-service, but /get-help/ has no "#no-such-service" on it`,
    ]);
  });

  test("YAML website fields follow the same rule: a partner's website with a user name is refused, naming the field", () => {
    const overlay = contentWithOverlay(undefined);
    cleanup = overlay.cleanup;
    const partners = path.join(overlay.dir, 'partners.yaml');
    const text = readFileSync(partners, 'utf8');
    writeFileSync(partners, text.replace(/^(- id: .*)$/m, '$1\n  website: https://www.cambs.police.uk@evil.example/'));
    const problems = validateContent(overlay.dir).problems;
    expect(problems).toEqual([
      expect.objectContaining({
        file: expect.stringMatching(/partners\.yaml$/),
        field: 'website',
        message: expect.stringMatching(/names a user before the website/),
      }),
    ]);
  });
});

describe('website fields and the quick-exit destination', () => {
  test.each([
    ['https://www.nationaldahelpline.org.uk/', undefined],
    ['http://www.nationaldahelpline.org.uk/', 'expected a web address starting with https://'],
    ['https://user@www.example.org/', /names a user/],
    ['https://www.exa\u043Cple.org/', /plain letters a-z/],
  ])('website %j', (url, expected) => {
    const problem = websiteProblem(url);
    if (expected === undefined) expect(problem).toBeUndefined();
    else expect(problem).toMatch(expected);
  });

  test.each([
    ['https://www.bbc.co.uk/weather', undefined],
    ['https://www.bbc.co.uk', undefined],
    ['https://www.bbc.co.uk/', undefined],
    ['https://www.bbc.co.uk/news/uk', undefined],
    ['https://www.google.com/search?q=how+to+leave+an+abusive+relationship', /no \? or # part/],
    ['https://www.bbc.co.uk/weather#domestic-abuse', /no \? or # part/],
    ['https://www.bbc.co.uk/weather?', /no \? or # part/],
    ['https://www.bbc.co.uk/a/b/c', /short neutral path/],
    ['https://www.bbc.co.uk/Weather%20help', /short neutral path/],
    ['https://www.bbc.co.uk/weather&#63;q=x', /written plainly/],
    ['https://www.bbc.co.uk/weather\u200B', /written plainly/],
  ])('quick exit to %j', (url, expected) => {
    const problem = quickExitProblem(url);
    if (expected === undefined) expect(problem).toBeUndefined();
    else expect(problem).toMatch(expected);
  });
});

describe("the quick exit's address says nothing of why the reader left", () => {
  let cleanup: (() => void) | undefined;
  afterEach(() => cleanup?.());

  test.each([
    ['https://www.bbc.co.uk/weather', false],
    ['https://www.bbc.co.uk/sport', false],
    ['https://www.google.com', false],
    ['https://www.bbc.co.uk/news/domestic-abuse', true],
    ['https://www.bbc.co.uk/how-to-leave', true],
    ['https://www.refuge.org.uk', true],
    ['https://www.nationaldahelpline.org.uk', true],
    ['https://www.womensaid.org.uk', true],
    ['https://www.stalking-advice.example', true],
  ])('%s tells: %s', (url, tells) => {
    const overlay = contentWithOverlay(undefined);
    cleanup = overlay.cleanup;
    writeFileSync(path.join(overlay.dir, 'safety.yaml'), `quickExitUrl: ${url}\n`);
    const problems = validateContent(overlay.dir).problems.filter((p) => p.field === 'quickExitUrl');
    expect(problems.map((p) => p.message)).toEqual(
      tells ? [`${url} has words that say what the reader was looking for, and it stays in the browser's history`] : [],
    );
  });
});
