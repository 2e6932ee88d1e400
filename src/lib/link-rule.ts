import { decodeHTML } from 'entities';

/**
 * The one rule for every address content can hold, whatever form it is written in: a Markdown link
 * (inline, reference-style definition, autolink), raw HTML in MDX (`<a href>`, `<img src>`,
 * `cite`), and the YAML fields that are addresses (a help service's or a partner's website). The
 * MDX allow-list (src/checker/safety/allow-list.ts), the schemas (src/schemas/common.ts) and the
 * dead-link check (src/checker/site-links.ts) all read addresses through here.
 *
 * An address is read as a browser would read it: character references decoded (until none is left,
 * so a doubly encoded one is caught), whitespace, control and invisible characters removed, `\`
 * taken as `/`. Then a link may lead to:
 * - a path on this site (`/get-help/`, `#section`), which the dead-link check then follows;
 * - an https web page whose host is written in plain ASCII (letters, digits, hyphens, dots; no
 *   Punycode look-alike), with no user name or password before it (`https://bank.example@evil.example`)
 *   and no port;
 * - an email address (`mailto:name@example.org` and nothing more: no `?bcc=`, `cc=`, `body=`, no
 *   second address);
 * - a phone number (`tel:` and digits).
 * An image may only be a file on this site, so that a page loads nothing from another website.
 */

export type AddressKind = 'link' | 'image';

/** ASCII whitespace and control characters, and characters that show nothing: browsers skip some inside addresses. */
const invisible = /[\u0000-\u0020\u007f-\u00a0\u00ad\u115f\u1160\u180e\u200b-\u200f\u2028-\u202f\u205f-\u206f\u3000\u3164\ufeff\uffa0]/g;

/** A host name as written: letters a-z, digits, hyphens, dots; at least two labels, the last of letters; no Punycode. */
export function isPlainHost(host: string): boolean {
  return /^([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/i.test(host) && !host.split('.').some((label) => /^xn--/i.test(label));
}

/** An address as a browser reads it: references decoded, invisible characters gone, `\` as `/`. */
export function normalisedAddress(raw: string): string {
  let url = raw;
  for (let i = 0; i < 5; i++) {
    const decoded = decodeHTML(url);
    if (decoded === url) break;
    url = decoded;
  }
  return url.replace(invisible, '').replaceAll('\\', '/');
}

/** "a" or "an" before a word as it is read aloud. */
const article = (word: string) => (/^[aeio]/i.test(word) ? 'an' : 'a');

/** What is wrong with an https address's host part, if anything. */
function httpsProblem(url: string, shown: string): { found: string; hint: string } | undefined {
  const authority = /^https:\/\/([^/?#]*)/i.exec(url)?.[1] ?? '';
  if (authority.includes('@')) {
    return {
      found: `a link to ${shown}, which names a user before the website: the website it leads to is the one after the "@"`,
      hint: 'write the website address alone, like https://www.gov.uk/',
    };
  }
  if (!isPlainHost(authority)) {
    return {
      found: `a link to ${shown}: the website's name must be written in plain letters a-z, digits, hyphens and dots (no port, no IP address, no look-alike letters)`,
      hint: 'copy the address from the website itself, like https://www.gov.uk/',
    };
  }
  return undefined;
}

/** What is wrong with a mailto: address, if anything: an address only. */
function mailtoProblem(url: string, shown: string): { found: string; hint: string } | undefined {
  const address = url.slice('mailto:'.length);
  const [local, domain, ...rest] = address.split('@');
  if (rest.length === 0 && local && domain && /^[a-z0-9._+-]+$/i.test(local) && isPlainHost(domain)) return undefined;
  return {
    found: `an email link ${shown}: it must hold one email address and nothing else (no ?bcc=, cc=, subject= or body=, which can copy a reader's message to someone else)`,
    hint: 'write mailto: and the address alone, like mailto:enquiries@example.org',
  };
}

/**
 * What is wrong with an address in content, if anything, as a message and a hint. `kind` says
 * whether it is followed (a link) or loaded (an image).
 */
export function addressProblem(raw: string, kind: AddressKind): { found: string; hint: string } | undefined {
  const url = normalisedAddress(raw);
  const shown = JSON.stringify(raw.length > 60 ? `${raw.slice(0, 57)}…` : raw);
  const scheme = /^([^/?#:]*):/.exec(url)?.[1]?.toLowerCase();
  const otherSite = url.startsWith('//');
  if (kind === 'image') {
    if (scheme === undefined && !otherSite) return undefined;
    return {
      found: `an image from ${shown}: images must be files on this site, so that a page loads nothing from another website`,
      hint: 'save the image under public/ and write its path, like ![what it shows](/images/chart.png)',
    };
  }
  if (otherSite) {
    return { found: `a link to ${shown} without https: at its start`, hint: 'write the whole address, starting https://' };
  }
  if (scheme === undefined) {
    // A path relative to the page (../about/) leads somewhere else from every page it is shown on.
    if (/^[/#]/.test(url) || url === '') return undefined;
    return {
      found: `a link to ${shown}, a path relative to the page: it would lead somewhere different from each page that shows it`,
      hint: "write the path from the site's root, starting with /, like /about/",
    };
  }
  if (scheme === 'https') return httpsProblem(url, shown);
  if (scheme === 'mailto') return mailtoProblem(url, shown);
  if (scheme === 'tel') {
    return /^tel:\+?\d+$/i.test(url)
      ? undefined
      : { found: `a phone link ${shown}: it must hold digits only`, hint: 'write tel: and the digits, like tel:08082000247' };
  }
  if (scheme === 'http') {
    return {
      found: `a link to ${shown} without https: a reader's connection to it could be read or changed on the way`,
      hint: 'use the https:// address of the page (most websites have one)',
    };
  }
  const what = /^[a-z][a-z0-9+.-]*$/.test(scheme) ? `${article(scheme)} ${scheme}: link` : `a link to ${shown}`;
  return {
    found: `${what}: links must lead to a page`,
    hint: 'use an https:// address or a path on this site (mailto: for an email address, tel: for a phone number)',
  };
}

/**
 * What is wrong with a website address in a YAML field (a help service's or partner's website), if
 * anything: the same rule as a link in text, and it must be a web page (https).
 */
export function websiteProblem(raw: string): string | undefined {
  if (!/^https:\/\//i.test(normalisedAddress(raw))) return 'expected a web address starting with https://';
  const problem = addressProblem(raw, 'link');
  return problem ? `${problem.found}; ${problem.hint}` : undefined;
}

/**
 * What is wrong with the quick-exit destination, if anything. It is left in the reader's history, so
 * it must say nothing about why they left: an https origin with at most a short neutral path of plain
 * words (`https://www.bbc.co.uk/weather`), no query (`?q=how+to+leave`) and no fragment.
 */
export function quickExitProblem(raw: string): string | undefined {
  const url = normalisedAddress(raw);
  if (url !== raw) return 'expected the address written plainly, with no spaces, character references or invisible characters';
  const match = /^https:\/\/([^/?#]*)(\/[^?#]*)?([?#].*)?$/i.exec(url);
  if (!match) return 'expected a web address starting with https://, like https://www.bbc.co.uk/weather';
  const [, , pathPart = '', rest] = match;
  if (rest) return 'expected no ? or # part: it is kept in the browser history and can say what the reader was looking for';
  if (!/^(\/[a-z0-9-]+){0,2}\/?$/.test(pathPart)) {
    return 'expected at most a short neutral path, like /weather (two parts of lower-case letters, digits and hyphens at most): it is kept in the browser history';
  }
  return undefined;
}
