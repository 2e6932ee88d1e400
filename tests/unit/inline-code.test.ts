import { describe, expect, test } from 'vitest';
import { cspHash } from '../../src/lib/security-policy.ts';
import { inlineCodeRefused } from '../support/inline-code.ts';

const script = 'document.title="x"';
const page = (policy: string, body: string) =>
  `<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
const allowing = `default-src 'self'; script-src 'self' ${cspHash(script)}; style-src 'self'`;

describe("the check that a page's inline code is what its policy allows", () => {
  test('passes an inline script the policy lists by hash, and scripts from files', () => {
    expect(inlineCodeRefused(page(allowing, `<script>${script}</script><script type="module" src="/_astro/a.js"></script>`))).toEqual([]);
  });

  test('catches an inline script the policy does not list, however small, classic or module', () => {
    expect(inlineCodeRefused(page(allowing, `<script>${script};</script>`))).toEqual([
      `an inline script whose hash, ${cspHash(`${script};`)}, the policy does not list: ${script};`,
    ]);
    expect(inlineCodeRefused(page(allowing, '<script type="module">console.log(1)</script>'))).toHaveLength(1);
    // Without a script-src, default-src governs scripts; it lists no hash.
    expect(inlineCodeRefused(page("default-src 'self'", `<script>${script}</script>`))).toHaveLength(1);
  });

  test('reads the script as the browser does, entities and all, so a changed character is caught', () => {
    const quoted = 'alert("x")';
    const policy = `script-src ${cspHash(quoted)}`;
    expect(inlineCodeRefused(page(policy, `<script>${quoted}</script>`))).toEqual([]);
    // In a script, &quot; is four characters of code, not a quotation mark: a different hash.
    expect(inlineCodeRefused(page(policy, '<script>alert(&quot;x&quot;)</script>'))).toHaveLength(1);
  });

  test('catches any other inline code or style, which the site never writes', () => {
    const refused = inlineCodeRefused(
      page(allowing, '<style>p{color:red}</style><p style="color:red" onclick="go()">x</p><a href="javascript:go()">y</a>'),
    );
    expect(refused).toEqual([
      'a <style> element: p{color:red}',
      'a style attribute on <p>: color:red',
      'an event handler attribute on <p>: onclick="go()"',
      'a javascript: URL on <a>: href="javascript:go()"',
    ]);
  });

  test('leaves JSON data blocks alone, and refuses a page without a policy', () => {
    expect(inlineCodeRefused(page(allowing, '<script type="application/ld+json">{"@type":"Thing"}</script>'))).toEqual([]);
    expect(inlineCodeRefused(`<!DOCTYPE html><html><head></head><body><script>${script}</script></body></html>`)).toEqual([
      'no Content-Security-Policy <meta>',
    ]);
  });
});
