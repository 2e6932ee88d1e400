import { describe, expect, test } from 'vitest';
import { cssProblem, svgProblems } from '../../src/checker/safety/svg.ts';

// An SVG in public/ is read by a real XML parser with an allow-list (src/checker/safety/svg.ts).
// Each hostile case below is written many ways, as an attacker would vary it: both quotes, upper and
// lower case, whitespace and newlines where XML and CSS allow them, character references in place
// of letters, and comments in between. Every variant must be refused, and every variant of the
// plain drawings accepted: a pattern over the text would miss some of one or refuse some of the other.

interface Variant {
  readonly quote: '"' | "'";
  readonly space: string;
  readonly upper: boolean;
  readonly entities: boolean;
  readonly comments: boolean;
}

const variants: Variant[] = [];
for (const quote of ['"', "'"] as const)
  for (const space of [' ', '\n\t '])
    for (const upper of [false, true])
      for (const entities of [false, true])
        for (const comments of [false, true]) variants.push({ quote, space, upper, entities, comments });

const describeVariant = (v: Variant) =>
  [
    v.quote === '"' ? 'double quotes' : 'single quotes',
    v.space === ' ' ? 'spaces' : 'newlines',
    v.upper ? 'upper case' : 'lower case',
    v.entities ? 'entities' : 'plain',
    v.comments ? 'comments' : 'no comments',
  ].join(', ');

/** Builds an SVG from a case, written the variant's way. */
function writer(v: Variant) {
  const s = v.space;
  /** A value: quoted the variant's way, its letters written as character references if asked. */
  const value = (text: string) => {
    const body = v.entities ? [...text].map((c) => (/[a-z(@:/]/i.test(c) ? `&#x${c.codePointAt(0)!.toString(16)};` : c)).join('') : text;
    return `${v.quote}${v.quote === '"' ? body.replaceAll('"', '&quot;') : body.replaceAll("'", '&apos;')}${v.quote}`;
  };
  const name = (text: string) => (v.upper ? text.toUpperCase() : text);
  const comment = v.comments ? `<!-- a > b "' -->${s}` : '';
  const cssComment = v.comments ? '/* } */' : '';
  const svg = (inner: string, attributes = '') =>
    `<svg${s}xmlns=${v.quote}http://www.w3.org/2000/svg${v.quote}${s}viewBox${s}=${s}${v.quote}0 0 10 10${v.quote}${attributes}>${s}${comment}${inner}${s}</svg>`;
  return { s, value, name, comment, cssComment, svg };
}

const refused: Record<string, (v: Variant) => string> = {
  'an event handler after a ">" inside a quoted attribute': (v) => {
    const w = writer(v);
    return w.svg(`<rect${w.s}aria-label=${w.value('a > b')}${w.s}${w.name('onload')}${w.s}=${w.s}${w.value('alert(1)')}/>`);
  },
  'an xml-stylesheet processing instruction': (v) => {
    const w = writer(v);
    return `<?xml version="1.0"?>${w.s}${w.comment}<?xml-stylesheet${w.s}href=${v.quote}https://evil.example/x.css${v.quote}?>${w.svg('<rect/>')}`;
  },
  'url(//…) in a style attribute': (v) => {
    const w = writer(v);
    return w.svg(`<rect${w.s}style=${w.value(`fill:${w.cssComment}${w.name('url')}(${w.s}//evil.example/x)`)}/>`);
  },
  'url(https:…) in a <style> element': (v) => {
    const w = writer(v);
    const css = `rect${w.cssComment}{fill:${w.name('url')}(${v.quote}https://evil.example/x${v.quote})}`;
    return w.svg(`<style>${v.entities ? css.replace('(', '&#40;') : css}</style><rect/>`);
  },
  '@import in a <style> element': (v) => {
    const w = writer(v);
    return w.svg(`<style>${w.cssComment}${v.entities ? '&#64;' : '@'}${w.name('import')}${w.s}${v.quote}x.css${v.quote};</style>`);
  },
  'a CSS escape hiding url(': (v) => {
    const w = writer(v);
    return w.svg(`<rect${w.s}fill=${v.quote}u\\72 l(//evil.example/x)${v.quote}/>`);
  },
  'url(…) to another file in a painting attribute': (v) => {
    const w = writer(v);
    return w.svg(`<rect${w.s}fill=${w.value(`${w.name('url')}(other.svg#g)`)}/>`);
  },
  'a script element': (v) => {
    const w = writer(v);
    return w.svg(`<${w.name('script')}>alert(1)</${w.name('script')}>`);
  },
  'a foreignObject': (v) => {
    const w = writer(v);
    return w.svg(`<${v.upper ? 'FOREIGNOBJECT' : 'foreignObject'}><p>hi</p></${v.upper ? 'FOREIGNOBJECT' : 'foreignObject'}>`);
  },
  'a use of another file': (v) => {
    const w = writer(v);
    return w.svg(`<use${w.s}href=${w.value('https://evil.example/s.svg#i')}/>`);
  },
  'a link that runs code': (v) => {
    const w = writer(v);
    return w.svg(`<a${w.s}href=${w.value('javascript:alert(1)')}><rect/></a>`);
  },
  'an animation setting a link': (v) => {
    const w = writer(v);
    return w.svg(`<${w.name('set')}${w.s}attributeName=${w.value('href')}${w.s}to=${w.value('javascript:alert(1)')}/>`);
  },
  'an image loaded from elsewhere': (v) => {
    const w = writer(v);
    return w.svg(`<image${w.s}href=${w.value('data:image/svg+xml,<svg onload=alert(1)>')}/>`);
  },
  'an entity declared in a DOCTYPE': (v) => {
    const w = writer(v);
    return `<!DOCTYPE svg [<!ENTITY x SYSTEM ${v.quote}file:///etc/passwd${v.quote}>]>${w.svg('<text>&x;</text>')}`;
  },
  'an xlink:href to another site': (v) => {
    const w = writer(v);
    return w.svg(`<use${w.s}${w.name('xlink:href')}=${w.value('//evil.example/s.svg#i')}/>`, ` xmlns:xlink="http://www.w3.org/1999/xlink"`);
  },
};

/** What each refusal must say: a variant refused for another reason (say, broken XML) is not caught by the rule. */
const reasons: Record<keyof typeof refused, RegExp> = {
  'an event handler after a ">" inside a quoted attribute': /event handler \(onload=\)/i,
  'an xml-stylesheet processing instruction': /processing instruction <\?xml-stylesheet\?>/,
  'url(//…) in a style attribute': /url\(\/\/evil\.example\/x\) in style=/i,
  'url(https:…) in a <style> element': /url\(["']?https:\/\/evil\.example\/x["']?\) in its <style>/i,
  '@import in a <style> element': /@import in its <style>/,
  'a CSS escape hiding url(': /backslash escape in fill=/,
  'url(…) to another file in a painting attribute': /url\(other\.svg#g\) in fill=/i,
  'a script element': /<script> element: it would run code/i,
  'a foreignObject': /<foreignObject> element: it can hold HTML/i,
  'a use of another file': /a link to "https:\/\/evil\.example\/s\.svg#i"/,
  'a link that runs code': /an <a> element/,
  'an animation setting a link': /<set> element/i,
  'an image loaded from elsewhere': /an <image> element/,
  'an entity declared in a DOCTYPE': /<!DOCTYPE> declaration/,
  'an xlink:href to another site': /a link to "\/\/evil\.example\/s\.svg#i"/,
};

const accepted: Record<string, (v: Variant) => string> = {
  'a drawing with a gradient, a local use and styles': (v) => {
    const w = writer(v);
    return w.svg(
      `<defs><linearGradient${w.s}id=${v.quote}g${v.quote}><stop${w.s}offset=${v.quote}0${v.quote}${w.s}stop-color=${v.quote}#fff${v.quote}/></linearGradient><symbol id='s'><path d='M0 0L10 10'/></symbol></defs>` +
        `<rect${w.s}fill=${v.quote}url(#g)${v.quote}${w.s}style=${w.value(`fill:${w.cssComment}url(${w.s}'#g'${w.s});stroke:rgb(0,0,0)`)}/><use${w.s}href=${v.quote}#s${v.quote}/>`,
    );
  },
  'a drawing with a <style> element, a title and text': (v) => {
    const w = writer(v);
    return w.svg(
      `<title>Chart of 1 &lt; 2 &amp; "quotes"</title><style>${w.cssComment}.a{fill:#5b2a86;stroke:hsl(0 0% 0%)}</style><text${w.s}x=${v.quote}1${v.quote}${w.s}class=${v.quote}a${v.quote}>Email us (any time) at help@example.org</text>`,
      `${w.s}role=${v.quote}img${v.quote}${w.s}aria-label=${w.value('A chart (2024) @ a glance')}`,
    );
  },
};

describe('SVG drawings, read by an XML parser with an allow-list', () => {
  for (const [caseName, make] of Object.entries(refused)) {
    test(`refused in all ${variants.length} ways of writing it: ${caseName}`, () => {
      const reason = reasons[caseName]!;
      const missed = variants.filter((v) => !svgProblems(make(v)).some((p) => reason.test(p.message))).map(describeVariant);
      expect(missed).toEqual([]);
    });
  }
  for (const [caseName, make] of Object.entries(accepted)) {
    test(`accepted in all ${variants.length} ways of writing it: ${caseName}`, () => {
      const wrongly = variants.map((v) => ({ v: describeVariant(v), problems: svgProblems(make(v)) })).filter((r) => r.problems.length > 0);
      expect(wrongly).toEqual([]);
    });
  }

  test("the site's own icon is a plain drawing", () => {
    expect(
      svgProblems(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#5b2a86"/><path d="M9 16.5l4.5 4.5L23 11.5" fill="none" stroke="#fff"/></svg>',
      ),
    ).toEqual([]);
  });

  test('each refusal names its line and what it found, in plain words', () => {
    expect(svgProblems('<svg xmlns="http://www.w3.org/2000/svg">\n<rect aria-label="a>b" onload="x()"/>\n</svg>')).toEqual([
      { line: 2, message: "an event handler (onload=): it would run code on this site's address" },
    ]);
    expect(svgProblems('<?xml-stylesheet href="x.css"?><svg/>')).toEqual([
      { line: 1, message: 'a processing instruction <?xml-stylesheet?>: it can load a style sheet or script into the drawing' },
    ]);
    expect(svgProblems('<svg><rect></svg>')[0]?.message).toMatch(/^the drawing is not well-formed XML/);
    expect(cssProblem('fill: url(//evil.example/x)')).toBe(
      'the address url(//evil.example/x) in its CSS: a drawing may load nothing from elsewhere (only url(#part-of-this-file))',
    );
  });
});
