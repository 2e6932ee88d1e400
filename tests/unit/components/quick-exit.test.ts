import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, vi } from 'vitest';
import { parse } from 'yaml';
import QuickExit from '../../../src/components/QuickExit.astro';
import { render } from '../../support/render-component.ts';
import { repoRoot } from '../../support/repo-root.ts';

vi.mock('astro:content', async () => (await import('../../support/render-component.ts')).realContentModule());

const { quickExitUrl } = parse(readFileSync(path.join(repoRoot, 'content/safety.yaml'), 'utf8')) as { quickExitUrl: string };

test('"Exit this page" is a plain link to the neutral site of content/safety.yaml, so it leaves without JavaScript', async () => {
  const { elements } = await render(QuickExit);
  const links = elements.filter((el) => el.tag === 'a');
  expect(links).toHaveLength(1);
  const exit = links[0]!;
  expect(exit.text.trim()).toBe('Exit this page');
  expect(exit.attrs['href']).toBe(quickExitUrl);
  // The neutral site learns nothing of where the reader was, and search engines follow nothing.
  expect(exit.attrs['rel']?.split(' ').sort()).toEqual(['nofollow', 'noreferrer']);
  // What the page's script takes over with JavaScript (src/lib/quick-exit-script.ts): the marked link.
  expect(exit.attrs).toHaveProperty('data-quick-exit');
  // Not a button made by script: with no script there is still this link, and nothing else to press.
  expect(elements.filter((el) => el.tag === 'button')).toEqual([]);
});

test('the Shift hint is there for scripts to show, and the count is said in a status region that starts empty', async () => {
  const { elements } = await render(QuickExit);
  expect(elements.find((el) => el.attrs['class'] === 'quick-exit-hint')?.text).toBe('Or press Shift 3 times');
  const status = elements.find((el) => el.attrs['role'] === 'status');
  expect(status?.attrs['class']).toBe('quick-exit-status');
  expect(status?.text).toBe('');
});

test('it is left out of print', async () => {
  const { elements } = await render(QuickExit);
  expect(elements.find((el) => el.attrs['class']?.split(' ').includes('quick-exit'))?.attrs['class']?.split(' ')).toContain('no-print');
});
