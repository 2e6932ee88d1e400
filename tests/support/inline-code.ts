import { elementsOf, type HtmlElement } from '../../src/lib/html.ts';
import { cspHash, parseCsp } from '../../src/lib/security-policy.ts';

/**
 * The code written into a page that its own Content-Security-Policy <meta> would block: an inline
 * script whose hash the policy's script-src does not list, and anything else inline at all (a
 * <style>, a style attribute, an event handler attribute, a javascript: URL), which the site never
 * writes. The browser tests see a blocked script only if it runs on their visit; this sees every one.
 */
export function inlineCodeRefused(html: string): string[] {
  const elements = elementsOf(html);
  const meta = elements.find((el) => el.tag === 'meta' && el.attrs['http-equiv']?.toLowerCase() === 'content-security-policy');
  if (!meta) return ['no Content-Security-Policy <meta>'];
  const policy = parseCsp(meta.attrs['content'] ?? '');
  const scriptSources = policy.get('script-src') ?? policy.get('default-src') ?? [];
  const refused: string[] = [];
  for (const el of elements) {
    if (isInlineScript(el) && !scriptSources.includes(cspHash(el.text))) {
      refused.push(`an inline script whose hash, ${cspHash(el.text)}, the policy does not list: ${el.text.slice(0, 80)}`);
    }
    if (el.tag === 'style') refused.push(`a <style> element: ${el.text.slice(0, 80)}`);
    for (const [name, value] of Object.entries(el.attrs)) {
      if (name === 'style') refused.push(`a style attribute on <${el.tag}>: ${value}`);
      if (/^on/.test(name)) refused.push(`an event handler attribute on <${el.tag}>: ${name}="${value}"`);
      if (/^\s*javascript:/i.test(value)) refused.push(`a javascript: URL on <${el.tag}>: ${name}="${value}"`);
    }
  }
  return refused;
}

/** A <script> with its code in the page; a JSON data block is not code, and the policy does not govern it. */
function isInlineScript(el: HtmlElement): boolean {
  return el.tag === 'script' && el.attrs['src'] === undefined && !/^application\/(ld\+)?json$/i.test(el.attrs['type']?.trim() ?? '');
}
