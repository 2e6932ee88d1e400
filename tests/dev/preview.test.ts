import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { contentWithOverlay } from '../support/content-overlay.ts';
import { repoRoot } from '../support/repo-root.ts';

// `npm run dev` is the editors' preview: every saved change to any kind of content file must
// show on the next page load, the first save after starting included, and a content problem
// must show in the browser as the checker's own message. This starts `astro dev` on a copy of
// the content and edits it as an editor would. DEV_PORT picks the port (default 4330).
// Run by Node's own test runner (`npm run test:dev`): under Vitest, the dev server it starts
// answers no page (Vite inside Vite).
const port = Number(process.env['DEV_PORT'] ?? 4330);
const origin = `http://127.0.0.1:${port}`;
/** "Within a few seconds": generous for a busy two-core machine; the times are printed. */
const seconds = 15;

const content = contentWithOverlay(undefined);
let server: ChildProcess;
let log = '';

/**
 * A page as a browser loads it, on a new connection each time: a connection kept open from
 * before the dev server restarted itself (it does once, to optimise dependencies) is answered by
 * the old server, which no longer knows any page.
 */
function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${origin}${url}`, { agent: false, headers: { accept: 'text/html' }, timeout: 30_000 }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on('timeout', () => request.destroy(new Error('timed out')));
    request.on('error', reject);
  });
}

/** Changes a content file as an editor's save does. */
function edit(file: string, from: string, to: string): void {
  const absolute = path.join(content.dir, file);
  const text = readFileSync(absolute, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`);
  writeFileSync(absolute, text.replace(from, to));
}

/**
 * Loads `url` again and again, as a browser reloading would (a load may be under way while the
 * change arrives), until its page contains `text`; returns how long that took.
 */
async function shows(url: string, text: string): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < seconds * 1000) {
    const { body } = await get(url).catch(() => ({ body: '' }));
    if (body.includes(text)) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`${url} did not show "${text}" within ${seconds} s. Server log:\n${log.slice(-3000)}`);
}

before(async () => {
  server = spawn(
    process.execPath,
    [path.join(repoRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: repoRoot,
      env: { ...process.env, DASV_CONTENT_DIR: content.dir, NO_COLOR: '1' },
      detached: true,
    },
  );
  server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const started = Date.now();
  let last = '';
  while (Date.now() - started < 170_000) {
    const ok = await get('/2024-25/awareness/').then(
      (r) => {
        last = `${r.status}: ${r.body.slice(0, 300)}`;
        return r.status === 200;
      },
      (error: unknown) => {
        last = String(error);
        return false;
      },
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`astro dev did not start (last answer: ${last}):\n${log}`);
});

after(() => {
  try {
    if (server.pid) process.kill(-server.pid);
  } catch {
    // It had stopped already.
  }
  content.cleanup();
});

describe('npm run dev shows every saved change', () => {
  // In this order: the first save after starting is a progress file, as it was when it was missed.
  const cases = [
    [
      'a progress file (the first save after starting)',
      'progress/2024-25/awareness.mdx',
      'Hospitals and CPFT have sexual safety policies',
      '/2024-25/awareness/',
    ],
    ["a theme's description", 'themes/awareness.mdx', 'Feedback from specialist services', '/2024-25/awareness/'],
    ['a standing page', 'pages/about.mdx', 'This site reports the progress', '/about/'],
    ['a figure', 'figures/2024-25.yaml', 'people saw the DASV SWAYs', '/2024-25/figures/'],
    ['a chart', 'charts/2024-25.yaml', 'title: ', '/2024-25/figures/'],
    ['a partner', 'partners.yaml', 'name: ', '/partners/'],
    ['a year', 'years/2024-25.yaml', 'title: Progress in Year One', '/2024-25/'],
    ['a helpline', 'help.yaml', 'name: ', '/get-help/'],
  ] as const;
  cases.forEach(([kind, file, from, url], index) => {
    test(kind, async () => {
      // Letters only: a digit in a chart's title would be checked as one of its numbers.
      const marker = `Edited${'ABCDEFGHIJ'[index]}`;
      // Visible text: after a field's colon, the marker starts the value; in running text, it follows the phrase.
      edit(file, from, from.endsWith(': ') ? `${from}${marker} ` : `${from} ${marker}`);
      const took = await shows(url, marker);
      console.log(`${kind}: shown after ${(took / 1000).toFixed(1)} s`);
    });
  });
});

describe('npm run dev shows content problems as the checker says them', () => {
  test('a broken file: every page of the site shows the message, never the editor, and the page comes back once it is fixed', async () => {
    const file = 'progress/2024-25/data.mdx';
    edit(file, '    partners: [safelives]', '    partners: [safelives');
    await shows('/', 'Content has 1 problem');
    const { status, body } = await get('/2024-25/data/');
    assert.equal(status, 500);
    assert.ok(body.includes('data.mdx, line 8: cannot be read: a list opened with [ is not closed with ]'), body);
    assert.doesNotMatch(body, /\bat .*\.(js|ts):\d+/);
    // Never over the editor, where the problem is fixed: /admin/ and its config are served as ever.
    const editor = await get('/admin/');
    assert.equal(editor.status, 200);
    assert.match(editor.body, /<title>Edit the site’s content<\/title>/);
    const config = await get('/admin/config.yml');
    assert.equal(config.status, 200);
    assert.match(config.body, /^collections:/m);
    // Its links to the site go to this preview, not the live site.
    assert.match(config.body, new RegExp(`^site_url: ${origin.replace('127.0.0.1', '(?:127\\.0\\.0\\.1|localhost)')}$`, 'm'));
    edit(file, '    partners: [safelives', '    partners: [safelives]');
    await shows('/2024-25/data/', 'SafeLives independent review');
  });

  test('a draft year shows with a DRAFT banner', async () => {
    writeFileSync(
      path.join(content.dir, 'years/2025-26.yaml'),
      'label: Year Two\nperiod: 2025/26\ntitle: Progress in Year Two, 2025/26\nstartDate: 2025-04-01\nendDate: 2026-03-31\nnextYearLabel: Year Three\ndraft: true\n',
    );
    mkdirSync(path.join(content.dir, 'progress/2025-26'));
    writeFileSync(
      path.join(content.dir, 'progress/2025-26/awareness.mdx'),
      '---\nachievements:\n  - id: draft-year-achievement\n    text: An achievement of the draft year\n---\n',
    );
    await shows('/2025-26/awareness/', 'An achievement of the draft year');
    const { body } = await get('/2025-26/awareness/');
    assert.match(body, /<strong>DRAFT<\/strong> Year Two, 2025\/26, is a draft/);
    // The home page stays on the latest published year, as the published site will.
    // (Its title was edited above.)
    await shows('/', 'Progress in Year One EditedG, 2024/25');
    assert.doesNotMatch((await get('/')).body, /Progress in Year Two/);
  });
});
