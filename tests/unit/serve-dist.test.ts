import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

// scripts/serve-dist.ts serves the built site to the browser tests (and `npm run preview`) as a host
// would: what they check of headers, redirects and missing pages is only as true as this.

let site: string;
let server: ChildProcess;
let origin: string;

beforeAll(async () => {
  site = mkdtempSync(path.join(tmpdir(), 'serve-dist-'));
  mkdirSync(path.join(site, 'about'));
  mkdirSync(path.join(site, '_astro'));
  writeFileSync(path.join(site, 'index.html'), '<!doctype html><title>Home</title>');
  writeFileSync(path.join(site, 'about/index.html'), '<!doctype html><title>About</title>');
  writeFileSync(path.join(site, '404.html'), '<!doctype html><title>Not found</title>');
  writeFileSync(path.join(site, '_astro/page.js'), 'console.log(1);');
  writeFileSync(
    path.join(site, '_headers'),
    [
      '/*',
      '  X-Frame-Options: DENY',
      '/about/*',
      "  Content-Security-Policy: default-src 'self'",
      '/_astro/*',
      '  Cache-Control: immutable',
      '',
    ].join('\n'),
  );
  server = spawn(process.execPath, ['scripts/serve-dist.ts', '--dir', site, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  origin = await new Promise<string>((resolve, reject) => {
    server.stdout!.on('data', (chunk: Buffer) => {
      const address = /http:\/\/[\d.]+:\d+/.exec(chunk.toString());
      if (address) resolve(address[0]);
    });
    server.on('exit', (code) => reject(new Error(`serve-dist exited with ${code}`)));
  });
});

afterAll(() => {
  server.kill();
  rmSync(site, { recursive: true, force: true });
});

describe('serve-dist', () => {
  test('sends each file with the headers of every _headers rule matching its path, and the type its extension says', async () => {
    const about = await fetch(`${origin}/about/`);
    expect(about.status).toBe(200);
    expect(about.headers.get('x-frame-options')).toBe('DENY');
    expect(about.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(about.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await about.text()).toContain('<title>About</title>');
    const script = await fetch(`${origin}/_astro/page.js`);
    expect(script.headers.get('cache-control')).toBe('immutable');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('content-security-policy')).toBeNull();
  });

  test('gzips text for a browser that accepts it', async () => {
    const { request } = await import('node:http');
    const body = await new Promise<{ encoding: string | undefined; text: string }>((resolve) => {
      request(`${origin}/`, { headers: { 'Accept-Encoding': 'gzip' } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ encoding: response.headers['content-encoding'], text: gunzipSync(Buffer.concat(chunks)).toString() }),
        );
      }).end();
    });
    expect(body).toEqual({ encoding: 'gzip', text: '<!doctype html><title>Home</title>' });
  });

  test('sends a folder asked for without its "/" on to it, and answers anything missing with 404.html', async () => {
    const redirect = await fetch(`${origin}/about?x=1`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/about/?x=1');
    const missing = await fetch(`${origin}/no-such-page/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('<title>Not found</title>');
  });

  test('serves nothing outside its folder', async () => {
    const { request } = await import('node:http');
    const outside = `${site}-outside.txt`;
    writeFileSync(outside, 'outside');
    try {
      const { hostname, port } = new URL(origin);
      const status = await new Promise<number | undefined>((resolve) => {
        // An encoded "/" after "..": a URL keeps it as one segment, which decodes to a step up.
        request({ hostname, port, path: `/..%2f${path.basename(outside)}` }, (response) => {
          response.resume();
          resolve(response.statusCode);
        }).end();
      });
      expect(status).toBe(404);
    } finally {
      rmSync(outside);
    }
  });
});
