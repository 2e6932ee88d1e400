import { expect, test } from 'vitest';
import CopyLink from '../../../src/components/CopyLink.astro';
import { htmlText } from '../../support/html-tree.ts';
import { render } from '../../support/render-component.ts';

// Without JavaScript a copy-link control is a plain link to what it names (follow it, or copy it
// from the browser's menu); its script turns it into a button that copies or shares the link.

test('an achievement’s control links to its anchor, named for it, with no words on screen', async () => {
  const { html, elements } = await render(CopyLink, { props: { id: 'refuge-places', label: 'Refuge places' }, url: '/2024-25/awareness/' });
  const links = elements.filter((el) => el.tag === 'a');
  expect(links.map((a) => a.attrs['href'])).toEqual(['#refuge-places']);
  // The button is the script's to make: in the HTML there is only the link.
  expect(elements.filter((el) => el.tag === 'button')).toEqual([]);
  // Its name, for a screen reader: what it links to. On screen, the "#" of its style alone.
  expect(htmlText(html)).toBe('Link to Refuge places');
  expect(elements.find((el) => el.attrs['class'] === 'visually-hidden')?.text).toBe('Link to Refuge places');
  const control = elements.find((el) => el.tag === 'copy-link')!;
  // What the script needs to make the button's name ("Copy link to Refuge places").
  expect(control.attrs['data-label']).toBe('Refuge places');
  // A result of the site's search never shows "Link to …".
  expect(control.attrs).toHaveProperty('data-pagefind-ignore');
  expect(control.attrs['class']?.split(' ')).toContain('no-print');
});

test('the page’s own control links to the page itself, with its words on screen', async () => {
  const { elements } = await render(CopyLink, {
    props: { label: 'this page', buttonText: 'Copy link to this page' },
    url: '/2024-25/awareness/',
  });
  const link = elements.find((el) => el.tag === 'a')!;
  expect(link.attrs['href']).toBe('/2024-25/awareness/');
  expect(elements.find((el) => el.attrs['class'] === 'copy-link-text')?.text).toBe('Link to this page');
  expect(elements.find((el) => el.tag === 'copy-link')!.attrs['data-button-text']).toBe('Copy link to this page');
});
