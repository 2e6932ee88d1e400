import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, vi } from 'vitest';
import { parse } from 'yaml';
import HelpStrip from '../../../src/components/HelpStrip.astro';
import { htmlText } from '../../support/html-tree.ts';
import { render } from '../../support/render-component.ts';
import { repoRoot } from '../../support/repo-root.ts';

vi.mock('astro:content', async () => (await import('../../support/render-component.ts')).realContentModule());

// The numbers of content/help.yaml's help box, read from the file as an editor wrote it: 999, and
// the first other service in the box (the National Domestic Abuse Helpline).
const inBox = (
  parse(readFileSync(path.join(repoRoot, 'content/help.yaml'), 'utf8')) as {
    id: string;
    inHelpBox?: boolean;
    contact?: { phone?: string };
  }[]
)
  .filter((service) => service.inHelpBox && service.contact?.phone)
  .map((service) => ({ id: service.id, phone: service.contact!.phone! }));
const emergency = inBox.find((service) => service.id === 'emergency')!;
const helpline = inBox.find((service) => service.id !== 'emergency')!;

test('the help strip says the helpline and 999 in one line, each a link that dials the number it shows', async () => {
  const { html, elements } = await render(HelpStrip);
  const strip = elements.find((el) => el.tag === 'aside')!;
  expect(strip.attrs['aria-label']).toBe('Help');
  expect(htmlText(html)).toBe(`Help: ${helpline.phone} · ${emergency.phone} in an emergency`);
  const links = elements.filter((el) => el.tag === 'a').map((a) => ({ href: a.attrs['href'], text: a.text }));
  expect(links).toEqual([
    // The groups of a number joined by no-break spaces: a number never splits across lines.
    { href: `tel:${helpline.phone.replaceAll(' ', '')}`, text: helpline.phone.replaceAll(' ', '\u00a0') },
    { href: `tel:${emergency.phone}`, text: emergency.phone },
  ]);
});

test('it is plain HTML, and not printed', async () => {
  const { elements } = await render(HelpStrip);
  expect(elements.filter((el) => el.tag === 'script')).toEqual([]);
  expect(elements.find((el) => el.tag === 'aside')!.attrs['class']?.split(' ')).toContain('no-print');
});
