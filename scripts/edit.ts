// `npm run edit`: the live preview (astro dev) and the editor's local back end (decap-server with the
// content check before each save: scripts/cms-local-server.ts) together, so the forms at /admin/ read and write the files in content/ on this computer.
// Ports: EDIT_PORT for the preview (default 4321), CMS_LOCAL_PORT for decap-server (default 8081).
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const sitePort = process.env['EDIT_PORT'] ?? '4321';
const serverPort = process.env['CMS_LOCAL_PORT'] ?? '8081';
// No repository: the editor works on this computer's files through decap-server, never GitHub.
const env = { ...process.env, CMS_LOCAL_PORT: serverPort, CMS_REPO: '' };

const children: ChildProcess[] = [
  // decap-server, with the whole content check before each save (scripts/cms-local-server.ts), writes
  // files straight into this folder (its file-system mode; nothing is committed), and listens only on
  // this computer, so no one else on the network can write them.
  spawn(process.execPath, [path.join(root, 'scripts/cms-local-server.ts')], {
    cwd: root,
    env: { ...env, PORT: serverPort, BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: root, LOG_LEVEL: 'warn' },
    stdio: 'inherit',
  }),
  spawn(path.join(root, 'node_modules/.bin/astro'), ['dev', '--force', '--port', sitePort], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  }),
];

let announced = false;
children[1]!.stdout!.on('data', (chunk: Buffer) => {
  process.stdout.write(chunk);
  if (!announced && /ready in/.test(chunk.toString())) {
    announced = true;
    console.log(
      `\n  Edit the content with forms: http://localhost:${sitePort}/admin/  (press "Login": no password, it edits the files here)\n` +
        `  See the site as you edit:     http://localhost:${sitePort}/\n  Stop both with Ctrl+C.\n`,
    );
  }
});

function stop(code = 0): void {
  for (const child of children) if (child.exitCode === null) child.kill();
  process.exit(code);
}
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
process.on('SIGINT', () => stop());
process.on('SIGTERM', () => stop());
