import { addressProblem, normalisedAddress } from '../../lib/link-rule.ts';
import { telLinkProblem } from '../../lib/phone.ts';
import { textNumberProblems } from './numbers-in-text.ts';
import { contentFileLimit } from '../../lib/safe-files.ts';
import type { ContentProblem } from '../types.ts';

/**
 * What an MDX body may hold, checked on the tree the build itself compiles (satteri's mdast), so
 * nothing is missed however it is written. MDX is code: an `import`, a `{…}` expression or a
 * spread attribute runs while the site is built (reading its files and secrets) and its result is
 * published. Content is the partnership's words, so the rule is an allow-list: Markdown, the
 * site's own components with literal props, the HTML elements and attributes text needs, and
 * links to web pages, email addresses, phone numbers and this site. Anything else is refused,
 * naming the line and what to write instead.
 */

/** The site's own components that content may use, each with its props (all written in quotes). */
export const contentComponents: Readonly<Record<string, { readonly required: readonly string[]; readonly optional: readonly string[] }>> = {
  Figure: { required: ['id'], optional: ['year'] },
};

/** Attributes any allowed element may carry. */
const everyElement = ['title', 'lang', 'dir'];

/** The HTML elements content may use, each with the attributes it may carry beside `everyElement`. */
export const contentElements: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'hreflang'],
  abbr: [],
  b: [],
  blockquote: ['cite'],
  br: [],
  caption: [],
  cite: [],
  code: [],
  data: ['value'],
  dd: [],
  del: [],
  details: [],
  dfn: [],
  div: [],
  dl: [],
  dt: [],
  em: [],
  figcaption: [],
  figure: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  hr: [],
  i: [],
  img: ['src', 'alt', 'width', 'height'],
  ins: [],
  kbd: [],
  li: [],
  mark: [],
  ol: ['start', 'reversed'],
  p: [],
  q: ['cite'],
  s: [],
  small: [],
  span: [],
  strong: [],
  sub: [],
  summary: [],
  sup: [],
  table: [],
  tbody: [],
  td: ['colspan', 'rowspan'],
  tfoot: [],
  th: ['colspan', 'rowspan', 'scope'],
  thead: [],
  time: ['datetime'],
  tr: [],
  u: [],
  ul: [],
};

/** "a" or "an" before a word as it is read aloud: "an <iframe>", "a <meta>". */
export function article(word: string): 'a' | 'an' {
  return /^([aeio]|h[1-6]$)/i.test(word) ? 'an' : 'a';
}

/** Attributes whose value is an address, and whether it is loaded as an image. */
const urlAttributes: Readonly<Record<string, 'link' | 'image'>> = { href: 'link', cite: 'link', src: 'image' };

/** Elements refused with a reason of their own: what they would do on the page. */
const refusedElements: Readonly<Record<string, { found: string; hint: string; keepContents?: true }>> = {
  script: { found: 'content cannot run code', hint: 'remove it; behaviour belongs in a component in src/components/' },
  iframe: { found: 'content cannot embed other websites', hint: 'remove it and link to the page instead' },
  object: { found: 'content cannot embed other websites or files', hint: 'remove it and link to the page or file instead' },
  embed: { found: 'content cannot embed other websites or files', hint: 'remove it and link to the page or file instead' },
  frame: { found: 'content cannot embed other websites', hint: 'remove it and link to the page instead' },
  meta: {
    found: 'it can send every reader of the page to another website',
    hint: "remove it; a page's title and description are its frontmatter fields",
  },
  base: { found: 'it would change where every link on the page leads', hint: 'remove it' },
  link: { found: 'content cannot load files into a page', hint: 'remove it; to link to a page, write [the words](https://…)' },
  style: { found: 'the Content Security Policy blocks it', hint: "remove it; the site's styles live in src/styles/global.css" },
  form: {
    found: 'content cannot send what readers type anywhere',
    hint: "remove it; link to the form's own page instead: [the words](https://…)",
  },
  svg: { found: 'content cannot draw with code', hint: 'remove it; a chart is made from figures in content/charts/' },
  math: { found: 'content cannot hold MathML', hint: 'remove it and write the words' },
  h1: { found: "the page's title is its only top heading", hint: 'start a heading with ## (or ### under it)', keepContents: true },
};

const componentList = Object.entries(contentComponents)
  .map(([name, { required }]) => `<${name} ${required.map((p) => `${p}="…"`).join(' ')} />`)
  .join(', ');

/**
 * What is wrong with an address in content, if anything: the one rule for every address
 * (src/lib/link-rule.ts), whatever form the link is written in.
 */
export function urlProblem(raw: string, kind: 'link' | 'image'): { found: string; hint: string } | undefined {
  return addressProblem(raw, kind);
}

interface Point {
  readonly line: number;
}
interface Node {
  readonly type: string;
  readonly position?: { readonly start: Point };
  readonly children?: readonly Node[];
  readonly value?: unknown;
  readonly url?: string;
  readonly name?: string | null;
  readonly identifier?: string;
  readonly attributes?: readonly Attribute[];
}
interface Attribute {
  readonly type: string;
  readonly name?: string;
  readonly value?: unknown;
}

/** A comment written as `{/* … *\/}` and nothing else: it shows nothing and runs nothing. */
const onlyComments = /^\s*(?:\/\*(?:[^*]|\*(?!\/))*\*\/\s*)*$/;

/** Every problem in an MDX body's tree, in order. `lineOffset` counts the frontmatter's lines. */
export function mdxProblems(tree: unknown, file: string, lineOffset: number): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (node: Node, found: string, hint: string) => {
    const line = (node.position?.start.line ?? 1) + lineOffset;
    problems.push({ file, message: `line ${line}: ${found}`, hint });
  };
  // An image may name its address in a definition elsewhere: ![words][chart] … [chart]: /chart.png
  const definitions = new Map<string, string>();
  const collect = (node: Node) => {
    if (node.type === 'definition') definitions.set(String(node.identifier ?? '').toLowerCase(), node.url ?? '');
    node.children?.forEach(collect);
  };
  collect(tree as Node);
  // A phone link, in every form (Markdown, a reference, <a href>), must dial a number the phone rules
  // accept and show that number (src/lib/phone.ts): what a reader sees is what the phone dials.
  const telLink = (node: Node, url: string) => {
    const address = normalisedAddress(url);
    if (!/^tel:/i.test(address)) return;
    const problem = telLinkProblem(address, textOf(node));
    if (problem)
      add(node, problem, "write the number as the link's words and its digits after tel:, like [0808 2000 247](tel:08082000247)");
  };
  const walk = (node: Node) => {
    switch (node.type) {
      case 'imageReference': {
        const problem = urlProblem(definitions.get(String(node.identifier ?? '').toLowerCase()) ?? '', 'image');
        if (problem) add(node, problem.found, problem.hint);
        break;
      }
      case 'mdxjsEsm':
        add(
          node,
          `an import or export: content cannot run code (it would run while the site is built)`,
          `remove it; content needs no import: the components it can use (${componentList}) are always there`,
        );
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!onlyComments.test(String(node.value ?? ''))) {
          add(
            node,
            'a {…} expression: content cannot run code (it would run while the site is built)',
            'remove it; to show a { or } as text, write \\{ or \\}',
          );
        }
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const href = node.name === 'a' ? node.attributes?.find((attribute) => attribute.name === 'href')?.value : undefined;
        if (typeof href === 'string') telLink(node, href);
        // An element to be removed goes with what it holds: nothing inside it is worth a word more.
        if (checkElement(node, add) === 'remove') return;
        break;
      }
      case 'link':
      case 'definition':
      case 'image': {
        const problem = urlProblem(node.url ?? '', node.type === 'image' ? 'image' : 'link');
        if (problem) add(node, problem.found, problem.hint);
        if (node.type === 'link') telLink(node, node.url ?? '');
        break;
      }
      case 'linkReference':
        telLink(node, definitions.get(String(node.identifier ?? '').toLowerCase()) ?? '');
        break;
      case 'paragraph':
      case 'heading':
      case 'tableCell':
        // A block's words as the page shows them, whatever marks them up (0909 **879** 0000): a phone
        // dials a number in them when it is tapped. A tel: link's own words are its rule's.
        for (const problem of textNumberProblems(shownText(node))) add(node, problem.message, problem.hint);
        break;
    }
    node.children?.forEach(walk);
  };
  walk(tree as Node);
  return problems;
}

/** The words a node shows: its text, however it is nested. */
function textOf(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') return String(node.value ?? '');
  return (node.children ?? []).map(textOf).join('');
}

/** The words a block shows, however they are marked up, leaving out the words of phone links; a line break as one. */
function shownText(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') return String(node.value ?? '');
  if (node.type === 'break') return '\n';
  const href = node.type === 'link' ? node.url : node.attributes?.find((attribute) => attribute.name === 'href')?.value;
  if (typeof href === 'string' && /^tel:/i.test(normalisedAddress(href))) return ' ';
  return (node.children ?? []).map(shownText).join('');
}

/** An element or component: is it one content may use, and are its attributes? 'remove' if it must go, with its contents. */
function checkElement(node: Node, add: (node: Node, found: string, hint: string) => void): 'remove' | undefined {
  const name = node.name;
  const attributes = node.attributes ?? [];
  const component = name ? contentComponents[name] : undefined;
  const allowed = name ? (component ? [...component.required, ...component.optional] : contentElements[name]) : undefined;
  if (!name) {
    add(node, 'an empty tag <> or </>: content does not need one', 'remove the <> and the </>');
  } else if (!allowed) {
    const refused = refusedElements[name.toLowerCase()];
    if (refused) {
      add(node, `${article(name)} <${name}> element: ${refused.found}`, refused.hint);
      if (!refused.keepContents) return 'remove';
    } else if (/^[A-Z]/.test(name) || name.includes('.'))
      add(node, `<${name}> is not a component content can use`, `the components content can use: ${componentList}`);
    else
      add(
        node,
        `${article(name)} <${name}> element is not one content can use`,
        'write it in Markdown; the HTML elements content can use are listed in content/README.md',
      );
  }
  // A refused element's other attributes go with it: only code in them is worth a word more.
  for (const attribute of attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      add(node, `a spread attribute {${String(attribute.value ?? '')}}: content cannot run code`, 'write each attribute as name="text"');
      continue;
    }
    const attributeName = attribute.name ?? '';
    const value = attribute.value;
    if (/^on/i.test(attributeName)) {
      add(node, `an inline event handler (${attributeName}=): content cannot run code`, 'remove the attribute');
    } else if (attributeName.toLowerCase() === 'style') {
      add(node, 'a style attribute: the Content Security Policy blocks it', "remove it; the site's styles live in src/styles/global.css");
    } else if (typeof value === 'object' && value !== null) {
      add(
        node,
        `an attribute written as code (${attributeName}={…}): content cannot run code (it would run while the site is built)`,
        `write its value in quotes: ${attributeName}="…"`,
      );
    } else if (attributeName.toLowerCase() === 'ping') {
      add(node, 'a ping attribute: it would tell another website who follows the link', 'remove the attribute');
    } else if (!allowed) {
      continue;
    } else if (component) {
      if (!allowed.includes(attributeName))
        add(
          node,
          `<${name}> has no prop "${attributeName}"`,
          `write it as ${componentList}${component.optional.length ? ` (optional: ${component.optional.join(', ')})` : ''}`,
        );
      else if (typeof value !== 'string') add(node, `<${name}> needs a value for ${attributeName}`, `write ${attributeName}="…"`);
    } else if (!allowed.includes(attributeName) && !everyElement.includes(attributeName)) {
      add(
        node,
        `the attribute ${attributeName} on <${name}> is not one content can use`,
        `remove it; <${name}> may carry: ${[...allowed, ...everyElement].join(', ')}`,
      );
    } else if (urlAttributes[attributeName] && typeof value === 'string') {
      const kind = name === 'img' ? 'image' : urlAttributes[attributeName];
      const problem = urlProblem(value, kind);
      if (problem) add(node, problem.found, problem.hint);
    }
  }
  // A component without its required props is reported by the component's own check (figure-tags.ts).
  return undefined;
}

/**
 * The most a content file may hold, in bytes. The largest real file is about 10 KB; a page must stay
 * small enough to load on a poor phone connection (tests/support/budgets.ts), and a file a hundred times
 * that size is a mistake (a pasted document, an export) rather than a page.
 */
export { contentFileLimit };

/** What is wrong with a content file of this many bytes, if anything. */
export function fileSizeProblem(bytes: number): { message: string; hint: string } | undefined {
  if (bytes <= contentFileLimit) return undefined;
  const size = bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
  return {
    message: `the file is ${size}; a content file may be at most ${contentFileLimit / 1024} KB, so that its page loads quickly on a phone`,
    hint: 'check that nothing was pasted in by mistake; split long text into pages of their own',
  };
}
