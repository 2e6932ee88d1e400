// `npm run measure:search`: what search costs a reader, measured on the built site in Chromium.
// Run `npm run build` first. Prints the index size on disk, the bytes the first query downloads,
// and the time from typing to results (median of several queries, timed inside the browser).
// A measurement, not a test: the figures depend on the machine, so nothing here passes or fails.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSize } from '../src/lib/page-weight.ts';
import { chromium } from '@playwright/test';

const root = path.resolve(import.meta.dirname, '..');
const bundle = path.join(root, 'dist/pagefind');
const port = Number(process.env['PREVIEW_PORT'] ?? 4322);
const origin = `http://127.0.0.1:${port}`;
/** Queries typed one after another; each is a word the index holds, so each finds results. */
const queries = ['refuge', 'Stagecoach', 'MARAC', 'training', 'police', 'children', 'housing', 'survivor', 'IDVA'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(dir, name))
    .filter((file) => statSync(file).isFile());
}

function kB(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Index files only: the word index, page fragments, filters, metadata, WebAssembly. */
const indexPattern = /(^|\/)(index|fragment|filter)\/|\.pf_meta$|\.pagefind$|pagefind-entry\.json$/;
const bundleFiles = filesUnder(bundle).map((file) => ({ name: path.relative(bundle, file), bytes: statSync(file).size }));
const indexBytes = bundleFiles.filter((f) => indexPattern.test(f.name)).reduce((sum, f) => sum + f.bytes, 0);
const bundleBytes = bundleFiles.reduce((sum, f) => sum + f.bytes, 0);

const preview = spawn(
  path.join(root, 'node_modules/.bin/astro'),
  ['preview', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'],
  {
    cwd: root,
    stdio: 'ignore',
  },
);
try {
  for (let attempt = 0; ; attempt += 1) {
    try {
      if ((await fetch(`${origin}/`)).ok) break;
    } catch {
      if (attempt > 60) throw new Error(`the preview server did not start on port ${port}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium' });
  const page = await browser.newPage();

  // Bytes of the first query from the header: load a page, then list every request from Ctrl+K
  // until the results show. Counted from the files themselves (the preview server's transfer
  // sizes leave out what the worker fetches): as stored, and as a server that gzips text would
  // send them (Pagefind's index files are stored gzipped already).
  await page.goto(`${origin}/2024-25/`, { waitUntil: 'networkidle' });
  const requested = new Set<string>();
  const record = (request: { url(): string }) => requested.add(new URL(request.url()).pathname);
  page.on('request', record);
  await page.keyboard.press('Control+K');
  const box = page.getByRole('dialog').getByRole('searchbox');
  await box.waitFor();
  await box.fill('refuge');
  await page.getByRole('dialog').getByRole('link', { name: '98 women and 107 children supported in local refuges' }).waitFor();
  // Whatever the results fetch after they show (their excerpts) counts too.
  await page.waitForLoadState('networkidle');
  page.off('request', record);
  const downloads = [...requested].map((pathname) => {
    const content = readFileSync(path.join(root, 'dist', pathname));
    const compressible = /\.(js|css|json)$/.test(pathname);
    return { pathname, stored: content.length, sent: compressible ? gzipSize(content) : content.length };
  });
  const isUi = (pathname: string) => /^\/_astro\/|^\/search-data\.json$/.test(pathname);
  const total = (list: typeof downloads, key: 'stored' | 'sent') => list.reduce((sum, d) => sum + d[key], 0);
  const ui = downloads.filter((d) => isUi(d.pathname));
  const search = downloads.filter((d) => !isUi(d.pathname));

  // Typing to results on /search/, index already loaded: timed in the page, from the input event
  // to the moment the results list holds a result for that query.
  await page.goto(`${origin}/search/`);
  const input = page.getByRole('main').getByRole('searchbox');
  await input.waitFor();
  const timings: number[] = [];
  for (const query of queries) {
    const elapsed = await page.evaluate(
      (q) =>
        new Promise<number>((resolve) => {
          const field = document.querySelector<HTMLInputElement>('main search-panel input')!;
          const summary = document.querySelector('main search-panel .sp-status')!;
          const started = performance.now();
          const observer = new MutationObserver(() => {
            if (summary.textContent?.includes(`for “${q}”`)) {
              observer.disconnect();
              resolve(performance.now() - started);
            }
          });
          observer.observe(summary, { subtree: true, childList: true, characterData: true });
          field.value = q;
          field.dispatchEvent(new Event('input', { bubbles: true }));
        }),
      query,
    );
    timings.push(elapsed);
  }
  await browser.close();

  console.log(`Search bundle on disk: ${kB(bundleBytes)} in ${bundleFiles.length} files, of which the index itself is ${kB(indexBytes)}`);
  console.log(
    `First query ("refuge" from the header dialog): ${downloads.length} files, ${kB(total(downloads, 'sent'))} gzipped (${kB(total(downloads, 'stored'))} as stored)`,
  );
  console.log(`  the dialog's code (search-ui, its stylesheet, /search-data.json): ${kB(total(ui, 'sent'))} gzipped`);
  console.log(`  search engine and index (pagefind.js, WebAssembly, index, fragments): ${kB(total(search, 'sent'))} gzipped`);
  for (const d of downloads.sort((a, b) => b.sent - a.sent))
    console.log(`    ${kB(d.sent).padStart(9)} gzipped ${kB(d.stored).padStart(9)} stored  ${d.pathname}`);
  console.log(`Typing to results on /search/ (${queries.length} queries, includes the search's 120 ms typing pause):`);
  console.log(`  median ${median(timings).toFixed(0)} ms; each: ${timings.map((t) => t.toFixed(0)).join(', ')} ms`);
} finally {
  preview.kill();
}
