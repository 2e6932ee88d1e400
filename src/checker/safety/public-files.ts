import { existsSync, globSync } from 'node:fs';
import path from 'node:path';
import { plainFiles, publicFileLimit, readBounded, treeProblems, UnreadableFile } from '../../lib/safe-files.ts';
import { svgProblems } from './svg.ts';
import type { ContentProblem } from '../types.ts';

/**
 * What `public/` may hold. Its files are published as they are, on the site's own address, and a
 * host that ignores `_headers` (GitHub Pages) serves them without the Content-Security-Policy: an
 * HTML file or an SVG with a script there would run code as the site. So public/ holds only static
 * files of the kinds listed here, each checked to be what its name says, and SVGs only as drawings.
 * Checked with the content (src/checker/index.ts), so `npm run check` and every build refuse
 * anything else, naming the file.
 */

/** The folder Astro publishes as it is: `public/`, or another named by DASV_PUBLIC_DIR (tests). */
export function publicDir(): string {
  return process.env['DASV_PUBLIC_DIR'] ?? './public';
}

/** The kinds of file public/ may hold, by extension, each with the bytes its files start with (if it has fixed ones). */
const allowedTypes: Readonly<Record<string, { readonly what: string; readonly magic?: readonly (readonly (number | undefined)[])[] }>> = {
  '.png': { what: 'a PNG image', magic: [[0x89, 0x50, 0x4e, 0x47]] },
  '.jpg': { what: 'a JPEG image', magic: [[0xff, 0xd8, 0xff]] },
  '.jpeg': { what: 'a JPEG image', magic: [[0xff, 0xd8, 0xff]] },
  '.gif': { what: 'a GIF image', magic: [[0x47, 0x49, 0x46, 0x38]] },
  '.webp': {
    what: 'a WebP image',
    magic: [[0x52, 0x49, 0x46, 0x46, undefined, undefined, undefined, undefined, 0x57, 0x45, 0x42, 0x50]],
  },
  '.avif': { what: 'an AVIF image', magic: [[undefined, undefined, undefined, undefined, 0x66, 0x74, 0x79, 0x70]] },
  '.ico': { what: 'an icon', magic: [[0x00, 0x00, 0x01, 0x00]] },
  '.svg': { what: 'an SVG drawing' },
  '.pdf': { what: 'a PDF document', magic: [[0x25, 0x50, 0x44, 0x46, 0x2d]] },
  '.woff2': { what: 'a font', magic: [[0x77, 0x4f, 0x46, 0x32]] },
  '.csv': { what: 'a CSV file' },
  '.txt': { what: 'a text file' },
};

const allowedList = Object.keys(allowedTypes).join(', ');

function startsWith(bytes: Buffer, magic: readonly (number | undefined)[]): boolean {
  return magic.every((byte, index) => byte === undefined || bytes[index] === byte);
}

/** What is wrong with one file of public/, if anything; `file` is its path as shown. */
function fileProblems(absolute: string, file: string): ContentProblem[] {
  const name = path.basename(absolute);
  const extension = path.extname(name).toLowerCase();
  if (name.startsWith('_') || name.startsWith('.')) {
    return [
      {
        file,
        message: `a file the host may read as settings (${name}): it could send readers elsewhere or change the site's headers`,
        hint: 'remove it; the headers come from src/lib/security-policy.ts',
      },
    ];
  }
  if (['.html', '.htm', '.xhtml', '.shtml', '.xml', '.xsl', '.xslt', '.mht', '.mhtml'].includes(extension)) {
    return [
      {
        file,
        message: `${extension === '.xml' || extension.startsWith('.xsl') ? 'an XML' : 'an HTML'} file: published as it is, it could run code on this site's address`,
        hint: 'remove it; a page of the site is written in content/pages/',
      },
    ];
  }
  const type = allowedTypes[extension];
  if (!type) {
    return [
      {
        file,
        message: `${extension ? `a ${extension} file` : 'a file without an extension'} is not one public/ may hold`,
        hint: `public/ holds only static files: ${allowedList}`,
      },
    ];
  }
  let bytes: Buffer;
  try {
    bytes = readBounded(absolute, publicFileLimit);
  } catch (error) {
    if (!(error instanceof UnreadableFile)) throw error;
    return error.reason === 'too-large'
      ? [
          {
            file,
            message: `the file is larger than ${publicFileLimit / 1024 / 1024} MB`,
            hint: 'make it smaller, or publish it somewhere made for large files and link to it',
          },
        ]
      : [];
  }
  if (type.magic && !type.magic.some((magic) => startsWith(bytes, magic))) {
    return [
      {
        file,
        message: `the file is named ${extension} but is not ${type.what}`,
        hint: `save it again as ${type.what}, or give it the extension of what it is`,
      },
    ];
  }
  const text = bytes.toString('utf8');
  if (extension === '.svg') {
    return svgProblems(text).map(({ line, message }) => ({
      file,
      message: `line ${line}: ${message}`,
      hint: 'an SVG in public/ must be a plain drawing: remove it, or save the picture as PNG',
    }));
  }
  if ((extension === '.csv' || extension === '.txt') && /<\s*(script|html|svg|iframe|body)\b/i.test(text)) {
    return [
      {
        file,
        message: 'the text holds HTML: a browser that guesses the type could run it',
        hint: 'remove the markup',
      },
    ];
  }
  return [];
}

/** Folders the build writes itself: Astro's bundles, Pagefind's index, the form editor's files. */
const builtFolders = ['_astro', 'pagefind', 'admin'];

/**
 * The files the site makes at build time, as patterns of their paths: every endpoint in
 * src/pages (`[year]/priorities.csv.ts` makes `2024-25/priorities.csv`), a `[param]` standing for
 * one part of the path and a `[...rest]` for any number. A file of public/ at one of these paths
 * would be published instead of what the site makes (Astro skips the route with a warning): fake
 * open data, another robots.txt, another link-preview image.
 */
function generatedPaths(): { readonly route: string; readonly pattern: RegExp }[] {
  // From the working directory, as publicDir() is: the build's config loader moves this module.
  const pages = path.resolve('src/pages');
  // The site's own code, not content: its bracketed names are outside content's safe alphabet.
  return globSync('**/*.ts', { cwd: pages }).map((file) => {
    const route = file.split(path.sep).join('/');
    const output = route.replace(/\.ts$/, '');
    const source = output
      .split(/(\[\.\.\.[^\]]+\]|\[[^\]]+\])/)
      .map((part) => (part.startsWith('[...') ? '.+' : part.startsWith('[') ? '[^/]+' : part.replace(/[.*+?^${}()|\\]/g, '\\$&')))
      .join('');
    return { route: `src/pages/${route}`, pattern: new RegExp(`^${source}$`) };
  });
}

/** What is wrong with a file's path in public/, if anything: a path the site makes for itself. */
function collisionProblem(relative: string, file: string, generated: ReturnType<typeof generatedPaths>): ContentProblem | undefined {
  const folder = relative.split('/')[0] ?? '';
  const made = builtFolders.includes(folder)
    ? `the ${folder}/ folder the build writes`
    : generated.find((g) => g.pattern.test(relative))?.route;
  if (!made) return undefined;
  return {
    file,
    message: `the site makes a file at this address itself (${made}): published from public/, this one would be served in its place`,
    hint: 'give the file another name or folder',
  };
}

/** Every problem with the files of a public/ folder (none if there is no such folder). */
export function checkPublicFiles(dir: string, shown = 'public'): ContentProblem[] {
  if (!existsSync(dir)) return [];
  // Structure first, before any file is read: links, devices, pipes and unsafe names (which could
  // write a rule of their own into _headers) are refused by what they are, and never opened.
  const structure: ContentProblem[] = treeProblems(dir, shown);
  const files = plainFiles(dir, '**/*');
  const generated = generatedPaths();
  return [
    ...structure,
    ...files.flatMap((relative) => {
      const file = `${shown}/${relative}`;
      const collision = collisionProblem(relative, file, generated);
      return collision ? [collision] : fileProblems(path.join(dir, relative), file);
    }),
  ];
}
