import path from 'node:path';
import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { builtPages } from '../../src/lib/built-site.ts';
import { repoRoot } from './helpers';

// Every built page is valid HTML by html-validate's recommended rules (.htmlvalidate.json):
// what browsers and assistive technology will parse, not what the templates look like.
const validator = new HtmlValidate(new FileSystemConfigLoader());

for (const page of builtPages(path.join(repoRoot, 'dist'))) {
  test(`${page.urlPath} is valid HTML`, async () => {
    const report = await validator.validateFile(page.file);
    const messages = report.results.flatMap((result) => result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(messages).toEqual([]);
  });
}
