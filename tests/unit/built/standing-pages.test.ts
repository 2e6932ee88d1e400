import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { builtSite } from '../../support/built-dist.ts';
import { repoRoot } from '../../support/repo-root.ts';

// Every file of content/pages/ is a page at /<file name>/ (src/pages/[page].astro), with no code
// naming it: headed by its title, and with "On this page" where its file asks for contents.
const pages = builtSite();
const dir = path.join(repoRoot, 'content/pages');
const files = readdirSync(dir).filter((name) => name.endsWith('.mdx'));

test.each(files)('content/pages/%s is a page at its own address', (name) => {
  const text = readFileSync(path.join(dir, name), 'utf8');
  const data = parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as { title: string; contents?: boolean };
  const page = pages.find((p) => p.urlPath === `/${name.replace(/\.mdx$/, '')}/`);
  expect(page, 'built').toBeDefined();
  const title = data.title.replaceAll('&', '&amp;').replaceAll("'", '&#39;');
  expect(page!.html).toContain(`<h1>${title}</h1>`);
  expect(page!.html.includes('aria-label="On this page"'), 'On this page').toBe(data.contents === true);
});
