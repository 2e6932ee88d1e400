import { cpSync, createReadStream, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Serves Decap CMS's own prebuilt files (from the decap-cms package) at /admin/decap/: copied
 * into the built site, and served from node_modules by `astro dev`. Only /admin/ loads them.
 * Source maps and the second copy of the bundle (cms.js) are left out.
 */
const urlPath = '/admin/decap/';

function decapDist(): string {
  return path.dirname(createRequire(import.meta.url).resolve('decap-cms/dist/decap-cms.js'));
}

/** The files the editor may load: the bundle, the chunks it loads on demand, its WebAssembly. */
export function decapFiles(dir = decapDist()): string[] {
  return readdirSync(dir).filter((file) => /^(?:\d+\.)?decap-cms\.js$|\.wasm$/.test(file));
}

export function decapCms(): AstroIntegration {
  return {
    name: 'dasv:decap-cms',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const dir = decapDist();
        const files = new Set(decapFiles(dir));
        server.middlewares.use((request, response, next) => {
          const file = request.url?.startsWith(urlPath) ? request.url.slice(urlPath.length).split('?')[0] : undefined;
          if (!file || !files.has(file)) return next();
          response.setHeader('Content-Type', file.endsWith('.wasm') ? 'application/wasm' : 'text/javascript');
          createReadStream(path.join(dir, file)).pipe(response);
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const source = decapDist();
        const target = path.join(fileURLToPath(dir), urlPath);
        if (!existsSync(path.join(fileURLToPath(dir), 'admin'))) return;
        mkdirSync(target, { recursive: true });
        const files = decapFiles(source);
        for (const file of files) cpSync(path.join(source, file), path.join(target, file));
        logger.info(`Decap CMS: ${files.length} files copied to ${urlPath}`);
      },
    },
  };
}
