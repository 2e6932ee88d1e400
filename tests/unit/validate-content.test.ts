import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { formatProblem } from '../../src/checker/problems.ts';
import { validateContent } from '../../src/checker/index.ts';
import { contentWithOverlay, invalidFixtures, problemsFor } from '../support/content-overlay.ts';
import { repoRoot } from '../support/repo-root.ts';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('the real content', () => {
  test('is valid', () => {
    const { problems, content } = validateContent(path.join(repoRoot, 'content'));
    expect(problems).toEqual([]);
    expect(content.themes).toHaveLength(9);
    expect(content.progress.reduce((n, p) => n + p.data.achievements.length, 0)).toBe(98);
  });
});

describe('a number is written once', () => {
  test("corrected in the achievement's text alone, every figure taking it follows and the content stays valid", () => {
    const overlay = contentWithOverlay(undefined);
    cleanup = overlay.cleanup;
    const file = path.join(overlay.dir, 'progress/2024-25/reducing-risk.mdx');
    const before = readFileSync(file, 'utf8');
    writeFileSync(file, before.replace('text: 1,237 cases heard', 'text: 1,241 cases heard'));
    const { problems, content } = validateContent(overlay.dir);
    expect(problems).toEqual([]);
    expect(content.figures.find((f) => f.data.id === 'marac-cases')?.data.value).toBe(1241);
    // A figure that is not the first number of its text says which it is.
    expect(content.figures.find((f) => f.data.id === 'idva-supported')?.data).toMatchObject({ number: 3, value: 2897 });
  });
});

describe('a new year starts with its file, as a draft', () => {
  const yearFile =
    'label: Year Two\nperiod: 2025/26\ntitle: Progress in Year Two, 2025/26\nstartDate: 2025-04-01\nendDate: 2026-03-31\nnextYearLabel: Year Three\n';

  test('a draft year with no progress yet is valid: its progress is added next', () => {
    const overlay = contentWithOverlay(undefined);
    cleanup = overlay.cleanup;
    writeFileSync(path.join(overlay.dir, 'years/2025-26.yaml'), `${yearFile}draft: true\n`);
    expect(validateContent(overlay.dir).problems).toEqual([]);
  });

  test('published with no progress, it is refused once, with the way forward', () => {
    const overlay = contentWithOverlay(undefined);
    cleanup = overlay.cleanup;
    writeFileSync(path.join(overlay.dir, 'years/2025-26.yaml'), yearFile);
    const tmp = path.relative(process.cwd(), overlay.dir).split(path.sep).join('/');
    expect(validateContent(overlay.dir).problems.map((p) => formatProblem(p).replaceAll(tmp, 'content'))).toEqual([
      'content/years/2025-26.yaml: the year is published, but has no progress files\n    hint: add them under content/progress/2025-26/, one per theme or aim; or keep the year as draft: true until they are ready',
    ]);
  });
});

describe('a file every page needs', () => {
  test('deleted, is named with what it holds', () => {
    const overlay = contentWithOverlay(undefined);
    cleanup = overlay.cleanup;
    rmSync(path.join(overlay.dir, 'safety.yaml'));
    rmSync(path.join(overlay.dir, 'search.yaml'));
    const tmp = path.relative(process.cwd(), overlay.dir).split(path.sep).join('/');
    const messages = validateContent(overlay.dir).problems.map((p) => formatProblem(p).replaceAll(tmp, 'content'));
    expect(messages).toEqual([
      'content/safety.yaml: the file is missing\n    hint: restore it: it holds quickExitUrl, where "Exit this page" leads',
      'content/search.yaml: the file is missing\n    hint: restore it: it holds the words that show "Need help now?" above search results',
    ]);
  });
});

describe('a standing page every page links to', () => {
  test('cannot be deleted: the build names the missing file', () => {
    const overlay = contentWithOverlay(undefined);
    cleanup = overlay.cleanup;
    rmSync(path.join(overlay.dir, 'pages/accessibility.mdx'));
    const tmp = path.relative(process.cwd(), overlay.dir).split(path.sep).join('/');
    const messages = validateContent(overlay.dir).problems.map((p) => formatProblem(p).replaceAll(tmp, 'content'));
    expect(messages).toEqual([
      'content/pages/accessibility.mdx: is missing: every page of the site links to /accessibility/\n    hint: put the file back (git restores a deleted file); a standing page the site links to cannot be deleted',
    ]);
  });
});

describe('broken content is refused with the file, the field and what was expected', () => {
  const expected: Record<string, string[]> = {
    'theme-missing-title': ['content/themes/awareness.mdx → title: is missing: expected text'],
    'theme-mistyped-field': [
      'content/themes/awareness.mdx → title: is missing: expected text',
      'content/themes/awareness.mdx, line 2: unexpected field "titel"\n    hint: did you mean "title"? Field names are case-sensitive.',
    ],
    'theme-unknown-kind': ['content/themes/awareness.mdx, line 3 → kind: expected kind to be "theme" or "aim"; found "topic"'],
    'theme-order-not-number': ['content/themes/awareness.mdx, line 4 → order: expected a whole number like 3; found "second"'],
    'theme-duplicate-order': [
      'content/themes/awareness.mdx, line 4 → order: order 1 is also used by content/themes/victim-survivor-voice.mdx\n    hint: give each theme its own number',
      'content/themes/victim-survivor-voice.mdx, line 4 → order: order 1 is also used by content/themes/awareness.mdx\n    hint: give each theme its own number',
    ],
    'progress-unknown-theme': [
      'content/progress/2024-25/datta.mdx: the file name "datta" is not a theme in content/themes/\n    hint: did you mean "data.mdx"?',
    ],
    'progress-unknown-year': [
      'content/progress/2023-24/data.mdx: the folder "2023-24" is not a year listed in content/years/\n    hint: add the year first (in the editor: Years → New year, with Draft on; or content/years/2023-24.yaml), or move the file into one of: 2024-25',
    ],
    'progress-unknown-partner': [
      'content/progress/2024-25/data.mdx, line 8 → achievements → partners: unknown partner "safelive"; expected an id from content/partners.yaml\n    hint: did you mean "safelives"?',
    ],
    'progress-duplicate-id': [
      'content/progress/2024-25/data.mdx, line 6 → achievements → id: the id "police-victim-survey" is also used by content/progress/2024-25/victim-survivor-voice.mdx (line 18)\n    hint: ids must be unique within a year: they are the links people share',
      'content/progress/2024-25/victim-survivor-voice.mdx, line 18 → achievements → id: the id "police-victim-survey" is also used by content/progress/2024-25/data.mdx (line 6)\n    hint: ids must be unique within a year: they are the links people share',
    ],
    'progress-empty-achievement': ['content/progress/2024-25/data.mdx, line 7 → achievements → text: expected text; found empty text'],
    'progress-no-achievements': [
      'content/progress/2024-25/data.mdx, line 2 → achievements: expected at least one achievement; found an empty list',
    ],
    'progress-invalid-yaml': [
      'content/progress/2024-25/data.mdx, line 8: cannot be read: the line does not line up with the lines above it\n    hint: the fields of one item start in the same column: count the spaces at the start of each line',
    ],
    'progress-bad-id': [
      'content/progress/2024-25/data.mdx, line 6 → achievements → id: expected lower-case letters, digits and single hyphens, starting with a letter, like "police-victim-survey"; found "SafeLives Review"',
    ],
    'partner-unknown-kind': [
      'content/partners.yaml, line 9 → kind: expected kind to be one of: police, fire-and-rescue, council, housing-association, health, criminal-justice, partnership, specialist-service, substance-misuse-service, other; found "constabulary"',
    ],
    'help-bad-phone': [
      'content/help.yaml, line 28 → contact → phone: expected digits in groups separated by single spaces, like "0808 2000 247"; found "0808 2000 247 (free)"',
    ],
    // Each refused range by name (every rule has its own unit test in help.test.ts).
    'help-premium-number': [
      'content/help.yaml, line 28 → contact → phone: 0909 879 0247 is a premium-rate number (09…), which charges the caller by the minute and pays whoever holds it: no helpline uses one; found "0909 879 0247"',
    ],
    'help-revenue-sharing-emergency': [
      'content/help.yaml, line 10 → contact → phone: 0844 999 0000 is a revenue-sharing number (084… or 087…), which costs the caller more and pays whoever holds it: no helpline uses one; found "0844 999 0000"',
    ],
    // A bidirectional control makes a stored number or name show as another: refused wherever it is.
    'help-bidi-in-number': [
      'content/help.yaml, line 28, column 18: a right-to-left override (U+202E: a bidirectional control, which reorders the text around it on screen), which cannot be seen\n    hint: delete it: put the cursor at that column and press Delete once, then check that the text around it is unchanged',
    ],
    'help-isolate-in-name': [
      'content/help.yaml, line 100, column 12: a left-to-right isolate (U+2066: a bidirectional control, which reorders the text around it on screen), which cannot be seen\n    hint: delete it: put the cursor at that column and press Delete once, then check that the text around it is unchanged',
    ],
    'mdx-bidi-in-attribute': [
      'content/pages/about.mdx, line 20, column 51: a right-to-left override (U+202E: a bidirectional control, which reorders the text around it on screen), which cannot be seen\n    hint: delete it: put the cursor at that column and press Delete once, then check that the text around it is unchanged',
    ],
    'mdx-tel-dials-another-number': [
      "content/pages/about.mdx: line 20: the tel: link: 09098790247 is a premium-rate number (09…), which charges the caller by the minute and pays whoever holds it: no helpline uses one\n    hint: write the number as the link's words and its digits after tel:, like [0808 2000 247](tel:08082000247)",
    ],
    'help-none-in-box': [
      'content/help.yaml → inHelpBox: no service has inHelpBox: true\n    hint: the "Get help now" box on every page needs at least one number: set inHelpBox: true on 999 and the National Domestic Abuse Helpline',
    ],
    'search-unknown-help-service': [
      'content/search.yaml → helpServices[1]: no service in help.yaml has the id "national-domestic-abuse-hotline"\n    hint: did you mean "national-domestic-abuse-helpline"?',
    ],
    'safety-not-https': [
      'content/safety.yaml, line 3 → quickExitUrl: expected a web address starting with https://, like https://www.bbc.co.uk/weather; found "http://www.bbc.co.uk/weather"',
    ],
    'page-unsafe-markup': [
      'content/pages/about.mdx: line 8: a <script> element: content cannot run code\n    hint: remove it; behaviour belongs in a component in src/components/',
      'content/pages/about.mdx: line 10: an <iframe> element: content cannot embed other websites\n    hint: remove it and link to the page instead',
      "content/pages/about.mdx: line 12: a style attribute: the Content Security Policy blocks it\n    hint: remove it; the site's styles live in src/styles/global.css",
      'content/pages/about.mdx: line 14: a <button> element is not one content can use\n    hint: write it in Markdown; the HTML elements content can use are listed in content/README.md',
      'content/pages/about.mdx: line 14: an inline event handler (onClick=): content cannot run code\n    hint: remove the attribute',
      'content/pages/about.mdx: line 16: a javascript: link: links must lead to a page\n    hint: use an https:// address or a path on this site (mailto: for an email address, tel: for a phone number)',
    ],
    'page-reserved-id': [
      'content/pages/glossary.mdx: the file name "glossary" is the address of another part of the site, /glossary/\n    hint: rename the file: its name is the page\'s address, and these are taken: 404, _astro, admin, glossary, index, og, open-data, pagefind, partners, robots.txt, search, search-data.json, updates, updates.xml, and years like 2024-25',
    ],
    'page-named-like-a-year': [
      'content/pages/2025-26.mdx: the file name "2025-26" is the address of a year\'s pages, /2025-26/\n    hint: rename the file: its name is the page\'s address, and these are taken: 404, _astro, admin, glossary, index, og, open-data, pagefind, partners, robots.txt, search, search-data.json, updates, updates.xml, and years like 2024-25',
    ],
    'partner-event-handler': [
      'content/partners.yaml: line 7: an inline event handler (onerror=): content cannot run code\n    hint: remove the attribute',
    ],
    'chart-figures-not-a-list': [
      'content/charts/2024-25.yaml, line 7 → figures: expected a list of figure ids, like [refuge-women, refuge-children]; found "refuge-women"',
    ],
    'chart-funnel-widens': [
      'content/charts/2024-25.yaml, line 7 → figures: a funnel narrows, but stage 2 (4,599) is larger than stage 1 (2,897)\n    hint: list the stages in order, from the first (referrals) to the last (supported)',
    ],
    'chart-grouped-bar-one-area': [
      'content/charts/2024-25.yaml, line 7 → figures: a grouped bar compares areas, but every figure is for "both"\n    hint: use kind: bar',
    ],
    'chart-mixed-units': [
      'content/charts/2024-25.yaml, line 7 → figures: mixes units (count: idva-referrals; percent: idva-engagement); expected one unit per chart\n    hint: counts and percentages cannot share an axis: make a chart for each',
    ],
    'chart-no-figures': ['content/charts/2024-25.yaml, line 7 → figures: expected at least one figure id; found an empty list'],
    'chart-number-not-in-figures': [
      'content/charts/2024-25.yaml, line 4 → title: "99" is not one of the chart\'s figures (98, 107) nor in the text they come from\n    hint: a title or summary states only the numbers the report gives for these achievements',
    ],
    'chart-unknown-figure': [
      'content/charts/2024-25.yaml, line 7 → figures: unknown figure "refuge-childen"; expected an id from content/figures/2024-25.yaml\n    hint: did you mean "refuge-children"?',
    ],
    'figure-unit-not-in-text': [
      'content/figures/2024-25.yaml, line 3 → unit: "marac-cases" is a percentage, but the 1st number of the text of "marac-cases-heard" (content/progress/2024-25/reducing-risk.mdx) is 1,237, a count: "1,237 cases heard at the Multi Agency Risk Assessment Conference (MARAC)"\n    hint: set number to the place of this figure\'s number in that text (1 for the first), or unit to count',
    ],
    'figure-duplicate-id': [
      'content/figures/2024-25.yaml, line 1 → id: the figure id "marac-cases" is also used by content/figures/2024-25.yaml (line 8)\n    hint: a figure id names one number of a year: give this one its own id (the same id in another year\'s file is how two years are compared)',
      'content/figures/2024-25.yaml, line 8 → id: the figure id "marac-cases" is also used by content/figures/2024-25.yaml (line 1)\n    hint: a figure id names one number of a year: give this one its own id (the same id in another year\'s file is how two years are compared)',
    ],
    'figure-number-zero': ['content/figures/2024-25.yaml, line 3 → number: expected 1 or more: 1 is the first number of the text; found 0'],
    'figure-qualifier-not-in-text': [
      'content/figures/2024-25.yaml, line 8 → qualifier: "marac-cases" says "over 1,237", but the 1st number of the text of "marac-cases-heard" (content/progress/2024-25/reducing-risk.mdx) has no "over" before it: "1,237 cases heard at the Multi Agency Risk Assessment Conference (MARAC)"\n    hint: delete qualifier here, or write "over" before the number in content/progress/2024-25/reducing-risk.mdx if the report says it',
    ],
    'figure-unknown-statement': [
      'content/figures/2024-25.yaml, line 7 → statement: unknown achievement "marac-cases-hear"; expected the id of an achievement in content/progress/2024-25/\n    hint: did you mean "marac-cases-heard"?',
    ],
    'figure-unknown-theme': [
      'content/figures/2024-25.yaml, line 5 → theme: unknown theme "reducing-rsik"; expected a file name from content/themes/\n    hint: did you mean "reducing-risk"?',
    ],
    'figure-number-not-in-text': [
      'content/figures/2024-25.yaml, line 3 → number: "marac-cases" takes its number from the 2nd number of the text of "marac-cases-heard" (content/progress/2024-25/reducing-risk.mdx), but that text has only 1: "1,237 cases heard at the Multi Agency Risk Assessment Conference (MARAC)"\n    hint: set number to the place of this figure\'s number in that text (1 for the first), or correct the text in content/progress/2024-25/reducing-risk.mdx',
    ],
    'figure-value-in-file': [
      'content/figures/2024-25.yaml, line 3: unexpected field "value"\n    hint: a figure\'s number is no longer written in the figures file: it is taken from its achievement\'s text (statement, number). Delete value here, and correct the number in that text',
    ],
    'figure-wrong-theme': [
      'content/figures/2024-25.yaml, line 5 → theme: the figure\'s achievement "marac-cases-heard" is under "reducing-risk" (content/progress/2024-25/reducing-risk.mdx), not "awareness"\n    hint: set theme to "reducing-risk"',
    ],
    'figure-wrong-year': [
      'content/figures/2024-25.yaml, line 6 → year: the year "2023-24" does not match the file; expected "2024-25"\n    hint: figures for a year live in the file named after it',
    ],
    // YAML's own words ("Sequence item without - indicator") never reach an editor: the line, and how far out it is.
    'yaml-field-indented-one-short': [
      'content/figures/2024-25.yaml, line 2: cannot be read: the field is indented 1 space less than the other fields of its item\n    hint: start it with 2 spaces, in line with "id" after the "-" of its item above',
    ],
    'yaml-item-indented-one-short': [
      'content/progress/2024-25/awareness.mdx, line 6: cannot be read: the list item starts 1 space to the left of the item above it\n    hint: start every item of a list in the same column: 2 spaces before the "-"',
    ],
    // An id used in another file: said in both files, and nothing more about the figure that names it (which one it means is unknown).
    'achievement-id-used-in-another-file': [
      'content/progress/2024-25/awareness.mdx, line 23 → achievements → id: the id "peterborough-dasv-conference" is also used by content/progress/2024-25/reducing-risk.mdx (line 3)\n    hint: ids must be unique within a year: they are the links people share',
      'content/progress/2024-25/reducing-risk.mdx, line 3 → achievements → id: the id "peterborough-dasv-conference" is also used by content/progress/2024-25/awareness.mdx (line 23)\n    hint: ids must be unique within a year: they are the links people share',
      'content/figures/2024-25.yaml, line 205 → statement: unknown achievement "marac-cases-heard"; expected the id of an achievement in content/progress/2024-25/\n    hint: use the id of the achievement whose text states this number (if you renamed that achievement, its new id)',
    ],
    'achievement-partner-named-twice': [
      'content/progress/2024-25/awareness.mdx, line 8 → achievements → partners: the partner "cpft" is named twice in this achievement (also partners item 1)\n    hint: name each partner once: delete this one',
    ],
    'mdx-unknown-figure': [
      'content/progress/2024-25/data.mdx, line 13: <Figure id="marac-case" /> names no figure of 2024-25\n    hint: did you mean "marac-cases"?',
    ],
    'mdx-figure-in-two-years': [
      'content/pages/about.mdx, line 20: <Figure id="marac-cases" /> is a figure of 2024-25, 2025-26; which year is meant?\n    hint: name the year, like <Figure id="marac-cases" year="2025-26" />',
    ],
    'figure-unit-changes-between-years': [
      'content/figures/2025-26.yaml, line 3 → unit: "idva-engagement" is a count here but a percentage in content/figures/2024-25.yaml; the same id in two years is the same measure, compared on the figures page\n    hint: use unit: percent, or a new id for a new measure',
    ],
    'chart-figure-from-other-year': [
      'content/charts/2025-26.yaml, line 7 → figures: the figure "idva-referrals" is from 2024-25, not 2025-26\n    hint: a chart shows one year: add "idva-referrals" to content/figures/2025-26.yaml, or leave it out',
    ],
    'year-bad-date': [
      'content/years/2024-25.yaml, line 6 → endDate: expected a date written as YYYY-MM-DD, like 2025-03-31; found "31/03/2025"',
    ],
    'theme-unclosed-mdx-tag': [
      'content/themes/awareness.mdx, line 10: the text cannot be read as MDX: Expected a closing tag for `<Figure>` before the end of `paragraph`\n    hint: every <Tag> needs a closing </Tag> or must end with />, and every { a matching }; to show a < or { as text, write \\< or \\{',
    ],
    'theme-aim-without-statement': ['content/themes/prevention.mdx → statement: is missing: expected text'],
    'progress-draft-not-boolean': ['content/progress/2024-25/data.mdx, line 2 → draft: expected true or false; found "yes please"'],
    'progress-misspelt-partners-field': [
      'content/progress/2024-25/data.mdx, line 8 → achievements: unexpected field "partner"\n    hint: did you mean "partners"? Field names are case-sensitive.',
    ],
    'progress-no-frontmatter': [
      'content/progress/2024-25/data.mdx: the file has no frontmatter\n    hint: it must start with a line "---", then its fields, then another "---"',
    ],
    'year-ends-before-it-starts': [
      'content/years/2024-25.yaml, line 6 → endDate: expected endDate to be after startDate; found "2024-03-31"',
    ],
    'partner-duplicate-id': [
      'content/partners.yaml → id: the partner id "police" is used 2 times\n    hint: each partner needs its own id',
    ],
    'glossary-duplicate-term': ['content/glossary.yaml → term: the term "MARAC" is listed 2 times\n    hint: keep one entry per term'],
    'strategy-missing-vision': ['content/strategy/2024-2027.yaml → vision: is missing: expected text'],
    'year-updated-before-published': [
      'content/years/2024-25.yaml, line 9 → updated: expected updated to be on or after published; found "2025-06-01"',
    ],
    'mdx-curly-quotes-in-tag': [
      'content/pages/about.mdx, line 20, column 28: the tag\'s value starts with a curly opening quote “, not a straight quote "\n    hint: type straight quotes around the value, like <Figure id="marac-cases" />',
    ],
    'mdx-link-to-missing-anchor': [
      'content/pages/about.mdx, line 20: links to /2024-25/victim-survivor-voice/#police-victim-surve, but /2024-25/victim-survivor-voice/ has no "#police-victim-surve" on it\n    hint: did you mean /2024-25/victim-survivor-voice/#police-victim-survey?',
    ],
    'mdx-link-to-missing-page': [
      'content/pages/about.mdx, line 20: links to /2024-25/awarenes/, a page the site does not have\n    hint: did you mean /2024-25/awareness/?',
    ],
    'progress-broken-yaml-no-follow-ons': [
      'content/progress/2024-25/awareness.mdx, line 11: cannot be read: the line does not line up with the lines above it\n    hint: the fields of one item start in the same column: count the spaces at the start of each line',
    ],
    'progress-curly-quotes-around-text': [
      'content/progress/2024-25/data.mdx, line 7: cannot be read: the text starts with a curly opening quote “, which does not work as a quote here\n    hint: wrap the whole text in straight double quotes, like text: "“Police: survey” results"',
    ],
    'progress-en-dash-list-item': [
      'content/progress/2024-25/data.mdx, line 9, column 3: the list item starts with an en dash –, not a hyphen -\n    hint: type a hyphen (the key beside 0), like "- id: …"',
    ],
    'progress-figure-in-achievement-text': [
      'content/progress/2024-25/data.mdx, line 7 → achievements → text: holds <Figure id="marac-cases" />, which the page would show as typed: this text is plain words\n    hint: write the number itself as the report gives it, like 1,237: the figure is checked against this text',
    ],
    'progress-link-in-achievement-text': [
      'content/progress/2024-25/data.mdx, line 7 → achievements → text: holds a Markdown link, [MARAC](/glossary/#marac), which the page would show as typed: this text is plain words\n    hint: write the words alone; a link belongs in the text below the second --- line of the file',
    ],
    'progress-non-breaking-space': [
      'content/progress/2024-25/data.mdx, line 7, column 39: a non-breaking space, which cannot be seen\n    hint: delete it and type an ordinary space',
    ],
    'progress-over-indented-field': [
      'content/progress/2024-25/data.mdx, line 8: cannot be read: the line is indented further than the field above it\n    hint: the fields of one item start in the same column: count the spaces at the start of each line',
    ],
    'progress-tab-indent': [
      'content/progress/2024-25/data.mdx, line 8: cannot be read: the line is indented with a tab\n    hint: indent with spaces only, two for each level',
    ],
    'progress-text-with-colon': [
      'content/progress/2024-25/data.mdx, line 7: cannot be read: the text contains ": ", which reads as the start of another field\n    hint: wrap the whole text in double quotes, like text: "Police: victim survey"',
    ],
    'progress-unclosed-list': [
      'content/progress/2024-25/data.mdx, line 8: cannot be read: a list opened with [ is not closed with ]\n    hint: end the list with ] on the same line, like [police, cpft]',
    ],
    'progress-unclosed-quote': [
      'content/progress/2024-25/data.mdx, line 7: cannot be read: the text opened with " is not closed\n    hint: end the text with " on the same line',
    ],
    'progress-zero-width-space': [
      'content/progress/2024-25/data.mdx, line 8, column 20: a zero-width space, which cannot be seen\n    hint: delete it: put the cursor at that column and press Delete once, then check that the text around it is unchanged',
    ],
    'year-date-not-iso-format': [
      'content/years/2024-25.yaml, line 8 → published: expected a date written as YYYY-MM-DD, like 2025-03-31; found "01/04/2025"',
    ],
    'theme-named-like-a-year-page': [
      'content/themes/priorities.mdx: the file name "priorities" is the address of a page every year has, /<year>/priorities/\n    hint: rename the file: these names are taken: figures, priorities, report',
    ],
    // A promise's status names a priority the year before set under the same theme, and achievements of its own year.
    'promise-unknown-priority': [
      'content/progress/2025-26/victim-survivor-voice.mdx, line 9 → prioritiesReported → priority: unknown priority "survivor-children-represented-board"; expected the id of a priority in content/progress/2024-25/victim-survivor-voice.mdx\n    hint: did you mean "survivors-children-represented-board"?',
    ],
    'promise-unknown-evidence': [
      'content/progress/2025-26/victim-survivor-voice.mdx, line 9 → prioritiesReported → evidence: unknown achievement "year-two-survivors-board"; expected the id of an achievement of 2025-26 (in content/progress/2025-26/)\n    hint: did you mean "year-two-survivor-board"?',
    ],
    'promise-bad-status': [
      'content/progress/2025-26/victim-survivor-voice.mdx, line 7 → prioritiesReported → status: expected status to be one of: done, in-progress, carried-forward, dropped; found "complete"',
    ],
    'year-published-with-empty-themes': [
      'content/years/2025-26.yaml: the year is published, but nothing is reported under data, prevention, pursuing-perpetrators, reducing-risk, support-for-victims, system-wide-collaboration, trauma-informed-working, victim-survivor-voice: their pages would say nothing\n    hint: add a file for each in content/progress/2025-26/; or say when their progress will follow with a line like "progressToFollow: September 2026" in this file; or keep the year as draft: true until it is ready',
    ],
  };

  test('every fixture case has its expected messages here', () => {
    // Cases of content that could run code or send readers away (unsafe-*) are in content-allow-list.test.ts.
    const cases = readdirSync(invalidFixtures).filter((name) => !name.startsWith('unsafe-'));
    expect(cases.sort()).toEqual(Object.keys(expected).sort());
  });

  for (const [caseName, messages] of Object.entries(expected)) {
    test(caseName, () => {
      expect(problemsFor(caseName)).toEqual(messages);
    });
  }
});
