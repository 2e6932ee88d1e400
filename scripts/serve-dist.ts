// Serves a built site as Netlify or Cloudflare Pages would publish it: each file with the headers
// that dist/_headers gives its path (the Content-Security-Policy, caching, framing), `/about` sent
// on to `/about/`, 404.html for anything else, and text gzipped for a browser that accepts it.
// `astro preview` serves the files alone. The browser tests need the headers from the server
// itself: a header a test adds to a response (a Playwright route) escapes Chromium's network
// throttling, and the slow-phone checks need both.
//   node scripts/serve-dist.ts [--dir dist] [--port 4321] [--host 127.0.0.1]
import { existsSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { headersFor, parseHeadersFile } from '../src/lib/netlify-headers.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4321' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});
const root = path.resolve(values.dir);
const headersFile = path.join(root, '_headers');
if (!existsSync(headersFile)) {
  console.error(`${headersFile} is missing: build the site first (npm run build).`);
  process.exit(1);
}
const rules = parseHeadersFile(readFileSync(headersFile, 'utf8'));

/** The types of the site's files; `X-Content-Type-Options: nosniff` makes scripts and styles depend on them. */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.yml': 'text/yaml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  // The other kinds public/ may hold (src/checker/safety/public-files.ts).
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
};

/** The file a URL path names, if there is one: a file, or a folder's index.html. */
function fileFor(urlPath: string): string | undefined {
  const file = path.join(root, urlPath);
  // Nothing outside the site's folder, whatever the path says.
  if (file !== root && !file.startsWith(root + path.sep)) return undefined;
  const candidate = urlPath.endsWith('/') ? path.join(file, 'index.html') : file;
  return existsSync(candidate) && statSync(candidate).isFile() ? candidate : undefined;
}

const server = http.createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  let urlPath: string;
  try {
    urlPath = decodeURIComponent(url.pathname);
  } catch {
    response.writeHead(400).end();
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  // A folder asked for without its "/": sent on, as the hosts do with "pretty URLs".
  if (!urlPath.endsWith('/') && fileFor(urlPath) === undefined && fileFor(`${urlPath}/`) !== undefined) {
    response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  const file = fileFor(urlPath);
  const served = file ?? path.join(root, '404.html');
  const type = TYPES[path.extname(served)] ?? 'application/octet-stream';
  // As the hosts do: the slow-connection checks then time the bytes a reader's phone would get.
  const body = readFileSync(served);
  const gzipped = /^(text\/|application\/(json|xml)|image\/svg)/.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  const sent = gzipped ? gzipSync(body) : body;
  response.writeHead(file ? 200 : 404, {
    ...headersFor(rules, url.pathname),
    'Content-Type': type,
    'Content-Length': sent.length,
    ...(gzipped ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
  });
  response.end(request.method === 'HEAD' ? undefined : sent);
});

server.listen(Number(values.port), values.host, () => {
  // The port the system gave, if asked for port 0.
  const { port } = server.address() as { port: number };
  console.log(`Serving ${path.relative(process.cwd(), root) || '.'} at http://${values.host}:${port}/ (Ctrl+C stops)`);
});
