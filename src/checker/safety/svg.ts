import sax from 'sax';
import { article } from './allow-list.ts';

/**
 * An SVG in public/ is published on the site's own address: opened on its own, it is a document
 * that can run scripts as the site. So it must be a plain drawing, and that is decided on the tree a
 * real XML parser reads (sax, strict: the same document a browser builds, entities and character
 * references decoded, quotes and comments handled), never with patterns over the text. The rule is
 * an allow-list: the elements and attributes a drawing is made of; everything else is refused,
 * with its line. Refused on top, whatever the allow-list: processing instructions (an
 * `<?xml-stylesheet?>` loads a style sheet), a DOCTYPE (entities), any event handler, and any
 * reference to something outside the file, in an attribute (`href`, `url(…)`) or in CSS (a style
 * attribute or a `<style>` element).
 *
 * Why not a sanitiser such as DOMPurify: it needs a DOM (jsdom) at build time and it rewrites the
 * file silently; an editor needs to be told what is wrong, and the file published is then the one
 * they saved.
 */

/** The elements a drawing is made of: nothing that runs code, holds HTML, loads or links elsewhere or animates. */
const svgElements = new Set([
  'svg',
  'g',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'title',
  'desc',
  'defs',
  'use',
  'symbol',
  'clippath',
  'mask',
  'lineargradient',
  'radialgradient',
  'stop',
  'pattern',
  'marker',
  'metadata',
  'style',
]);

/** The attributes of a drawing: geometry, painting, text, accessibility; compared in lower case. */
const svgAttributes = new Set(
  [
    'id',
    'class',
    'style',
    'x',
    'y',
    'x1',
    'y1',
    'x2',
    'y2',
    'cx',
    'cy',
    'r',
    'rx',
    'ry',
    'fx',
    'fy',
    'fr',
    'dx',
    'dy',
    'width',
    'height',
    'd',
    'points',
    'pathLength',
    'transform',
    'viewBox',
    'preserveAspectRatio',
    'version',
    'baseProfile',
    'fill',
    'fill-opacity',
    'fill-rule',
    'stroke',
    'stroke-width',
    'stroke-linecap',
    'stroke-linejoin',
    'stroke-miterlimit',
    'stroke-dasharray',
    'stroke-dashoffset',
    'stroke-opacity',
    'opacity',
    'color',
    'display',
    'visibility',
    'overflow',
    'vector-effect',
    'shape-rendering',
    'paint-order',
    'clip-path',
    'clip-rule',
    'clipPathUnits',
    'mask',
    'maskUnits',
    'maskContentUnits',
    'gradientUnits',
    'gradientTransform',
    'spreadMethod',
    'offset',
    'stop-color',
    'stop-opacity',
    'patternUnits',
    'patternContentUnits',
    'patternTransform',
    'markerWidth',
    'markerHeight',
    'markerUnits',
    'refX',
    'refY',
    'orient',
    'marker-start',
    'marker-mid',
    'marker-end',
    'font-family',
    'font-size',
    'font-weight',
    'font-style',
    'text-anchor',
    'dominant-baseline',
    'alignment-baseline',
    'letter-spacing',
    'word-spacing',
    'rotate',
    'textLength',
    'lengthAdjust',
    'role',
    'aria-label',
    'aria-labelledby',
    'aria-describedby',
    'aria-hidden',
    'focusable',
    'lang',
    'xml:lang',
    'xml:space',
    'href',
    'xlink:href',
    'xmlns',
    'xmlns:xlink',
  ].map((name) => name.toLowerCase()),
);

/** The only namespaces a drawing declares, by the attribute that declares them. */
const namespaces: Readonly<Record<string, string>> = {
  xmlns: 'http://www.w3.org/2000/svg',
  'xmlns:xlink': 'http://www.w3.org/1999/xlink',
};

/** The CSS functions a drawing's styles may use; `url()` only to a part of the same file (`url(#id)`). */
const cssFunctions = new Set([
  'url',
  'rgb',
  'rgba',
  'hsl',
  'hsla',
  'calc',
  'var',
  'translate',
  'rotate',
  'scale',
  'matrix',
  'skewx',
  'skewy',
]);

/**
 * What is wrong with CSS in a drawing (a style attribute, a `<style>` element, or an attribute
 * value that CSS reads, like `fill="url(#g)"`), if anything. Comments are dropped first, as a
 * browser does; then any escape, at-rule (`@import`), function outside the list or `url()` that
 * leaves the file is refused.
 */
export function cssProblem(css: string, sheet = true): string | undefined {
  const text = css.replace(/\/\*[\s\S]*?(\*\/|$)/g, ' ');
  if (text.includes('\\')) return 'a backslash escape in its CSS: it can hide an address';
  if (sheet && text.includes('@')) return `an ${/@\s*import/i.test(text) ? '@import' : '@ rule'} in its CSS: it can load other files`;
  for (const match of text.matchAll(/([\w-]+)\s*\(\s*(["']?)\s*([^)"']*)/g)) {
    const name = match[1]!.toLowerCase();
    if (!cssFunctions.has(name))
      return `the CSS function ${name}() in its CSS: a drawing's styles may use only ${[...cssFunctions].join(', ')}`;
    if (name === 'url' && !/^#[\w.-]+$/.test(match[3]!.trim())) {
      return `the address url(${match[2]}${match[3]!.trim()}${match[2]}) in its CSS: a drawing may load nothing from elsewhere (only url(#part-of-this-file))`;
    }
  }
  return undefined;
}

/** What makes an SVG more than a drawing, each with its line; the first few are enough to act on. */
export function svgProblems(text: string): { line: number; message: string }[] {
  const found: { line: number; message: string }[] = [];
  const parser = sax.parser(true, { position: true });
  /** How deep inside a refused element the parser is: what it holds is not reported again. */
  let refusedDepth = 0;
  let inStyle = false;
  let styleText = '';
  let sawRoot = false;
  const add = (message: string) => found.push({ line: parser.line + 1, message });
  parser.onprocessinginstruction = ({ name }) => {
    // The XML declaration alone is a processing instruction a drawing may start with.
    if (name === 'xml' && !sawRoot) return;
    add(`a processing instruction <?${name}?>: it can load a style sheet or script into the drawing`);
  };
  parser.ondoctype = () => add('a <!DOCTYPE> declaration: it can pull other files or entities into the drawing');
  parser.onopentag = (tag) => {
    if (refusedDepth > 0) {
      refusedDepth++;
      return;
    }
    const name = tag.name;
    const local = name.toLowerCase().replace(/^svg:/, '');
    if (!sawRoot && local !== 'svg') add(`the drawing starts with <${name}>, not <svg>`);
    sawRoot = true;
    if (!svgElements.has(local)) {
      const why =
        local === 'script'
          ? "it would run code on this site's address"
          : local === 'foreignobject'
            ? 'it can hold HTML that runs code'
            : 'it is not part of a plain drawing';
      add(`${article(local)} <${name}> element: ${why}`);
      refusedDepth = 1;
      return;
    }
    inStyle = local === 'style';
    styleText = '';
    for (const [attributeName, rawValue] of Object.entries(tag.attributes)) {
      const lower = attributeName.toLowerCase();
      const value = String(rawValue);
      if (lower.startsWith('on')) {
        add(`an event handler (${attributeName}=): it would run code on this site's address`);
      } else if (!svgAttributes.has(lower)) {
        add(`the attribute ${attributeName}= is not part of a plain drawing`);
      } else if (lower in namespaces) {
        if (value !== namespaces[lower]) add(`${attributeName}="${value}": a drawing declares only the SVG and XLink namespaces`);
      } else if (lower === 'href' || lower === 'xlink:href') {
        if (!/^#[\w.-]+$/.test(value)) add(`a link to ${JSON.stringify(value)}: a drawing may refer only to its own parts (href="#…")`);
      } else if (!/^(id|class|role|lang|aria-.*|xml:.*)$/.test(lower)) {
        // Painting attributes are read as CSS values (fill="url(#shade)"); a style attribute is CSS itself.
        const problem = cssProblem(value, lower === 'style');
        if (problem) add(`${problem.replace(' in its CSS', ` in ${attributeName}=`)}`);
      }
    }
  };
  const onText = (text: string) => {
    if (inStyle && refusedDepth === 0) styleText += text;
  };
  parser.ontext = onText;
  parser.oncdata = onText;
  parser.onclosetag = () => {
    if (refusedDepth > 0) {
      refusedDepth--;
      return;
    }
    if (inStyle) {
      const problem = cssProblem(styleText);
      if (problem) add(`${problem.replace('its CSS', 'its <style>')}`);
      inStyle = false;
    }
  };
  try {
    parser.write(text).close();
  } catch (error) {
    // Strict XML: a browser refuses to draw malformed SVG too, so say where it breaks and stop.
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : '';
    found.push({ line: parser.line + 1, message: `the drawing is not well-formed XML (${reason.toLowerCase()})` });
  }
  if (!sawRoot && found.length === 0) found.push({ line: 1, message: 'the file holds no <svg> drawing' });
  return found;
}
