// The form editor's local back end for `npm run edit` and the editor's browser tests: decap-server
// (Decap CMS's own, file-system mode), with the whole content check before every save and deletion
// (src/cms/check-save.ts). A save that would add a problem is refused and written nowhere; the
// editor asks first (action "dasvCheckSave") to show the checker's words beside the field.
// Environment, as decap-server's: PORT (8081), BIND_HOST, GIT_REPO_DIRECTORY (the folder it serves,
// default the working directory), LOG_LEVEL; and DASV_CONTENT_DIR, the content folder (./content).
import { createRequire } from 'node:module';
import path from 'node:path';
import { problemsAfterSave, type FileChange } from '../src/cms/check-save.ts';
import { contentDir } from '../src/lib/content-layout.ts';

interface Request {
  body?: { action?: string; params?: Record<string, unknown> };
}
interface Response {
  json(body: unknown): void;
  status(code: number): Response;
}
type Handler = (request: Request, response: Response, next: () => void) => void;
interface App {
  use(handler: unknown): void;
  post(route: string, handler: Handler): void;
  listen(port: number, host: string, ready: () => void): void;
}

// decap-server's own dependencies (express, cors): installed with it, no dependency of ours.
const require = createRequire(import.meta.url);
const express = require('express') as (() => App) & { json(options: object): unknown };
const cors = require('cors') as (options: object) => unknown;
const { registerLocalFs } = require('decap-server/dist/middlewares') as {
  registerLocalFs(app: App, options: { logLevel?: string }): Promise<void>;
};

const port = Number(process.env['PORT'] ?? 8081);
const host = process.env['BIND_HOST'] ?? '127.0.0.1';
const repoPath = path.resolve(process.env['GIT_REPO_DIRECTORY'] ?? process.cwd());
const content = path.resolve(contentDir());

/** The files a request would write or delete. */
function changesOf(action: string | undefined, params: Record<string, unknown> = {}): FileChange[] | undefined {
  if (action === 'persistEntry' || action === 'dasvCheckSave') {
    const files = (params['dataFiles'] ?? [params['entry']]) as { path?: unknown; raw?: unknown }[];
    return files.filter((f) => typeof f?.path === 'string').map((f) => ({ path: String(f.path), raw: String(f.raw ?? '') }));
  }
  if (action === 'deleteFile') return [{ path: String(params['path']), raw: null }];
  if (action === 'deleteFiles') return ((params['paths'] as unknown[]) ?? []).map((p) => ({ path: String(p), raw: null }));
  return undefined;
}

const app = express();
// As decap-server's own: only pages on this computer may call it.
app.use(cors({ origin: /^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/ }));
app.use(express.json({ limit: '50mb' }));
app.post('/api/v1', (request, response, next) => {
  const { action, params } = request.body ?? {};
  const changes = changesOf(action, params);
  if (!changes) return next();
  let problems;
  try {
    problems = problemsAfterSave(repoPath, content, changes);
  } catch (error) {
    // The check itself failed (a fault of the checker's own): say so, and write nothing.
    response.status(500).json({ error: `The content check could not run: ${error instanceof Error ? error.message : String(error)}` });
    return;
  }
  if (action === 'dasvCheckSave') return response.json({ problems });
  if (problems.length === 0) return next();
  const said = problems.map((p) => `${p.file}${p.field ? ` → ${p.field}` : ''}: ${p.message}${p.hint ? ` (${p.hint})` : ''}`);
  response.status(422).json({ error: `Not saved: the content check would refuse it. ${said.join(' ')}` });
});
await registerLocalFs(app, { logLevel: process.env['LOG_LEVEL'] ?? 'info' });
app.listen(port, host, () => console.log(`Form editor's local back end on http://${host}:${port}, serving ${repoPath}`));
