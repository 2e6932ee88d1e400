/**
 * Link-preview ("Open Graph") images, drawn at build time from the site's own words: no
 * third-party service, nothing fetched. satori lays the text out (wrapping long titles) and turns
 * it into SVG paths; resvg's WebAssembly build paints that SVG as a PNG on any platform.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Resvg, initWasm } from '@resvg/resvg-wasm';
import satori from 'satori';
import { clip } from './text.ts';

/** The size Open Graph and Twitter's large card expect (1.91:1). */
export const SHARE_IMAGE_WIDTH = 1200;
export const SHARE_IMAGE_HEIGHT = 630;

/** What one image says, from the top down. */
export interface ShareImageText {
  /** Small line above the title, e.g. "Theme · Year One, 2024/25". */
  readonly caption: string;
  /** The large title, e.g. "Victim/Survivor Voice". */
  readonly title: string;
  /** A sentence under the title; cut with an ellipsis if very long. */
  readonly summary?: string;
  /** The footer line naming who publishes it. */
  readonly publisher: string;
}

/** The node shape satori reads: React's element shape, without React. */
interface Node {
  type: string;
  props: { style: Record<string, string | number>; children?: (Node | string)[] | Node | string };
}

const node = (type: string, style: Node['props']['style'], children?: Node['props']['children']): Node => ({
  type,
  props: children === undefined ? { style } : { style, children },
});

/** Longest summary shown in full; longer ones end at a word with "…" so the layout never overflows. */
const SUMMARY_LIMIT = 230;

/** The layout of a share image: the site's purple band, large title, calm white card. */
export function shareImageTree(text: ShareImageText): Node {
  const purple = '#5b2a86';
  return node(
    'div',
    {
      width: SHARE_IMAGE_WIDTH,
      height: SHARE_IMAGE_HEIGHT,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      backgroundColor: '#ffffff',
      borderTop: `24px solid ${purple}`,
      padding: '56px 72px 48px',
      fontFamily: 'Atkinson Hyperlegible',
      color: '#1d1a22',
    },
    [
      node('div', { fontSize: 30, color: '#4e4857', marginBottom: 20 }, text.caption),
      node('div', { fontSize: text.title.length > 40 ? 60 : 76, fontWeight: 700, color: purple, lineHeight: 1.1 }, text.title),
      ...(text.summary ? [node('div', { fontSize: 30, lineHeight: 1.35, marginTop: 28 }, clip(text.summary, SUMMARY_LIMIT))] : []),
      node('div', { marginTop: 'auto', paddingTop: 20, borderTop: '2px solid #cfc7da', fontSize: 26, color: '#4e4857' }, text.publisher),
    ],
  );
}

const require = createRequire(import.meta.url);
let ready: Promise<{ regular: Buffer; bold: Buffer }> | undefined;

/** Loads the renderer and the font once per build; both come from npm packages, not the network. */
function prepare(): Promise<{ regular: Buffer; bold: Buffer }> {
  ready ??= (async () => {
    await initWasm(await readFile(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
    const font = (weight: number) =>
      readFile(require.resolve(`@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-${weight}-normal.woff`));
    const [regular, bold] = await Promise.all([font(400), font(700)]);
    return { regular, bold };
  })();
  return ready;
}

/** Draws one share image as PNG bytes. */
export async function renderShareImage(text: ShareImageText): Promise<Uint8Array> {
  const { regular, bold } = await prepare();
  const svg = await satori(shareImageTree(text) as Parameters<typeof satori>[0], {
    width: SHARE_IMAGE_WIDTH,
    height: SHARE_IMAGE_HEIGHT,
    fonts: [
      { name: 'Atkinson Hyperlegible', data: regular, weight: 400, style: 'normal' },
      { name: 'Atkinson Hyperlegible', data: bold, weight: 700, style: 'normal' },
    ],
  });
  return new Resvg(svg, { fitTo: { mode: 'original' } }).render().asPng();
}
