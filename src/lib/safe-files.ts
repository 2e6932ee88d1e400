import { closeSync, constants, fstatSync, globSync, lstatSync, openSync, readdirSync, readSync } from 'node:fs';
import path from 'node:path';

/**
 * Reading content/ and public/ by their structure, not by what a file claims to be. Every reader of
 * those folders at build time (the content model, src/model/, for content/; the public-file check)
 * reads through here:
 * - a tree is walked with lstat, before any file in it is read: a symbolic link (to /etc/passwd, to
 *   .git/config, to a file outside the repository), a device (/dev/zero), a pipe or a socket is
 *   refused by name, never followed, so nothing of the build machine can be read or published;
 * - a name is refused unless it is written in a small safe alphabet (lower-case ASCII letters,
 *   digits, `-`, `_`, `.`), so no name can carry a newline (which would write a rule of its own into
 *   `_headers`), a bidi control, a space, an upper-case look-alike or a `..`;
 * - a file is opened without following a link (O_NOFOLLOW), checked to be a regular file on the open
 *   handle, and read only up to its limit, counting the bytes as they arrive: a size the file system
 *   reports is never trusted.
 * Problems name the file and what it is; none ever quotes what a refused file holds.
 */

/** The alphabet of a file or folder name under content/ or public/: `annual-report_2024-25.pdf`. */
const SAFE_NAME = /^[a-z0-9_-][a-z0-9_.-]*$/;

/** Names allowed beside the alphabet: the folder's guide for editors, never read as content. */
const guides = new Set(['README.md']);

/** Something found in a tree that must not be read or published, said for an editor. */
export interface TreeProblem {
  /** The path as shown (e.g. `public/contacts.txt`). */
  readonly file: string;
  readonly message: string;
  readonly hint: string;
}

/** What a file-system entry is, in words, for one that is neither a regular file nor a folder. */
function kindOf(stats: {
  isSymbolicLink(): boolean;
  isFIFO(): boolean;
  isSocket(): boolean;
  isBlockDevice(): boolean;
  isCharacterDevice(): boolean;
}): string {
  if (stats.isSymbolicLink()) return 'a symbolic link';
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isSocket()) return 'a socket';
  if (stats.isBlockDevice() || stats.isCharacterDevice()) return 'a device';
  return 'a special file';
}

/** A name shown safely: control, invisible and non-ASCII characters named by code point, so a message cannot be split or reversed by them. */
export function shownName(name: string): string {
  return [...name]
    .map((c) => (/[\x21-\x7e ]/.test(c) ? c : `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`))
    .join('');
}

/** What is wrong with one name in a tree, if anything. */
export function nameProblem(name: string): string | undefined {
  if (guides.has(name)) return undefined;
  if (SAFE_NAME.test(name)) return undefined;
  if (name.startsWith('.')) return 'its name starts with a dot (a hidden or settings file)';
  return 'its name has characters other than lower-case letters a-z, digits, hyphens, underscores and dots';
}

/** A name outside the safe alphabet, said for an editor. */
function badNameProblem(file: string, isFolder: boolean, badName: string): TreeProblem {
  return {
    file,
    message: `${isFolder ? 'a folder' : 'a file'} that cannot be published: ${badName}`,
    hint: 'rename it using only lower-case letters a-z, digits, hyphens (-), underscores (_) and dots, like annual-report-2024-25.pdf',
  };
}

/**
 * The problem with the names of a path about to be written under a folder (`progress/2025-26/x.mdx`),
 * as treeProblems() would say it once the file is there: the first folder or file named outside the
 * safe alphabet. `shown` is how the folder is named in messages.
 */
export function pathNameProblem(shown: string, relative: string): TreeProblem | undefined {
  const parts = relative.split('/');
  for (const [index, part] of parts.entries()) {
    const badName = nameProblem(part);
    if (badName) return badNameProblem(`${shown}/${shownName(parts.slice(0, index + 1).join('/'))}`, index < parts.length - 1, badName);
  }
  return undefined;
}

/**
 * Every problem with the structure of a folder: entries that are not plain files or folders, and
 * names outside the safe alphabet. Nothing is read; a link is never followed (so a link to a folder
 * is reported, not walked). `shown` is how the folder is named in messages. No folder: no problems.
 * `skip` names top-level entries left out (see contentTreeProblems).
 * `names: false` checks the structure alone (the built site, whose generated names have capitals).
 */
export function treeProblems(dir: string, shown: string, { names = true, skip = [] as readonly string[] } = {}): TreeProblem[] {
  const problems: TreeProblem[] = [];
  let top;
  try {
    top = lstatSync(dir);
  } catch {
    return [];
  }
  if (!top.isDirectory()) {
    return [{ file: shown, message: `${kindOf(top)}, not a folder`, hint: `make ${shown} a plain folder in the repository` }];
  }
  const walk = (absolute: string, relative: string) => {
    for (const name of readdirSync(absolute).sort()) {
      if (relative === '' && skip.includes(name)) continue;
      const childRelative = relative ? `${relative}/${name}` : name;
      const file = `${shown}/${shownName(childRelative)}`;
      const childAbsolute = path.join(absolute, name);
      const stats = lstatSync(childAbsolute);
      const badName = names ? nameProblem(name) : undefined;
      if (badName) {
        problems.push(badNameProblem(file, stats.isDirectory(), badName));
        continue;
      }
      if (stats.isDirectory()) walk(childAbsolute, childRelative);
      else if (stats.isFile() && stats.nlink > 1) {
        // A hard link is a second name for a file that may live anywhere on the same disk (git
        // never makes one: a checkout writes each file once).
        problems.push({
          file,
          message: 'a hard link, a second name for another file on this computer: the build never publishes one',
          hint: 'replace it with a copy of the file itself (or delete it)',
        });
      } else if (!stats.isFile()) {
        problems.push({
          file,
          message: `${kindOf(stats)}, not a file: the build never follows or reads one, as it could publish any file of the computer it runs on`,
          hint: `replace it with a copy of the file itself (or delete it)`,
        });
      }
    }
  };
  walk(dir, '');
  return problems;
}

/**
 * treeProblems() for a content folder. A copy of content/ that tests and the benchmark build
 * (DASV_CONTENT_DIR) holds Astro's cache for its build in `.astro-cache` (astro.config.mjs): that one
 * folder, made by the build itself, is left out; in content/ itself nothing is.
 */
export function contentTreeProblems(dir: string, shown: string): TreeProblem[] {
  return treeProblems(dir, shown, { skip: process.env['DASV_CONTENT_DIR'] ? ['.astro-cache'] : [] });
}

/** Whether every part of a path under `root` is a plain folder, then a plain file, each with a safe name (checked with lstat). */
function isPlainPath(root: string, relative: string): boolean {
  let current = root;
  const parts = relative.split('/');
  return parts.every((part, index) => {
    if (nameProblem(part)) return false;
    current = path.join(current, part);
    try {
      const stats = lstatSync(current);
      return index < parts.length - 1 ? stats.isDirectory() : stats.isFile() && stats.nlink === 1;
    } catch {
      return false;
    }
  });
}

/**
 * What a path under `root` leads to, each part looked at with lstat: nothing there ('absent'), plain
 * folders and a plain file or folder with safe names ('plain'), or something the build refuses to
 * read ('refused': a link, a device, a hard link, an unsafe name on the way). For `astro dev`, which
 * serves public/ itself (src/integrations/content-preview.ts).
 */
export function pathVerdict(root: string, relative: string): 'absent' | 'plain' | 'refused' {
  let current = root;
  for (const part of relative.split('/')) {
    current = path.join(current, part);
    let stats;
    try {
      stats = lstatSync(current);
    } catch {
      return 'absent';
    }
    if (nameProblem(part) || !(stats.isDirectory() || (stats.isFile() && stats.nlink === 1))) return 'refused';
    if (!stats.isDirectory()) return current === path.join(root, relative) ? 'plain' : 'absent';
  }
  return 'plain';
}

/**
 * The files under `root` matching a glob pattern, sorted, as `/`-separated paths: only plain files
 * reached through plain folders with safe names. The rest are left out here and reported by
 * treeProblems(), once each.
 */
export function plainFiles(root: string, pattern: string): string[] {
  return globSync(pattern, { cwd: root })
    .map((relative) => relative.split(path.sep).join('/'))
    .filter((relative) => isPlainPath(root, relative))
    .sort();
}

/** A file that was not read: it is not a plain file, or it is larger than its limit. */
export class UnreadableFile extends Error {
  readonly reason: 'not-a-file' | 'too-large' | 'missing';
  /** For a file too large: its size as far as known (at least the limit and one byte). */
  readonly size: number;
  constructor(reason: 'not-a-file' | 'too-large' | 'missing', message: string, size = 0) {
    super(message);
    this.name = 'UnreadableFile';
    this.reason = reason;
    this.size = size;
  }
}

/**
 * A file's bytes, read without following a link and only up to `limit` bytes: more is never read.
 * Throws UnreadableFile (with a plain message naming the file, never its contents) for a missing
 * file, anything but a regular file, or one larger than the limit.
 */
export function readBounded(absolute: string, limit: number): Buffer {
  let fd: number;
  try {
    // O_NONBLOCK: opening a named pipe must not wait for a writer; it is refused just below.
    fd = openSync(absolute, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UnreadableFile('missing', `${absolute} is missing`);
    throw new UnreadableFile('not-a-file', `${absolute} is not a plain file (${code === 'ELOOP' ? 'a symbolic link' : code})`);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile() || stats.nlink > 1) {
      throw new UnreadableFile('not-a-file', `${absolute} is ${stats.isFile() ? 'a hard link' : kindOf(stats)}, not a plain file`);
    }
    // A regular file's size is known before reading; the count below holds even if it grows meanwhile.
    if (stats.size > limit) throw new UnreadableFile('too-large', `${absolute} is larger than ${limit} bytes`, stats.size);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(64 * 1024, limit + 1 - total));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      total += read;
      if (total > limit) throw new UnreadableFile('too-large', `${absolute} is larger than ${limit} bytes`, total);
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

/** The most a content file may hold, in bytes (see fileSizeProblem in src/checker/safety/allow-list.ts). */
export const contentFileLimit = 256 * 1024;

/** The most a file in public/ may hold: a PDF report fits; a video does not belong there. */
export const publicFileLimit = 20 * 1024 * 1024;
