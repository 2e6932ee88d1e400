import { execFileSync } from 'node:child_process';
import { cpSync, linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { validateContent } from '../../src/checker/index.ts';
import { formatProblems } from '../../src/checker/problems.ts';
import { checkPublicFiles } from '../../src/checker/safety/public-files.ts';
import { contentFileLimit, pathVerdict, readBounded, treeProblems, UnreadableFile } from '../../src/lib/safe-files.ts';
import { repoRoot } from '../support/repo-root.ts';

// content/ and public/ are read by their structure (src/lib/safe-files.ts): every entry is looked at
// with lstat before anything is read, and only plain files and folders with plain names are read.
// Each case is made by the test in a temporary copy of the real content/ and public/, as an attacker
// would commit it (git stores a symbolic link as a link).

let work: string;
let content: string;
let publicDir: string;

beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'dasv-structure-'));
  content = path.join(work, 'content');
  publicDir = path.join(work, 'public');
  cpSync(path.join(repoRoot, 'content'), content, { recursive: true });
  cpSync(path.join(repoRoot, 'public'), publicDir, { recursive: true });
  // A secret of the build machine, outside both folders: nothing of it may reach a message or the site.
  writeFileSync(path.join(work, 'secret.txt'), 'SECRET-TOKEN-4242\n');
  vi.stubEnv('DASV_PUBLIC_DIR', publicDir);
});

afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(work, { recursive: true, force: true });
});

/** Everything the checker would print for the copy. */
const checked = () => formatProblems(validateContent(content).problems);

describe('symbolic links, devices and pipes are refused, never followed', () => {
  test('the plain copy passes', () => {
    expect(validateContent(content).problems).toEqual([]);
  });

  test('a link in public/ to a file of the build machine', () => {
    symlinkSync('/etc/passwd', path.join(publicDir, 'contacts.txt'));
    symlinkSync(path.join(work, 'secret.txt'), path.join(publicDir, 'notes.txt'));
    const out = checked();
    expect(out).toContain('public/contacts.txt: a symbolic link, not a file');
    expect(out).toContain('public/notes.txt: a symbolic link, not a file');
    expect(out).not.toMatch(/root:|SECRET-TOKEN/);
  });

  test('a YAML content file replaced by a link: refused without printing the target', () => {
    unlinkSync(path.join(content, 'partners.yaml'));
    symlinkSync(path.join(work, 'secret.txt'), path.join(content, 'partners.yaml'));
    const out = checked();
    expect(out).toContain('partners.yaml: a symbolic link, not a file');
    expect(out).not.toContain('SECRET-TOKEN');
    expect(out).not.toContain('the file is missing');
  });

  test('a content file linked to /dev/zero is refused at once, not read', () => {
    unlinkSync(path.join(content, 'pages/about.mdx'));
    symlinkSync('/dev/zero', path.join(content, 'pages/about.mdx'));
    const started = performance.now();
    expect(checked()).toContain('pages/about.mdx: a symbolic link, not a file');
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  test('a linked folder is reported, not walked', () => {
    symlinkSync(path.join(work), path.join(content, 'progress/2025-26'));
    symlinkSync(path.join(work), path.join(publicDir, 'images'));
    const out = checked();
    expect(out).toContain('progress/2025-26: a symbolic link, not a file');
    expect(out).toContain('public/images: a symbolic link, not a file');
    expect(out).not.toContain('secret.txt');
  });

  test('a hard link to a file of the build machine is refused too', () => {
    linkSync(path.join(work, 'secret.txt'), path.join(publicDir, 'copy.txt'));
    const out = checked();
    expect(out).toContain('public/copy.txt: a hard link, a second name for another file on this computer');
    expect(out).not.toContain('SECRET-TOKEN');
  });

  test('`astro dev` serves a public/ path only when the build would (pathVerdict)', () => {
    symlinkSync('/etc/passwd', path.join(publicDir, 'contacts.txt'));
    symlinkSync(work, path.join(publicDir, 'images'));
    expect(pathVerdict(publicDir, 'contacts.txt')).toBe('refused');
    expect(pathVerdict(publicDir, 'images/secret.txt')).toBe('refused');
    expect(pathVerdict(publicDir, '../secret.txt')).toBe('refused');
    expect(pathVerdict(publicDir, 'favicon.svg')).toBe('plain');
    expect(pathVerdict(publicDir, '2024-25/awareness')).toBe('absent');
  });

  test('a named pipe is refused without waiting on it', () => {
    execFileSync('mkfifo', [path.join(publicDir, 'feed.csv')]);
    expect(checkPublicFiles(publicDir)).toEqual([
      expect.objectContaining({ file: 'public/feed.csv', message: expect.stringMatching(/^a named pipe, not a file/) }),
    ]);
  });

  test('reading never follows a link nor reads a device, and stops at the limit', () => {
    const link = path.join(work, 'link.mdx');
    symlinkSync(path.join(work, 'secret.txt'), link);
    expect(() => readBounded(link, contentFileLimit)).toThrow(UnreadableFile);
    expect(() => readBounded('/dev/zero', contentFileLimit)).toThrow(/not a plain file/);
    const big = path.join(work, 'big.mdx');
    writeFileSync(big, 'x'.repeat(contentFileLimit + 1));
    expect(() => readBounded(big, contentFileLimit)).toThrow(expect.objectContaining({ reason: 'too-large' }));
    writeFileSync(big, 'x'.repeat(contentFileLimit));
    expect(readBounded(big, contentFileLimit).length).toBe(contentFileLimit);
  });
});

describe('names are written in a small safe alphabet', () => {
  const refusedNames: Record<string, string> = {
    'a newline (it would write a rule of its own into _headers)': 'report\n  Access-Control-Allow-Origin: *.pdf',
    'a right-to-left override': 'invoice\u202Efdp.txt',
    'a space': 'annual report.pdf',
    'upper case': 'Logo.png',
    'a letter from another alphabet': 'lоgo.png',
    'a hidden file': '.htaccess',
    'a zero-width space': 'logo\u200B.png',
  };
  for (const [what, name] of Object.entries(refusedNames)) {
    test(`a file in public/ whose name has ${what} is refused by its name, shown safely`, () => {
      writeFileSync(path.join(publicDir, name), 'text');
      const problems = checkPublicFiles(publicDir);
      expect(problems).toHaveLength(1);
      expect(problems[0]!.message).toMatch(/^a file that cannot be published: its name/);
      // The name is shown with anything unusual named by code point: one line, read left to right.
      expect(problems[0]!.file).toMatch(/^public\/[\x21-\x7e ]+$/);
    });
  }

  test('a content file or folder with such a name is refused by the checker too', () => {
    writeFileSync(path.join(content, 'pages', 'About Us.mdx'), '---\ntitle: x\n---\n');
    mkdirSync(path.join(content, 'progress', '2024-25\u202E'));
    const out = checked();
    expect(out).toContain('pages/About Us.mdx: a file that cannot be published');
    expect(out).toContain('progress/2024-25<U+202E>: a folder that cannot be published');
  });

  test('plain names of every allowed kind pass, and the guide for editors is allowed', () => {
    writeFileSync(path.join(publicDir, 'annual-report_2024-25.v2.txt'), 'text');
    expect(treeProblems(publicDir, 'public')).toEqual([]);
    expect(treeProblems(content, 'content')).toEqual([]);
  });
});

describe('names that collide with generated files or routes are refused by the checker', () => {
  const page = '---\ntitle: A page\ndescription: A page.\n---\n\nText.\n';
  test.each([['sitemap-index.xml'], ['404'], ['robots.txt'], ['search-data.json'], ['2025-26'], ['index']])(
    'a page named %s.mdx',
    (name) => {
      writeFileSync(path.join(content, 'pages', `${name}.mdx`), page);
      expect(checked()).toMatch(new RegExp(`pages/${name.replace('.', '\\.')}\\.mdx: the file name "${name.replace('.', '\\.')}"`));
    },
  );

  test('a page named like a folder of public/', () => {
    mkdirSync(path.join(publicDir, 'reports'));
    writeFileSync(path.join(publicDir, 'reports', 'annual.pdf'), '%PDF-1.7\n');
    writeFileSync(path.join(content, 'pages', 'reports.mdx'), page);
    expect(checked()).toContain('pages/reports.mdx: the file name "reports" is the address of the folder public/reports/');
  });

  test('a theme named like a page of each year', () => {
    cpSync(path.join(content, 'themes', 'awareness.mdx'), path.join(content, 'themes', 'figures.mdx'));
    expect(checked()).toContain('themes/figures.mdx: the file name "figures" cannot be a theme\'s address');
  });
});

describe('YAML that would exhaust the reader is refused in plain words, never with a stack trace', () => {
  const run = () => {
    try {
      return execFileSync(process.execPath, ['scripts/check-content.ts'], {
        cwd: repoRoot,
        env: { ...process.env, DASV_CONTENT_DIR: content, DASV_PUBLIC_DIR: publicDir },
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (error) {
      const { stdout, stderr } = error as { stdout: string; stderr: string };
      return `${stdout}${stderr}`;
    }
  };

  test('an alias bomb', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ...Array.from({ length: 9 }, (_, i) => {
        const name = String.fromCharCode(98 + i);
        const previous = String.fromCharCode(97 + i);
        return `${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`;
      }),
    ].join('\n');
    writeFileSync(path.join(content, 'search.yaml'), `${bomb}\n`);
    const out = run();
    expect(out).toMatch(
      /search\.yaml, line 2: cannot be read: the file repeats other parts of itself 81 times with \*aliases; at most 10 are allowed/,
    );
    expect(out).not.toMatch(/^\s+at /m);
  });

  test('nesting thousands of levels deep', () => {
    writeFileSync(path.join(content, 'years', '2024-25.yaml'), `a: ${'['.repeat(5000)}${']'.repeat(5000)}\n`);
    const out = run();
    expect(out).toMatch(/years\/2024-25\.yaml, line 1: cannot be read: the fields are nested more than 12 levels deep/);
    expect(out).not.toMatch(/^\s+at /m);
  });

  test('a few aliases and ordinary nesting are still read', () => {
    const helpFile = path.join(content, 'help.yaml');
    const text = readFileSync(helpFile, 'utf8');
    writeFileSync(
      helpFile,
      text.replace(/^ {4}checked: 2026-12-07$/m, '    checked: &day 2026-12-07').replace(/^ {4}checked: 2026-12-07$/m, '    checked: *day'),
    );
    expect(readFileSync(helpFile, 'utf8')).toContain('*day');
    expect(validateContent(content).problems).toEqual([]);
  });
});
