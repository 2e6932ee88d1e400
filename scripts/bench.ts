// `npm run bench`: how long the site takes to build and what its pages weigh, for the real
// content and for synthetic content 10 and 100 times larger (more years, each a copy of the
// latest), so the growth of build time with content can be seen. Everything it builds goes into a
// temporary folder that is removed at the end; nothing is committed.
//
//   npm run bench                  # 3 runs of 1x and 10x, 1 of 100x
//   BENCH_RUNS=5 npm run bench     # more runs of 1x and 10x for a steadier median
//   BENCH_SCALES=1,10 npm run bench  # only these sizes of content
//   BENCH_SCALES= npm run bench      # only the content check of a 5 MB file (no build)
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { mdxToMdast } from 'satteri';
import { builtPages } from '../src/lib/built-pages.ts';
import { gzipSize, pageWeight } from '../src/lib/page-weight.ts';
import { mdxProblems } from '../src/checker/safety/allow-list.ts';
import { unsafeMarkup } from '../src/checker/safety/yaml-markup.ts';
import { validateContent } from '../src/checker/index.ts';

const repoRoot = path.resolve(import.meta.dirname, '..');
const astro = path.join(repoRoot, 'node_modules/astro/bin/astro.mjs');
const runs = Number(process.env['BENCH_RUNS'] ?? 3);
const onlyScales = process.env['BENCH_SCALES']?.split(',').filter(Boolean).map(Number);
const scales = [
  { factor: 1, runs },
  { factor: 10, runs },
  // One run: it is the slow one, and its growth over 10x is what matters.
  { factor: 100, runs: 1 },
].filter(({ factor }) => !onlyScales || onlyScales.includes(factor));

const work = mkdtempSync(path.join(tmpdir(), 'dasv-bench-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

/** The year ids in a content folder, oldest first (ids like 2024-25 sort by date). */
function yearIds(contentDir: string): string[] {
  return readdirSync(path.join(contentDir, 'years'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.replace(/\.yaml$/, ''))
    .sort();
}

/**
 * A copy of content/ with `factor` times as many years: each new year is the latest real year's
 * files (every file or folder named after its id: progress, figures, charts...) under a new id,
 * with the id inside them replaced too.
 */
function syntheticContent(factor: number): string {
  const dir = path.join(work, `content-${factor}x`);
  cpSync(path.join(repoRoot, 'content'), dir, { recursive: true });
  const latest = yearIds(dir).at(-1)!;
  const firstYear = Number(latest.slice(0, 4));
  const copies = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
    (relative) => path.basename(relative).replace(/\.\w+$/, '') === latest && !relative.startsWith('years'),
  );
  for (let k = 1; k < factor; k++) {
    const start = firstYear + k;
    const id = `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
    writeFileSync(
      path.join(dir, 'years', `${id}.yaml`),
      [
        `label: Synthetic year ${k + 1}`,
        `period: ${start}/${id.slice(5)}`,
        `title: Progress in synthetic year ${k + 1}, ${start}/${id.slice(5)}`,
        `startDate: ${start}-04-01`,
        `endDate: ${start + 1}-03-31`,
        `nextYearLabel: Synthetic year ${k + 2}`,
        '',
      ].join('\n'),
    );
    for (const relative of copies) {
      const from = path.join(dir, relative);
      const to = path.join(dir, path.dirname(relative), path.basename(relative).replace(latest, id));
      copyReplacing(from, to, latest, id);
    }
  }
  return dir;
}

function copyReplacing(from: string, to: string, find: string, replace: string): void {
  if (statSync(from).isDirectory()) {
    mkdirSync(to, { recursive: true });
    for (const name of readdirSync(from)) copyReplacing(path.join(from, name), path.join(to, name), find, replace);
  } else {
    writeFileSync(to, readFileSync(from, 'utf8').replaceAll(find, replace));
  }
}

/** Builds once; returns the seconds it took. Stops the bench if the build fails. */
function build(contentDir: string, outDir: string): number {
  rmSync(outDir, { recursive: true, force: true });
  const started = performance.now();
  const result = spawnSync(process.execPath, [astro, 'build', '--force', '--outDir', outDir], {
    cwd: repoRoot,
    env: { ...process.env, DASV_CONTENT_DIR: contentDir, NO_COLOR: '1' },
    encoding: 'utf8',
    // Astro prints a warning per MDX file: at 100x that is more than spawnSync's default 1 MB.
    maxBuffer: 1024 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    console.error(result.error ?? '', result.stdout, result.stderr);
    throw new Error(`the build of ${contentDir} failed`);
  }
  return seconds;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Pagefind's index as stored: its index, fragment and filter chunks, metadata and entry file,
 * not the search UI's scripts and styles or the WebAssembly shared by every site.
 */
function searchIndexBytes(pagefindDir: string): number {
  const isIndex = (relative: string) =>
    /^(index|fragment|filter)[/\\]/.test(relative) || /\.pf_meta$|^pagefind-entry\.json$/.test(relative);
  return readdirSync(pagefindDir, { recursive: true, encoding: 'utf8' })
    .filter(isIndex)
    .map((relative) => path.join(pagefindDir, relative))
    .filter((file) => statSync(file).isFile())
    .reduce((sum, file) => sum + statSync(file).size, 0);
}

/**
 * The bytes a reader's first search fetches: Pagefind's script, its WebAssembly, the index entry
 * and the chunks and fragments one query of a common phrase needs (the first five results, as the
 * search page shows). Measured in Chromium against the built site, gzipped as a host would send.
 */
async function firstQueryBytes(outDir: string): Promise<number> {
  const server = createServer((request, response) => {
    const urlPath = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (urlPath === '/bench-blank.html') {
      response.setHeader('Content-Type', 'text/html');
      response.end('<!DOCTYPE html><title>bench</title>');
      return;
    }
    const file = path.join(outDir, urlPath);
    if (!file.startsWith(outDir) || !existsSync(file) || !statSync(file).isFile()) {
      response.statusCode = 404;
      response.end();
      return;
    }
    const types: Record<string, string> = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json' };
    response.setHeader('Content-Type', types[path.extname(file)] ?? 'application/octet-stream');
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium' });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/bench-blank.html`);
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.evaluate(async () => {
      const pagefind = await import('/pagefind/pagefind.js' as string);
      await pagefind.init?.();
      const search = await pagefind.search('domestic abuse');
      await Promise.all(search.results.slice(0, 5).map((result: { data: () => Promise<unknown> }) => result.data()));
    });
    // Pagefind's index files are gzipped already; its script and JSON a host would gzip.
    return [...new Set(fetched)]
      .filter((urlPath) => urlPath.startsWith('/pagefind/'))
      .reduce((sum, urlPath) => {
        const bytes = readFileSync(path.join(outDir, urlPath));
        return sum + (/\.(js|json|wasm)$/.test(urlPath) ? gzipSize(bytes) : bytes.length);
      }, 0);
  } finally {
    await browser.close();
    server.close();
  }
}

/**
 * The content check on a 5 MB file full of what it refuses (a pasted export, say): the checker must
 * stay linear in a file's size (it once took 152 s on 4.3 MB). The check itself refuses any content
 * file over its size limit before reading it; the scans are timed on the whole 5 MB too.
 */
function largeFileCheck(): void {
  const size = 5 * 1024 * 1024;
  const fill = (unit: string) => unit.repeat(Math.ceil(size / unit.length));
  const yaml = fill('- name: Police <img src=x onerror=alert(1)> javascript:void(0) <a href="/x" style="x">x</a> <Figure id="nope" />\n');
  const mdx = fill('Text with <a href="javascript:alert(1)" onClick="x">a link</a>, [more](data:x), {1 + 1} and <Figure id="nope" />.\n\n');
  const time = <T>(work: () => T): [T, number] => {
    const started = performance.now();
    const result = work();
    return [result, performance.now() - started];
  };
  const [yamlProblems, yamlMs] = time(() => unsafeMarkup(yaml, 'partners.yaml'));
  const [tree, parseMs] = time(() => mdxToMdast(mdx));
  const [mdxFound, allowMs] = time(() => mdxProblems(tree, 'about.mdx', 0));
  const dir = path.join(work, 'content-large-file');
  cpSync(path.join(repoRoot, 'content'), dir, { recursive: true });
  writeFileSync(path.join(dir, 'pages/about.mdx'), `---\ntitle: About\ndescription: About.\n---\n\n${mdx}`);
  const [checked, checkMs] = time(() => validateContent(dir));
  const ms = (value: number) => `${value.toFixed(0)} ms`;
  console.log('Content check of a 5 MB file full of refused markup:');
  console.log(`| step | time | problems found |`);
  console.log(`| --- | --- | --- |`);
  console.log(`| YAML text scan (safety/yaml-markup.ts) | ${ms(yamlMs)} | ${yamlProblems.length} |`);
  console.log(`| MDX parse (satteri, as the build) | ${ms(parseMs)} | |`);
  console.log(`| MDX allow-list on the parsed tree | ${ms(allowMs)} | ${mdxFound.length} |`);
  console.log(
    `| \`npm run check\` on content/ with it as pages/about.mdx | ${ms(checkMs)} | ${checked.problems.length} (the size limit) |`,
  );
  console.log('');
}

largeFileCheck();

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const average = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

interface Row {
  readonly content: string;
  readonly cells: string[];
}
const rows: Row[] = [];
let previousSeconds: number | undefined;

for (const { factor, runs: n } of scales) {
  const contentDir = factor === 1 ? path.join(repoRoot, 'content') : syntheticContent(factor);
  const outDir = path.join(work, `dist-${factor}x`);
  const times: number[] = [];
  for (let run = 0; run < n; run++) {
    times.push(build(contentDir, outDir));
    process.stderr.write(`${factor}x content: build ${run + 1} of ${n} took ${times.at(-1)!.toFixed(1)} s\n`);
  }
  const pages = builtPages(outDir);
  const weights = pages.map((page) => pageWeight(outDir, page));
  const pick = (key: 'html' | 'css' | 'js' | 'images') => {
    const values = weights.map((w) => w[key]);
    return `${kb(average(values))} / ${kb(Math.max(...values))}`;
  };
  const pagefindDir = path.join(outDir, 'pagefind');
  const hasSearch = existsSync(pagefindDir);
  const seconds = median(times);
  rows.push({
    content: `${factor}x`,
    cells: [
      String(pages.length),
      `${seconds.toFixed(1)} s (${n} run${n === 1 ? '' : 's'})`,
      previousSeconds ? `×${(seconds / previousSeconds).toFixed(1)}` : '',
      `${((seconds * 1000) / pages.length).toFixed(0)} ms`,
      pick('html'),
      pick('css'),
      pick('js'),
      pick('images'),
      hasSearch ? kb(searchIndexBytes(pagefindDir)) : 'n/a',
      hasSearch ? kb(await firstQueryBytes(outDir)) : 'n/a',
    ],
  });
  previousSeconds = seconds;
  // Keep the 1x output for a look at the real site's pages below.
  if (factor === 1) renameSync(outDir, path.join(work, 'dist-real'));
}

const header = [
  'content',
  'pages',
  'build (median)',
  'growth',
  'per page',
  'HTML gz avg / max',
  'CSS gz avg / max',
  'JS gz avg / max',
  'images gz avg / max',
  'search index',
  'first query',
];
const table = [header, ...rows.map((row) => [row.content, ...row.cells])];
const widths = header.map((_, column) => Math.max(...table.map((line) => line[column]!.length)));
const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
if (rows.length > 0) {
  console.log(line(header));
  console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  for (const cells of table.slice(1)) console.log(line(cells));
}

// The real site page by page: what each reader downloads (gzipped bytes).
const realDir = path.join(work, 'dist-real');
if (!existsSync(realDir)) process.exit();
console.log('\nReal content, page by page (gzipped):');
console.log('| page | HTML | CSS | JS | images | HTML + CSS |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const page of builtPages(realDir)) {
  const w = pageWeight(realDir, page);
  console.log(`| ${[page.urlPath, kb(w.html), kb(w.css), kb(w.js), kb(w.images), kb(w.html + w.css)].join(' | ')} |`);
}
