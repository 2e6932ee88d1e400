import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { baseURL } from '../../playwright.config';
import { editorPolicy } from '../../src/lib/security-policy.ts';
import { elementsOf } from '../support/built-dist.ts';
import { headersFor, parseHeadersFile } from '../support/headers-file.ts';
import { builtPages, editorPath, repoRoot } from './helpers';

// The content editor (/admin/, Decap CMS) driven against its local back end, decap-server, over a
// copy of content/: what an editor does in the forms must change exactly the lines it should, pass
// the content checker and reach the built pages; a file opened and saved unchanged must not change.

test.describe.configure({ mode: 'serial' });

const serverPort = Number(new URL(baseURL).port) + 2;
let work: string;
let server: ChildProcess;
const original = new Map<string, string>();

/** Every file under the copy's content/, by its path from there, with its text. */
function contentFiles(): Map<string, string> {
  const dir = path.join(work, 'content');
  const files = new Map<string, string>();
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    if (/\.(mdx|yaml)$/.test(file)) files.set(file.split(path.sep).join('/'), readFileSync(path.join(dir, file), 'utf8'));
  }
  return files;
}

/** The files whose text differs from the copy as it was. */
function changedFiles(): string[] {
  return [...contentFiles()].filter(([file, text]) => original.get(file) !== text).map(([file]) => file);
}

test.beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'dasv-cms-'));
  cpSync(path.join(repoRoot, 'content'), path.join(work, 'content'), { recursive: true });
  for (const [file, text] of contentFiles()) original.set(file, text);
  // decap-server in its file-system mode, rooted at the copy, reachable only from this computer.
  server = spawn(process.execPath, [path.join(repoRoot, 'node_modules/decap-server/dist/index.js')], {
    cwd: work,
    env: { ...process.env, PORT: String(serverPort), BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: work, MODE: 'fs' },
    stdio: 'ignore',
  });
  await expect
    .poll(
      async () =>
        (
          await fetch(`http://127.0.0.1:${serverPort}/api/v1`, {
            method: 'POST',
            body: '{"action":"info"}',
            headers: { 'content-type': 'application/json' },
          }).catch(() => undefined)
        )?.ok,
      { timeout: 30_000 },
    )
    .toBe(true);
});

test.afterAll(() => {
  server?.kill();
  if (work) rmSync(work, { recursive: true, force: true });
});

test('the editor is kept apart from the public site', () => {
  const dist = path.join(repoRoot, 'dist');
  const html = readFileSync(path.join(dist, 'admin/index.html'), 'utf8');
  const elements = elementsOf(html);
  const metas = elements.filter((el) => el.tag === 'meta').map((el) => el.attrs);
  expect(metas.find((meta) => meta['name'] === 'robots')?.['content']).toBe('noindex, nofollow');
  expect(html).not.toContain('data-pagefind-body');
  expect(metas.filter((meta) => meta['property']?.startsWith('og:') || meta['name']?.startsWith('twitter:'))).toEqual([]);
  // Its own policy (src/lib/security-policy.ts): the only other origins it may reach are GitHub's API and decap-server.
  expect(metas.filter((meta) => meta['http-equiv'] === 'content-security-policy').map((meta) => meta['content'])).toEqual([editorPolicy]);
  expect(editorPolicy).toContain("connect-src 'self' https://api.github.com http://localhost:8081;");
  expect(editorPolicy).toContain("default-src 'self';");
  expect(readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8')).not.toContain('/admin/');
  const editorScript = elements.find((el) => el.tag === 'script')!.attrs['src']!;
  for (const url of builtPages()) {
    const page = readFileSync(path.join(dist, url, 'index.html'), 'utf8');
    expect(page, url).not.toContain('/admin/');
    expect(page, url).not.toContain(editorScript);
  }
  // The readers' header policy is their pages' own, not widened by the editor's, which only /admin/* is sent.
  for (const rule of parseHeadersFile(readFileSync(path.join(dist, '_headers'), 'utf8'))) {
    const widened = /'unsafe-eval'|api\.github\.com/.test(rule.headers['Content-Security-Policy'] ?? '');
    expect(widened, rule.pattern).toBe(rule.pattern === '/admin/*');
  }
});

/** Opens the editor signed in to the local back end (the page's own address for it, sent on to this test's decap-server). */
async function openEditor(page: Page, hash: string): Promise<void> {
  await page.route('http://localhost:8081/api/v1', (route) => route.continue({ url: `http://127.0.0.1:${serverPort}/api/v1` }));
  await page.goto(editorPath);
  await page.getByRole('button', { name: 'Login' }).click();
  await page.goto(`${editorPath}#/collections/${hash}`);
}

test('served with the headers of dist/_headers, as Netlify or Cloudflare Pages would, the editor starts', async ({ page }) => {
  test.setTimeout(120_000);
  const rules = parseHeadersFile(readFileSync(path.join(repoRoot, 'dist/_headers'), 'utf8'));
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== new URL(baseURL).origin) return route.fallback();
    const response = await route.fetch();
    return route.fulfill({ response, headers: { ...response.headers(), ...headersFor(rules, url.pathname) } });
  });
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  // Decap CMS starts (it compiles its config checks with eval, styles itself inline) and offers the
  // live site's sign-in. (Chromium treats a response made here as from the internet, so it would not
  // let this page reach decap-server on this computer: the local sign-in is not tried.)
  await page.goto(editorPath);
  await expect(page.getByRole('button', { name: 'Login with GitHub' })).toBeVisible({ timeout: 60_000 });
  expect(refused).toEqual([]);
});

/** Opens another entry afresh (a page load: after a save, Decap CMS may show the next file's form before reading it). */
async function openEntry(page: Page, hash: string): Promise<void> {
  await page.goto(`${editorPath}#/collections/${hash}`);
  await page.reload();
}

/** The item of a list field whose collapsed summary shows `summary`, opened. */
async function openItem(page: Page, summary: string): Promise<Locator> {
  const item = page.locator('[class*=listControlItem]').filter({ has: page.locator('[class*=NestedObjectLabel]', { hasText: summary }) });
  await item.locator('button').first().click();
  return item;
}

async function pick(field: Locator, page: Page, option: string): Promise<void> {
  await field.click();
  await field.fill(option);
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByText('Publish now').click();
  await expect(page.getByText('Entry saved')).toBeVisible({ timeout: 20_000 });
}

test('an achievement edited, a partner picked, a figure made and put on a chart change exactly those lines', async ({ page }) => {
  test.setTimeout(240_000);
  await openEditor(page, 'progress-2024-25/entries/awareness');
  const achievement = await openItem(page, 'Elected members DA policy in Peterborough');
  await achievement
    .getByRole('textbox', { name: 'Text', exact: true })
    .fill('Elected members DA policy in Peterborough, adopted by 3 councils');
  await pick(achievement.getByRole('combobox', { name: /^Partners/ }), page, 'Peterborough City Council');
  await publish(page);

  await openEntry(page, 'figures/entries/2024-25');
  // Only once the file's figures are in the form: a list added to before it loads would replace them.
  await expect(page.locator('[class*=NestedObjectLabel]', { hasText: '(marac-cases)' })).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: /Add figures/ }).click();
  const figure = page.locator('[class*=listControlItem]').last();
  await figure.getByRole('textbox', { name: 'Id', exact: true }).fill('elected-members-policy-councils');
  await figure.getByRole('textbox', { name: 'Label', exact: true }).fill('councils with an elected members DA policy');
  await figure.getByRole('spinbutton', { name: 'Value' }).fill('3');
  await pick(figure.getByRole('combobox', { name: /^Unit/ }), page, 'count');
  await pick(figure.getByRole('combobox', { name: /^Area/ }), page, 'Peterborough');
  await pick(figure.getByRole('combobox', { name: /^Theme/ }), page, 'Awareness');
  await pick(
    figure.getByRole('combobox', { name: /^Statement/ }),
    page,
    'Elected members DA policy in Peterborough, adopted by 3 councils',
  );
  await publish(page);

  await openEntry(page, 'charts/entries/2024-25');
  const chart = await openItem(page, 'training-reach');
  await pick(chart.getByRole('combobox', { name: /^Figures/ }), page, 'councils with an elected members DA policy');
  await publish(page);

  expect(changedFiles()).toEqual(['charts/2024-25.yaml', 'figures/2024-25.yaml', 'progress/2024-25/awareness.mdx']);
  const files = contentFiles();
  expect(files.get('progress/2024-25/awareness.mdx')).toBe(
    original
      .get('progress/2024-25/awareness.mdx')!
      .replace(
        '    text: Elected members DA policy in Peterborough\n',
        '    text: Elected members DA policy in Peterborough, adopted by 3 councils\n    partners: [peterborough-city-council]\n',
      ),
  );
  expect(files.get('figures/2024-25.yaml')).toBe(
    `${original.get('figures/2024-25.yaml')}\n- id: elected-members-policy-councils\n  label: councils with an elected members DA policy\n  value: 3\n  unit: count\n  area: Peterborough\n  theme: awareness\n  year: '2024-25'\n  statement: elected-members-da-policy-peterborough\n`,
  );
  const chartBefore = /- id: training-reach\n(?:  .*\n)*?  figures: \[(.*)\]\n/.exec(original.get('charts/2024-25.yaml')!)!;
  expect(files.get('charts/2024-25.yaml')).toBe(
    original.get('charts/2024-25.yaml')!.replace(chartBefore[0], chartBefore[0].replace(/\]\n$/, ', elected-members-policy-councils]\n')),
  );

  // The content checker accepts it, and a build of it shows the changes.
  const env = { ...process.env, DASV_CONTENT_DIR: path.join(work, 'content') };
  execFileSync(process.execPath, ['scripts/check-content.ts'], { cwd: repoRoot, env, stdio: 'pipe' });
  const out = path.join(work, 'dist');
  execFileSync(path.join(repoRoot, 'node_modules/.bin/astro'), ['build', '--outDir', out], { cwd: repoRoot, env, stdio: 'pipe' });
  const awareness = readFileSync(path.join(out, '2024-25/awareness/index.html'), 'utf8');
  expect(awareness).toContain('Elected members DA policy in Peterborough, adopted by 3 councils');
  const partner = readFileSync(path.join(out, 'partners/peterborough-city-council/index.html'), 'utf8');
  expect(partner).toContain('Elected members DA policy in Peterborough, adopted by 3 councils');
  expect(readFileSync(path.join(out, '2024-25/figures/training-reach.csv'), 'utf8')).toContain(
    'Councils with an elected members DA policy,Peterborough,3',
  );
});

test('a new progress file is made for a theme picked from the list, named after it, and one theme gets one file', async ({ page }) => {
  test.setTimeout(180_000);
  // Before the test below, which leaves ids the whole-site check refuses. A theme with no progress
  // file yet in 2024-25 (every real one has its file).
  writeFileSync(
    path.join(work, 'content/themes/test-new-theme.mdx'),
    '---\ntitle: Test new theme\nkind: theme\norder: 10\nsummary: A theme the editor test adds.\n---\n\nA theme the editor test adds.\n',
  );
  const fill = async (theme: string) => {
    await pick(page.getByRole('combobox', { name: /^Theme or aim/ }), page, theme);
    await page.getByRole('button', { name: /Add achievements/ }).click();
    const item = page.locator('[class*=listControlItem]').last();
    await item.getByRole('textbox', { name: 'Id', exact: true }).fill('test-new-achievement');
    await item.getByRole('textbox', { name: 'Text', exact: true }).fill('An achievement made with the form');
  };

  // A theme that has its file already: refused, and no second file (Decap CMS would name it awareness-1.mdx).
  await openEditor(page, 'progress-2024-25/new');
  await fill('Awareness');
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByText('Publish now').click();
  await expect(page.getByText(/Not saved\. Theme or aim: "awareness" already has a file in this year/)).toBeVisible({ timeout: 20_000 });
  expect(existsSync(path.join(work, 'content/progress/2024-25/awareness-1.mdx'))).toBe(false);

  await openEntry(page, 'progress-2024-25/new');
  await fill('Test new theme');
  await publish(page);
  expect(contentFiles().get('progress/2024-25/test-new-theme.mdx')).toBe(
    '---\nachievements:\n  - id: test-new-achievement\n    text: An achievement made with the form\n---\n',
  );
  expect(readdirSync(path.join(work, 'content/progress/2024-25')).filter((file) => !original.has(`progress/2024-25/${file}`))).toEqual([
    'test-new-theme.mdx',
  ]);
  const env = { ...process.env, DASV_CONTENT_DIR: path.join(work, 'content') };
  execFileSync(process.execPath, ['scripts/check-content.ts'], { cwd: repoRoot, env, stdio: 'pipe' });
});

// Decap CMS saves only an entry whose data differs from what it read, so "open and save unchanged"
// cannot happen; what can is that saving one change rewrites other lines. An entry of every kind
// the test above did not save: one character added to its first text field, saved; only that line
// of its file may differ.
const oneOfEach: [entry: string, file: string][] = [
  ['themes/entries/trauma-informed-working', 'themes/trauma-informed-working.mdx'],
  ['pages/entries/about', 'pages/about.mdx'],
  ['years/entries/2024-25', 'years/2024-25.yaml'],
  ['strategy/entries/2024-2027', 'strategy/2024-2027.yaml'],
  ['safety/entries/safety', 'safety.yaml'],
  ['partners/entries/partners', 'partners.yaml'],
  ['glossary/entries/glossary', 'glossary.yaml'],
  ['help/entries/help', 'help.yaml'],
];

test('saving one change to an entry of every kind rewrites no other line of its file', async ({ page }) => {
  test.setTimeout(400_000);
  await openEditor(page, oneOfEach[0]![0]);
  for (const [entry, file] of oneOfEach) {
    await openEntry(page, entry);
    await expect(page.locator('[class*=ControlContainer]').first()).toBeVisible({ timeout: 60_000 });
    let box = page.locator('input[type=text]:visible:not([role=combobox]), textarea:visible').first();
    if (!(await box.isVisible())) {
      // A list file: open its first item.
      await page.locator('[class*=listControlItem] button').first().click();
      box = page.locator('input[type=text]:visible:not([role=combobox]), textarea:visible').first();
    }
    await box.press('End');
    await box.pressSequentially('x');
    await publish(page);
    const before = original.get(file)!.split('\n');
    const after = contentFiles().get(file)!.split('\n');
    expect(after.length, file).toBe(before.length);
    expect(
      after.filter((line, index) => line !== before[index]),
      file,
    ).toHaveLength(1);
  }
});

test('a change the checker would refuse is not saved, and the editor says why', async ({ page }) => {
  test.setTimeout(120_000);
  const before = contentFiles().get('partners.yaml');
  await openEditor(page, 'partners/entries/partners');
  // The second partner: the test before this one changed the first one's id.
  const council = await openItem(page, '(cambridgeshire-county-council)');
  await council.getByRole('textbox', { name: 'Id', exact: true }).fill('cpft');
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByText('Publish now').click();
  await expect(page.getByText(/Not saved\. item \d+ → id: the id "cpft" is also used by item \d+\./)).toBeVisible({ timeout: 20_000 });
  expect(contentFiles().get('partners.yaml')).toBe(before);
});
