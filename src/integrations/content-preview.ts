import path from 'node:path';
import { publicDir } from '../checker/safety/public-files.ts';
import { pathVerdict } from '../lib/safe-files.ts';
import type { AstroIntegrationLogger } from 'astro';
import type { Plugin } from 'vite';
import { validateContent } from '../checker/index.ts';
import { formatProblem, formatProblems } from '../checker/problems.ts';
import type { ContentProblem } from '../checker/types.ts';

/**
 * `astro dev` as a preview an editor can trust:
 * - every file under content/ is watched; a saved change re-runs the content checker and reloads
 *   the page in the browser (Astro reloads again once its own copy of the content is updated: the
 *   content loader, src/lib/loaders.ts, stores the change through Astro's own watcher and store);
 * - while the content has a problem, every page of the site shows the checker's own messages instead
 *   of a stale page or a stack trace, and reloads by itself once the file is fixed; the editor at
 *   /admin/ never does: it must load, whatever the content holds, to save the fix.
 */
export function contentPreview(dir: string, logger: AstroIntegrationLogger): Plugin {
  const root = path.resolve(dir);
  let problems: readonly ContentProblem[] = validateContent(dir).problems;
  if (problems.length > 0) logger.error(formatProblems(problems));
  return {
    name: 'dasv:content-preview',
    configureServer(server) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const recheck = () => {
        const before = problems.length;
        problems = validateContent(dir).problems;
        if (problems.length > 0) logger.error(formatProblems(problems));
        else if (before > 0) logger.info('Content is valid again.');
        // Astro reloads the page once its copy of the content is updated; this page only needs a
        // reload of its own when it shows the problems, or should stop showing them.
        if (problems.length > 0 || before > 0) server.ws.send({ type: 'full-reload', path: '*' });
      };
      server.watcher.add(root);
      server.watcher.on('all', (_event, file) => {
        if (!path.resolve(file).startsWith(root + path.sep) || /[\\/]\.astro-cache[\\/]/.test(file)) return;
        // One check for a burst of saves (an editor saving several files at once).
        clearTimeout(timer);
        timer = setTimeout(recheck, 50);
      });
      // Vite serves public/ in `astro dev` following links: a file there that the build would refuse
      // to read (a link to /etc/passwd, a device, an unsafe name) is not served either.
      const publicRoot = path.resolve(publicDir());
      server.middlewares.use((request, response, next) => {
        let relative: string;
        try {
          relative = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname).replace(/^\/+|\/+$/g, '');
        } catch {
          return next();
        }
        if (relative === '' || pathVerdict(publicRoot, relative) !== 'refused') return next();
        response.statusCode = 404;
        response.setHeader('Content-Type', 'text/plain; charset=utf-8');
        response.end('Not served: the build refuses this file of public/ (npm run check says why).');
      });
      server.middlewares.use((request, response, next) => {
        const wantsPage = request.method === 'GET' && (request.headers.accept ?? '').includes('text/html');
        // Never over the editor: /admin/ is where the problem is fixed, whatever state the content is in.
        if (problems.length === 0 || !wantsPage || isEditorPath(request.url)) return next();
        response.statusCode = 500;
        response.setHeader('Content-Type', 'text/html; charset=utf-8');
        response.end(problemPage(problems));
      });
    },
  };
}

/** Whether a request is for the form editor (/admin/, its config and its files). */
export function isEditorPath(url: string | undefined): boolean {
  return url === '/admin' || (url ?? '').startsWith('/admin/') || (url ?? '').startsWith('/admin?');
}

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** A plain page of the checker's messages; Vite's client reloads it once the content is fixed. */
export function problemPage(problems: readonly ContentProblem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Content has ${count}</title>
<script type="module" src="/@vite/client"></script>
<style>
body { font: 1.125rem/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #0b0c0c; }
h1 { font-size: 1.75rem; }
li { margin-bottom: 1rem; }
pre { white-space: pre-wrap; font: inherit; margin: 0; padding: 0.75rem 1rem; border-left: 6px solid #d4351c; background: #fbeae8; }
</style>
</head>
<body>
<main>
<h1>Content has ${count}</h1>
<p>Nothing of the site is shown until ${problems.length === 1 ? 'it is' : 'they are'} fixed. Save the file, and this page reloads by itself.</p>
<ol>
${problems.map((p) => `<li><pre>${escape(formatProblem(p))}</pre></li>`).join('\n')}
</ol>
</main>
</body>
</html>`;
}
