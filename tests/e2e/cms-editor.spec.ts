import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { baseURL } from '../../playwright.config';
import { editorPath } from '../support/built-dist.ts';
import { headersFor, parseHeadersFile } from '../../src/lib/netlify-headers.ts';
import { repoRoot } from '../support/repo-root.ts';

// The content editor (/admin/, Decap CMS) driven against its local back end, decap-server, over a
// copy of content/: what an editor does in the forms must change exactly the lines it should, pass
// the content checker and reach the built pages; a file opened and saved unchanged must not change.
// Each test starts from a fresh copy; they run one at a time because they share one decap-server.

test.describe.configure({ mode: 'serial' });

/** This test's decap-server (CMS_TEST_SERVER_PORT, or two above the preview's port). */
const serverPort = Number(process.env['CMS_TEST_SERVER_PORT'] ?? Number(new URL(baseURL).port) + 2);
/** Where the built editor looks for decap-server (`local_backend` in its config): sent on to this test's. */
const builtLocalBackend = /^ {2}url: (\S+)$/m.exec(readFileSync(path.join(repoRoot, 'dist/admin/config.yml'), 'utf8'))![1]!;
let work: string;
let server: ChildProcess;
const original = new Map<string, string>();

/** content/ copied afresh, so no test depends on what another saved. */
function freshCopy(): void {
  rmSync(path.join(work, 'content'), { recursive: true, force: true });
  cpSync(path.join(repoRoot, 'content'), path.join(work, 'content'), { recursive: true });
}

/** The content checker over the copy: whether it passes, and what it said. */
function checkCopy(): { ok: boolean; output: string } {
  const env = { ...process.env, DASV_CONTENT_DIR: path.join(work, 'content') };
  const run = spawnSync(process.execPath, ['scripts/check-content.ts'], { cwd: repoRoot, env, encoding: 'utf8' });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

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
  freshCopy();
  for (const [file, text] of contentFiles()) original.set(file, text);
  // The editor's local back end, as `npm run edit` starts it: decap-server in its file-system mode with
  // the content check before each save, rooted at the copy, reachable only from this computer.
  server = spawn(process.execPath, [path.join(repoRoot, 'scripts/cms-local-server.ts')], {
    cwd: work,
    env: {
      ...process.env,
      PORT: String(serverPort),
      BIND_HOST: '127.0.0.1',
      GIT_REPO_DIRECTORY: work,
      DASV_CONTENT_DIR: path.join(work, 'content'),
      LOG_LEVEL: 'warn',
    },
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

test.beforeEach(() => freshCopy());

test.afterAll(() => {
  server?.kill();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Opens the editor signed in to the local back end (the page's own address for it, sent on to this test's decap-server). */
async function openEditor(page: Page, hash: string): Promise<void> {
  await page.route(builtLocalBackend, (route) => route.continue({ url: `http://127.0.0.1:${serverPort}/api/v1` }));
  await page.goto(editorPath);
  await page.getByRole('button', { name: 'Login' }).click();
  await page.goto(`${editorPath}#/collections/${hash}`);
}

test('served with the headers of dist/_headers, as Netlify or Cloudflare Pages would, the editor starts', async ({ page }) => {
  test.setTimeout(120_000);
  // The test server sends them (scripts/serve-dist.ts): the editor's own policy, not the readers'.
  const policy = headersFor(parseHeadersFile(readFileSync(path.join(repoRoot, 'dist/_headers'), 'utf8')), editorPath)[
    'Content-Security-Policy'
  ];
  expect(policy).toContain("'unsafe-eval'");
  // As a deployment that set CMS_REPO would build it (the site here is built without it).
  await page.route(`${baseURL}/admin/config.yml`, async (route) => {
    const response = await route.fetch();
    return route.fulfill({ response, body: withRepository(await response.text()) });
  });
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  // Decap CMS starts (it compiles its config checks with eval, styles itself inline) and offers the
  // live site's sign-in.
  const response = await page.goto(editorPath);
  expect(response?.headers()['content-security-policy']).toBe(policy);
  await expect(page.getByRole('button', { name: 'Login with GitHub' })).toBeVisible({ timeout: 60_000 });
  expect(refused).toEqual([]);
});

/** The built editor's config as a deployment with its repository set would have it. */
function withRepository(config: string): string {
  return config
    .replace('repo: OWNER/REPOSITORY', 'repo: dasv-partnership/website')
    .replace('dasv_sign_in_ready: false', 'dasv_sign_in_ready: true');
}

test('built without a repository, the live site’s editor says it is not set up instead of offering a sign-in that fails', async ({
  page,
}) => {
  test.setTimeout(60_000);
  // No decap-server on this computer either.
  await page.route(builtLocalBackend, (route) => route.abort());
  await page.goto(editorPath);
  await expect(page.getByRole('heading', { name: 'Editing with forms is not set up on this site yet' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/CMS_REPO was not set/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Login with GitHub' })).toHaveCount(0);
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

/** Why the last save was refused: the panel the editor shows, which stays until the next save (src/browser/cms-problems.ts). */
function refusal(page: Page): Locator {
  return page.getByRole('alert', { name: 'Why this was not saved' });
}

async function pick(field: Locator, page: Page, option: string): Promise<void> {
  await field.click();
  await field.fill(option);
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function publish(page: Page): Promise<void> {
  const isNew = page.url().endsWith('/new');
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByText('Publish now').click();
  await expect(page.getByText('Entry saved')).toBeVisible({ timeout: 20_000 });
  // Once a new entry is saved, Decap CMS moves to its page (…/entries/<name>). Waited for, or that
  // move can land after the test's next page.goto and undo it (the next form never appears).
  if (isNew) await expect(page).not.toHaveURL(/\/new$/, { timeout: 20_000 });
}

test('an achievement edited, a partner picked, a figure made (its number taken from the text) and put on a chart change exactly those lines', async ({
  page,
}) => {
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
  await figure.getByRole('textbox', { name: /^Id\b/ }).fill('elected-members-policy-councils');
  await figure.getByRole('textbox', { name: 'Label', exact: true }).fill('councils with an elected members DA policy');
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
    `${original.get('figures/2024-25.yaml')}\n- id: elected-members-policy-councils\n  label: councils with an elected members DA policy\n  unit: count\n  area: Peterborough\n  theme: awareness\n  year: '2024-25'\n  statement: elected-members-da-policy-peterborough\n`,
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
    await item.getByRole('textbox', { name: /^Id\b/ }).fill('test-new-achievement');
    await item.getByRole('textbox', { name: 'Text', exact: true }).fill('An achievement made with the form');
  };

  // A theme that has its file already: refused, and no second file (Decap CMS would name it awareness-1.mdx).
  await openEditor(page, 'progress-2024-25/new');
  await fill('Awareness');
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByText('Publish now').click();
  await expect(refusal(page).getByText(/Theme or aim: "awareness" already has a file in this year/)).toBeVisible({ timeout: 20_000 });
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

test('a standing page made from the forms, named by the name typed; a theme the site cannot publish, and deleting one it still needs, refused before saving', async ({
  page,
}) => {
  test.setTimeout(300_000);
  // "Are you sure you want to delete this published entry?", and leaving a form refused unsaved. (A
  // leave-page dialog may already be gone when the page unloads.)
  page.on('dialog', (dialog) => void dialog.accept().catch(() => undefined));
  const urlName = () => page.getByRole('textbox', { name: /^URL name/ });

  // A standing page: its file is named by the URL name, which is not written into it.
  await openEditor(page, 'pages/new');
  await urlName().fill('young-people');
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Young people');
  await page.getByRole('textbox', { name: 'Description', exact: true }).fill('Where young people can find help.');
  await page.getByRole('textbox', { name: /^Text/ }).fill('Help for young people.');
  await publish(page);
  const pageFile = '---\ntitle: Young people\ndescription: Where young people can find help.\n---\n\nHelp for young people.\n';
  expect(contentFiles().get('pages/young-people.mdx')).toBe(pageFile);
  expect(changedFiles()).toEqual(['pages/young-people.mdx']);
  expect(checkCopy()).toMatchObject({ ok: true });
  // Saved again with one change, only that line differs.
  await openEntry(page, 'pages/entries/young-people');
  await changeOneCharacter(page);
  expect(linesChanged('pages/young-people.mdx', pageFile)).toEqual(['title: Young peoplex']);

  // A name the site's own pages take is refused before saving.
  await openEntry(page, 'pages/new');
  await urlName().fill('partners');
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Partners');
  await page.getByRole('textbox', { name: 'Description', exact: true }).fill('Who.');
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByText('Publish now').click();
  await expect(refusal(page).getByText(/URL name: "partners" is the name of a page the site has already/)).toBeVisible({
    timeout: 20_000,
  });
  expect(existsSync(path.join(work, 'content/pages/partners.mdx'))).toBe(false);

  // A theme the published year reports nothing under: refused before saving by the whole check, in its words.
  await openEntry(page, 'themes/new');
  await urlName().fill('healthy-relationships');
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Healthy relationships');
  await pick(page.getByRole('combobox', { name: /^Kind/ }), page, 'theme');
  await page.getByRole('spinbutton', { name: 'Order' }).fill('10');
  await page.getByRole('textbox', { name: /^Summary/ }).fill('A theme the editor test adds.');
  await page.getByRole('textbox', { name: /^Text/ }).fill('What the theme is about.');
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByText('Publish now').click();
  await expect(
    refusal(page).getByText(/In content\/years\/2024-25\.yaml: the year is published, but nothing is reported under healthy-relationships/),
  ).toBeVisible({
    timeout: 20_000,
  });
  expect(existsSync(path.join(work, 'content/themes/healthy-relationships.mdx'))).toBe(false);
  expect(changedFiles()).toEqual(['pages/young-people.mdx']);
  expect(checkCopy()).toMatchObject({ ok: true });

  // A theme that progress files and figures still name: its deletion is refused by the local back end's check, and the file stays.
  await openEntry(page, 'themes/entries/awareness');
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('Awareness', { timeout: 60_000 });
  await page.getByRole('button', { name: 'Delete entry', exact: true }).click();
  await expect(page.getByText(/the content check would refuse it/).first()).toBeVisible({ timeout: 20_000 });
  expect(existsSync(path.join(work, 'content/themes/awareness.mdx'))).toBe(true);
  expect(checkCopy()).toMatchObject({ ok: true });
});

test('a partner an achievement still names cannot be deleted: the check before saving refuses, and so would the checker', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const before = contentFiles().get('partners.yaml')!;
  await openEditor(page, 'partners/entries/partners');
  const item = page.locator('[class*=listControlItem]').filter({ has: page.locator('[class*=NestedObjectLabel]', { hasText: '(cuh)' }) });
  // Collapsed, an item's last button is its ✕ (remove).
  await item.locator('button').last().click();
  await expect(item).toHaveCount(0);
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByText('Publish now').click();
  await expect(refusal(page).getByText(/"cuh" is still named in progress\/2024-25\/awareness\.mdx/)).toBeVisible({ timeout: 20_000 });
  expect(contentFiles().get('partners.yaml')).toBe(before);

  // Saved all the same (as by hand, or on the live site before a rebuild told the editor), the checker refuses it and names the file.
  const cuh = /\n- id: cuh\n(?: {2}.*\n)*/.exec(before)![0];
  writeFileSync(path.join(work, 'content/partners.yaml'), before.replace(cuh, ''));
  const refused = checkCopy();
  expect(refused.ok).toBe(false);
  expect(refused.output).toMatch(/progress\/2024-25\/awareness\.mdx[\s\S]*unknown partner "cuh"/);
});

test('a new year is started from the forms in the guide’s order (its file as a draft, dates typed DD/MM/YYYY, a progress file, its figures), shown in the preview with its banner and absent from a build', async ({
  page,
}) => {
  test.setTimeout(240_000);
  // The year's file, as a draft.
  await openEditor(page, 'years/new');
  await page.getByRole('textbox', { name: /^Year \(new year only\)/ }).fill('2025-26');
  await page.getByRole('textbox', { name: 'Label', exact: true }).fill('Year Two');
  await page.getByRole('textbox', { name: 'Period', exact: true }).fill('2025/26');
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Progress in Year Two, 2025/26');
  // Dates typed the UK way; one typed the US way is refused, not misread as another day.
  await page.getByRole('textbox', { name: /^Start date/ }).fill('01/04/2025');
  await page.getByRole('textbox', { name: /^End date/ }).fill('03/31/2026');
  await page.getByRole('textbox', { name: 'Next year label', exact: true }).fill('Year Three');
  await page.getByRole('switch', { name: /^Draft/ }).click();
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByText('Publish now').click();
  await expect(
    refusal(page).getByText(
      'endDate: "03/31/2026" is not a date: type it as DD/MM/YYYY (day, month, year), like 31/03/2026 for 31 March 2026.',
    ),
  ).toBeVisible({ timeout: 20_000 });
  expect(existsSync(path.join(work, 'content/years/2025-26.yaml'))).toBe(false);
  await page.getByRole('textbox', { name: /^End date/ }).clear();
  await page.getByRole('textbox', { name: /^End date/ }).fill('31/03/2026');
  await publish(page);
  expect(contentFiles().get('years/2025-26.yaml')).toBe(
    'label: Year Two\nperiod: 2025/26\ntitle: Progress in Year Two, 2025/26\nstartDate: 2025-04-01\nendDate: 2026-03-31\nnextYearLabel: Year Three\ndraft: true\n',
  );
  // A draft year with no progress yet is valid: its progress is the next step.
  expect(checkCopy()).toMatchObject({ ok: true });

  // Its first progress file, from the next year's form, which exists before any file of the year.
  await openEntry(page, 'progress-2025-26/new');
  await pick(page.getByRole('combobox', { name: /^Theme or aim/ }), page, 'Awareness');
  await page.getByRole('button', { name: /Add achievements/ }).click();
  const item = page.locator('[class*=listControlItem]').last();
  await item.getByRole('textbox', { name: /^Id\b/ }).fill('year-two-conference');
  await item.getByRole('textbox', { name: 'Text', exact: true }).fill('A second conference, attended by 210 people');
  await publish(page);
  expect(contentFiles().get('progress/2025-26/awareness.mdx')).toBe(
    '---\nachievements:\n  - id: year-two-conference\n    text: A second conference, attended by 210 people\n---\n',
  );
  expect(checkCopy()).toMatchObject({ ok: true });

  // Its figures: the file does not exist yet; the form opens empty and its first save makes it.
  await openEntry(page, 'figures/entries/2025-26');
  await page.getByRole('button', { name: /Add figures/ }).click();
  const figure = page.locator('[class*=listControlItem]').last();
  await figure.getByRole('textbox', { name: /^Id\b/ }).fill('conference-attendees');
  await figure.getByRole('textbox', { name: 'Label', exact: true }).fill('people at the second conference');
  await pick(figure.getByRole('combobox', { name: /^Unit/ }), page, 'count');
  await pick(figure.getByRole('combobox', { name: /^Area/ }), page, 'both');
  await pick(figure.getByRole('combobox', { name: /^Theme/ }), page, 'Awareness');
  await pick(figure.getByRole('combobox', { name: /^Statement/ }), page, 'A second conference, attended by 210 people');
  await publish(page);
  expect(contentFiles().get('figures/2025-26.yaml')).toBe(
    "- id: conference-attendees\n  label: people at the second conference\n  unit: count\n  area: both\n  theme: awareness\n  year: '2025-26'\n  statement: year-two-conference\n",
  );
  expect(checkCopy()).toMatchObject({ ok: true });

  // The preview (`npm run edit`'s astro dev) shows the draft year with its banner and its figure, taken from the text.
  const [themePage, figuresPage] = await previewPages([
    ['/2025-26/awareness/', 'A second conference, attended by 210 people'],
    ['/2025-26/figures/', 'people at the second conference'],
  ]);
  expect(/<strong>DRAFT<\/strong> Year Two, 2025\/26, is a draft/.test(themePage!), 'the draft banner').toBe(true);
  expect(/210/.test(figuresPage!.slice(figuresPage!.indexOf('id="figure-conference-attendees"'))), 'the figure, 210').toBe(true);
  // A build leaves the draft year out entirely.
  const out = path.join(work, 'dist');
  execFileSync(path.join(repoRoot, 'node_modules/.bin/astro'), ['build', '--outDir', out], {
    cwd: repoRoot,
    env: { ...process.env, DASV_CONTENT_DIR: path.join(work, 'content') },
    stdio: 'pipe',
  });
  expect(existsSync(path.join(out, '2024-25/awareness/index.html'))).toBe(true);
  expect(existsSync(path.join(out, '2025-26'))).toBe(false);
  expect(readFileSync(path.join(out, 'sitemap-0.xml'), 'utf8')).not.toContain('2025-26');
});

/**
 * Pages of the preview `npm run edit` shows (astro dev over the copy, on the port after this test's
 * decap-server), each once it contains its text; the preview is stopped after.
 */
async function previewPages(pages: readonly (readonly [url: string, text: string])[]): Promise<string[]> {
  const port = serverPort + 1;
  const dev = spawn(
    process.execPath,
    [path.join(repoRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)],
    { cwd: repoRoot, env: { ...process.env, DASV_CONTENT_DIR: path.join(work, 'content') }, detached: true, stdio: 'ignore' },
  );
  try {
    const bodies: string[] = [];
    for (const [url, text] of pages) {
      let body = '';
      await expect
        .poll(
          async () => {
            body = await fetch(`http://127.0.0.1:${port}${url}`, { headers: { accept: 'text/html' } })
              .then((response) => response.text())
              .catch(() => '');
            return body.includes(text);
          },
          { message: `${url} shows "${text}"`, timeout: 150_000, intervals: [1000] },
        )
        .toBe(true);
      bodies.push(body);
    }
    return bodies;
  } finally {
    if (dev.pid) process.kill(-dev.pid);
  }
}

// Decap CMS saves only an entry whose data differs from what it read, so "open and save unchanged"
// cannot happen; what can is that saving one change rewrites other lines. An entry of every
// collection: one character added to its first text field, saved; only that line of its file may
// differ. (Files made from the forms are checked the same way in the tests that make them.)
const oneOfEach: [entry: string, file: string][] = [
  ['progress-2024-25/entries/data', 'progress/2024-25/data.mdx'],
  ['figures/entries/2024-25', 'figures/2024-25.yaml'],
  ['charts/entries/2024-25', 'charts/2024-25.yaml'],
  ['search/entries/search', 'search.yaml'],
  ['themes/entries/trauma-informed-working', 'themes/trauma-informed-working.mdx'],
  ['pages/entries/about', 'pages/about.mdx'],
  ['years/entries/2024-25', 'years/2024-25.yaml'],
  ['strategy/entries/2024-2027', 'strategy/2024-2027.yaml'],
  ['safety/entries/safety', 'safety.yaml'],
  ['partners/entries/partners', 'partners.yaml'],
  ['glossary/entries/glossary', 'glossary.yaml'],
  ['help/entries/help', 'help.yaml'],
];

/**
 * Adds one character to the first text field of the entry open in the editor and saves it; in its
 * first list item if `inItem` (a progress file's text below its achievements is empty: typing there adds lines).
 */
async function changeOneCharacter(page: Page, inItem = false): Promise<void> {
  await expect(page.locator('[class*=ControlContainer]').first()).toBeVisible({ timeout: 60_000 });
  // Not the field that names a new file (never written), nor an id (other files may name it, and the
  // check before saving refuses to rename one they do).
  const textBox = 'input[type=text]:visible:not([role=combobox]):not([id^="fileName-field"]):not([id^="id-field"]), textarea:visible';
  if (inItem) await page.locator('[class*=listControlItem] button').first().click();
  let box = page.locator(textBox).first();
  if (!(await box.isVisible())) {
    // A list file: open its first item.
    await page.locator('[class*=listControlItem] button').first().click();
    box = page.locator(textBox).first();
  }
  await box.press('End');
  await box.pressSequentially('x');
  await publish(page);
}

/** The lines of a file of the copy that differ from `before`, which has as many lines. */
function linesChanged(file: string, before: string): string[] {
  const old = before.split('\n');
  const now = contentFiles().get(file)!.split('\n');
  expect(now.length, file).toBe(old.length);
  return now.filter((line, index) => line !== old[index]);
}

test('saving one change to an entry of every kind rewrites no other line of its file', async ({ page }) => {
  test.setTimeout(500_000);
  await openEditor(page, oneOfEach[0]![0]);
  for (const [entry, file] of oneOfEach) {
    await openEntry(page, entry);
    await changeOneCharacter(page, entry.startsWith('progress-'));
    expect(linesChanged(file, original.get(file)!), file).toHaveLength(1);
  }
});

test('a change the checker would refuse is not saved, and the editor says why', async ({ page }) => {
  test.setTimeout(120_000);
  const before = contentFiles().get('partners.yaml');
  await openEditor(page, 'partners/entries/partners');
  const council = await openItem(page, '(cambridgeshire-county-council)');
  await council.getByRole('textbox', { name: /^Id\b/ }).fill('cpft');
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByText('Publish now').click();
  await expect(refusal(page).getByText(/item \d+ → id: the id "cpft" is also used by item \d+\./)).toBeVisible({ timeout: 20_000 });
  expect(contentFiles().get('partners.yaml')).toBe(before);
});

test('a number is corrected in one edit: the achievement’s text, and its figure, card, chart table and open data follow', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openEditor(page, 'progress-2024-25/entries/reducing-risk');
  const achievement = await openItem(page, '1,237 cases heard at the Multi Agency Risk Assessment Conference (MARAC)');
  await achievement
    .getByRole('textbox', { name: 'Text', exact: true })
    .fill('1,241 cases heard at the Multi Agency Risk Assessment Conference (MARAC)');
  await publish(page);
  expect(changedFiles()).toEqual(['progress/2024-25/reducing-risk.mdx']);
  expect(checkCopy()).toMatchObject({ ok: true });
  const out = path.join(work, 'dist');
  execFileSync(path.join(repoRoot, 'node_modules/.bin/astro'), ['build', '--outDir', out], {
    cwd: repoRoot,
    env: { ...process.env, DASV_CONTENT_DIR: path.join(work, 'content') },
    stdio: 'pipe',
  });
  const data = readFileSync(path.join(out, '2024-25/figures/data.csv'), 'utf8');
  expect(data).toMatch(/^marac-cases,.*,1241,/m);
  expect(data).not.toContain('1237');
  const theme = readFileSync(path.join(out, '2024-25/reducing-risk/index.html'), 'utf8');
  expect(theme).not.toContain('1,237');
  expect(theme.match(/1,241/g)?.length).toBeGreaterThanOrEqual(2); // the text, and the figure's card or table
});

test('a save that would break a rule across files is refused in the form, the checker’s message beside the field, naming the other file', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const before = contentFiles().get('progress/2024-25/reducing-risk.mdx');
  await openEditor(page, 'progress-2024-25/entries/reducing-risk');
  const achievement = await openItem(page, '1,237 cases heard at the Multi Agency Risk Assessment Conference (MARAC)');
  await achievement
    .getByRole('textbox', { name: 'Text', exact: true })
    .fill('Cases heard at the Multi Agency Risk Assessment Conference (MARAC)');
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByText('Publish now').click();
  const said =
    'In content/figures/2024-25.yaml, line 205 → statement: "marac-cases" takes its number from the 1st number of the text of "marac-cases-heard" (content/progress/2024-25/reducing-risk.mdx), but that text has no number';
  await expect(refusal(page).getByText(said)).toBeVisible({ timeout: 20_000 });
  // Beside the field whose change causes it: this achievement's text.
  // (The item's summary shows its new text now.)
  const beside = page.locator('[data-dasv-problem=field]');
  await expect(beside).toHaveCount(1);
  await expect(beside).toContainText(said);
  await expect(beside.locator('xpath=..').getByRole('textbox', { name: 'Text', exact: true })).toHaveValue(
    'Cases heard at the Multi Agency Risk Assessment Conference (MARAC)',
  );
  expect(contentFiles().get('progress/2024-25/reducing-risk.mdx')).toBe(before);
});

test('/admin/ loads and saves while the content has a problem: a change that leaves it, then the fix', async ({ page }) => {
  test.setTimeout(120_000);
  // A partner renamed by hand: an achievement now names a partner that does not exist.
  const partners = path.join(work, 'content/partners.yaml');
  writeFileSync(partners, readFileSync(partners, 'utf8').replace('- id: safelives', '- id: safe-lives'));
  expect(checkCopy().output).toContain('unknown partner "safelives"');
  // Another change saves: the problem was there before it.
  await openEditor(page, 'pages/entries/about');
  await changeOneCharacter(page);
  expect(changedFiles()).toEqual(['pages/about.mdx', 'partners.yaml']);
  // The fix, from the form.
  await openEntry(page, 'partners/entries/partners');
  const partner = await openItem(page, '(safe-lives)');
  await partner.getByRole('textbox', { name: /^Id\b/ }).fill('safelives');
  await publish(page);
  expect(contentFiles().get('partners.yaml')).toBe(original.get('partners.yaml'));
  expect(checkCopy()).toMatchObject({ ok: true });
});

test('a new partner, added where the editor can see it, gets its id from its name, shown in the form; once saved, its id cannot change', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openEditor(page, 'partners/entries/partners');
  await expect(page.locator('[class*=NestedObjectLabel]', { hasText: '(cuh)' })).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: /Add partners/ }).click();
  // Below 38 partners: brought into view, its first field ready to type in.
  const item = page.locator('[class*=listControlItem]').last();
  await expect(item).toBeInViewport();
  await expect(item.getByRole('textbox', { name: 'Name', exact: true })).toBeFocused();
  await page.keyboard.type('Cambridgeshire Fire & Rescue Service');
  await pick(item.getByRole('combobox', { name: /^Kind/ }), page, 'fire-and-rescue');
  await publish(page);
  expect(contentFiles().get('partners.yaml')).toBe(
    `${original.get('partners.yaml')}\n- id: cambridgeshire-fire-and-rescue-service\n  name: Cambridgeshire Fire & Rescue Service\n  kind: fire-and-rescue\n`,
  );
  expect(checkCopy()).toMatchObject({ ok: true });
  // The id made is shown in the form; changed now that it is published, the save is refused beside it.
  await openEntry(page, 'partners/entries/partners');
  const saved = await openItem(page, '(cambridgeshire-fire-and-rescue-service)');
  const id = saved.getByRole('textbox', { name: /^Id/ });
  await expect(id).toHaveValue('cambridgeshire-fire-and-rescue-service');
  await id.fill('cambs-fire');
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByText('Publish now').click();
  const said = 'the id "cambridgeshire-fire-and-rescue-service" is published, so it never changes';
  await expect(refusal(page).getByText(said)).toBeVisible({ timeout: 20_000 });
  const beside = page.locator('[data-dasv-problem=field]');
  await expect(beside).toContainText(said);
  await expect(beside.locator('xpath=..').getByRole('textbox', { name: /^Id/ })).toHaveValue('cambs-fire');
  expect(contentFiles().get('partners.yaml')).toContain('- id: cambridgeshire-fire-and-rescue-service\n');
});
