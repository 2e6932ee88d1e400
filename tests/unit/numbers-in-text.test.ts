import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, test } from 'vitest';
import { validateContent } from '../../src/checker/index.ts';
import { plainFiles } from '../../src/lib/safe-files.ts';
import { numbersInText } from '../../src/lib/phone.ts';
import { contentWithOverlay } from '../support/content-overlay.ts';
import { repoRoot } from '../support/repo-root.ts';

// A phone dials a number in a page's words when it is tapped, as surely as a tel: link (iOS links
// them by itself), so numbers in running text meet the phone rules too (src/checker/safety/numbers-in-text.ts).

describe('numbers in running text', () => {
  let cleanup: (() => void) | undefined;
  afterEach(() => cleanup?.());

  /** The problems the checker finds once `lines` are added to a page's text and `description` to a partner's. */
  function problemsWith(lines: readonly string[], partnerDescription?: string): string[] {
    const overlay = contentWithOverlay(undefined);
    cleanup = overlay.cleanup;
    appendFileSync(path.join(overlay.dir, 'pages/about.mdx'), `\n${lines.join('\n\n')}\n`);
    if (partnerDescription) {
      const partners = path.join(overlay.dir, 'partners.yaml');
      const text = readFileSync(partners, 'utf8');
      writeFileSync(partners, text.replace(/^( {2}name: .*)$/m, `$1\n  description: ${partnerDescription}`));
    }
    // An MDX body's problems start with their line ("line 20: …"); which line is not the point here.
    return validateContent(overlay.dir).problems.map((p) => `${p.file.split('/').pop()}: ${p.message.replace(/^line \d+: /, '')}`);
  }

  test('a premium, revenue-sharing, personal, mobile, directory or international number is refused by name, however it is written', () => {
    const found = problemsWith([
      'Call 0909 879 0000 for advice.',
      'Or 0871-123-4567, or (0870) 123 4567.',
      'Ring 070 1234 5678 or 07700 900123.',
      'Directory enquiries: 118 118.',
      'From abroad: +44 909 879 0000.',
    ]);
    expect(found).toEqual([
      'about.mdx: the phone number 0909 879 0000: it is a premium-rate number (09…), which charges the caller by the minute and pays whoever holds it: no helpline uses one',
      'about.mdx: the phone number 0871-123-4567: it is a revenue-sharing number (084… or 087…), which costs the caller more and pays whoever holds it: no helpline uses one',
      'about.mdx: the phone number (0870) 123 4567: it is a revenue-sharing number (084… or 087…), which costs the caller more and pays whoever holds it: no helpline uses one',
      'about.mdx: the phone number 070 1234 5678: it is a personal number (070…), which can be forwarded to any phone in the world and costs the caller more: no helpline uses one',
      'about.mdx: the phone number 07700 900123: it is a mobile number (07…): give it only as a number to text',
      'about.mdx: the phone number 118 118: it is a directory enquiries number (118…), which charges the caller: no helpline uses one',
      'about.mdx: the phone number +44 909 879 0000: it is an international number; write the UK number as dialled in the UK, starting with 0: no helpline uses one',
    ]);
  });

  test('in a YAML text too, and digits of other scripts are refused outright', () => {
    const found = problemsWith(['Call ０８０８ ２０００ ２４７, or ٩٩٩.'], 'Call 0909 879 0000 for advice');
    expect(found).toContain(
      'partners.yaml: the phone number 0909 879 0000: it is a premium-rate number (09…), which charges the caller by the minute and pays whoever holds it: no helpline uses one',
    );
    expect(found.filter((p) => p.includes('a digit of another script'))).toHaveLength(14);
  });

  test("a helpline's number and the report's figures, years and dates pass", () => {
    expect(
      problemsWith([
        'Call 0808 2000 247, free, or 999; Samaritans on 116 123; Childline on 0800 1111; 01223 123456; 0300 123 4567.',
        '4,599 referrals, 63% engagement – 2,897 supported; the Strategy 2024-2027; Year One (2024/25), 2024-25; 1 237 cases; on 01-04-2025.',
      ]),
    ).toEqual([]);
  });
});

test('every number in the words of content is one content/help.yaml lists, checked on its own service’s site', () => {
  interface Service {
    contact?: { phone?: string; ways?: { phone?: string }[] };
  }
  const services = parse(readFileSync(path.join(repoRoot, 'content/help.yaml'), 'utf8')) as Service[];
  const listed = new Set(
    services
      .flatMap((s) => [s.contact?.phone, ...(s.contact?.ways ?? []).map((w) => w.phone)])
      .flatMap((p) => (p ? [p.replaceAll(' ', '')] : [])),
  );
  const content = path.join(repoRoot, 'content');
  const unlisted = plainFiles(content, '**/*.{mdx,yaml}').flatMap((file) =>
    numbersInText(readFileSync(path.join(content, file), 'utf8'))
      .filter((n) => !listed.has(n.digits))
      .map((n) => `${file}: ${n.written}`),
  );
  expect(unlisted).toEqual([]);
});

describe('numbers in running text, written to slip past', () => {
  let cleanup: (() => void) | undefined;
  afterEach(() => cleanup?.());

  test('split by emphasis, a tag or code: read as the page shows it', () => {
    const overlay = contentWithOverlay(undefined);
    cleanup = overlay.cleanup;
    appendFileSync(
      path.join(overlay.dir, 'pages/about.mdx'),
      '\nCall 0909 **879** 0000.\n\nOr 0909 <span>879</span> 0000.\n\n## Or `0909 879 0000`\n\n| Or |\n| --- |\n| 0909 *879* 0000 |\n',
    );
    const found = validateContent(overlay.dir).problems.map((p) => p.message);
    expect(found.filter((p) => p.includes('the phone number 0909 879 0000: it is a premium-rate number'))).toHaveLength(4);
  });

  test('joined by character references or dashes of any kind, and a malformed tel: escape said plainly', () => {
    const overlay = contentWithOverlay(undefined);
    cleanup = overlay.cleanup;
    appendFileSync(
      path.join(overlay.dir, 'pages/about.mdx'),
      '\nCall 0909&nbsp;879&#160;0000 now.\n\nOr 0909–879–0000.\n\nOr [0808 2000 247](tel:%E0).\n',
    );
    const found = validateContent(overlay.dir).problems.map((p) => `${p.line}: ${p.message}`);
    expect(found.filter((p) => p.includes('premium-rate'))).toHaveLength(2);
    expect(found.some((p) => /tel: link dials "%E0"/.test(p))).toBe(true);
    expect(found.some((p) => /cannot be read/.test(p))).toBe(false);
  });
});
