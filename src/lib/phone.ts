/**
 * The rules every phone number on the site meets, in one place: help services (content/help.yaml),
 * partners (content/partners.yaml) and `tel:` links in MDX. A number a frightened person dials must
 * reach the service it names and cost them nothing unexpected, so only the UK ranges a helpline
 * uses are accepted, and the ranges that charge the caller or can be forwarded anywhere are refused
 * by name, so that whoever wrote one learns why (Ofcom's National Telephone Numbering Plan).
 *
 * How a number is used matters: a mobile number (07…) is a number to text, never one to call, and
 * a text-relay number (18000, or 18001 before a number) is for a textphone.
 */

/** What a number is for: to call, to send a text message to, or to reach through text relay from a textphone. */
export type PhoneUse = 'call' | 'text' | 'relay';

/** Written as a reader dials it: digits in groups separated by single spaces, "0808 2000 247". */
const written = /^\d+( \d+)*$/;

/** Ranges refused whatever the use, each with its name and why no helpline has one. Checked before those accepted. */
const refusedRanges: readonly { readonly test: RegExp; readonly name: string }[] = [
  { test: /^09/, name: 'a premium-rate number (09…), which charges the caller by the minute and pays whoever holds it' },
  { test: /^070/, name: 'a personal number (070…), which can be forwarded to any phone in the world and costs the caller more' },
  { test: /^08[47]/, name: 'a revenue-sharing number (084… or 087…), which costs the caller more and pays whoever holds it' },
  { test: /^118/, name: 'a directory enquiries number (118…), which charges the caller' },
  { test: /^076(?!24)/, name: 'a pager number (076…), which costs the caller more' },
  { test: /^05/, name: 'a corporate or internet number (05…), which no helpline uses' },
  { test: /^08(?!0[08])/, name: 'a non-geographic 08 number that is not freephone (only 0800 and 0808 are free)' },
  { test: /^(00|44)/, name: 'an international number; write the UK number as dialled in the UK, starting with 0' },
];

/** Ranges a helpline uses, by kind, on digits only. */
const emergencyOrShort = /^(999|112|101|111|116\d{3})$/;
const freephone = /^(0800\d{6,7}|08001111|0808\d{7})$/;
const geographic = /^0[12]\d{8,9}$/;
const nonGeographic = /^03\d{9}$/;
const mobile = /^07([1-57-9]\d{8}|624\d{6})$/;

/**
 * What is wrong with a phone number for a use, in words for whoever wrote it, or undefined when it
 * is a number a helpline uses. `phone` is as written in content: "0808 2000 247".
 */
export function phoneProblem(phone: string, use: PhoneUse = 'call'): string | undefined {
  if (!written.test(phone)) return 'expected digits in groups separated by single spaces, like "0808 2000 247"';
  const digits = phone.replaceAll(' ', '');
  if (use === 'relay') {
    if (digits === '18000') return undefined;
    if (digits.startsWith('18001')) {
      const through = phoneProblem(phone.replace(/^18001 ?/, ''), 'call');
      return through ? `the number after 18001: ${through}` : undefined;
    }
    return 'expected a text-relay number: 18000 (emergency) or 18001 followed by the number, like "18001 101"';
  }
  const refused = refusedRanges.find((range) => range.test.test(digits));
  if (refused) return `${phone} is ${refused.name}: no helpline uses one`;
  if (mobile.test(digits)) return use === 'text' ? undefined : `${phone} is a mobile number (07…): give it only as a number to text`;
  if (use === 'text') {
    // A short number can take texts too (999 once registered, 116 123…).
    if (emergencyOrShort.test(digits)) return undefined;
    return `${phone} is not a number to text: expected a mobile number (07…) or a short number such as 999`;
  }
  if (emergencyOrShort.test(digits) || freephone.test(digits) || geographic.test(digits) || nonGeographic.test(digits)) return undefined;
  return (
    `${phone} is not a number a helpline uses: expected 999, 112, 101, 111, 116 and three digits (116 123), ` +
    'a free 0800 or 0808 number, or an 01, 02 or 03 number of the right length'
  );
}

/**
 * The `tel:` address of a phone number written for reading ("0808 2000 247" → "tel:08082000247").
 * Refuses any number the rules above refuse, so a number that slipped past a schema still cannot
 * become a link.
 */
export function telHref(phone: string, use: PhoneUse = 'call'): string {
  const problem = phoneProblem(phone, use);
  if (problem) throw new Error(`"${phone}" is not a phone number the site can link to: ${problem}`);
  return `${use === 'text' ? 'sms' : 'tel'}:${phone.replaceAll(' ', '')}`;
}

/** A phone number as shown: its groups joined by non-breaking spaces, so it never splits across lines. */
export function phoneText(phone: string): string {
  return phone.replace(/ /g, '\u00a0');
}

/**
 * What is wrong with a `tel:` link in content, given its address and the words it shows: the number
 * dialled must be a number the rules accept, and the link must show that number, so that what a
 * reader sees is what the phone dials ("[0808 2000 247](tel:08082000247)" but never
 * "[0808 2000 247](tel:09…)" nor "[call us](tel:…)").
 */
export function telLinkProblem(href: string, shown: string): string | undefined {
  let dialled = href.replace(/^tel:/i, '');
  try {
    dialled = decodeURIComponent(dialled);
  } catch {
    // A malformed %-escape: left as written, and refused below as not digits.
  }
  dialled = dialled.replace(/[\s.()-]/g, '');
  if (!/^\d+$/.test(dialled)) return `the tel: link dials "${dialled}", which is not a number of digits only`;
  const problem = phoneProblem(dialled);
  if (problem) return `the tel: link: ${problem}`;
  const shownDigits = shown.replace(/[\s\u00a0]/g, '');
  if (shownDigits !== dialled)
    return `the tel: link shows "${shown}" but dials ${dialled}: a phone link must show the number it dials, and nothing else`;
  return undefined;
}

/** A number a phone could dial, found in running text: where it starts, as written, and its digits. */
export interface NumberInText {
  readonly offset: number;
  readonly written: string;
  readonly digits: string;
}

/**
 * Every number in a text that a phone could dial: phones offer any such number as a call when it is
 * tapped or pressed (iOS links them by itself), so a number in running text is dialled as surely as
 * a `tel:` link. A run of digit groups joined by single spaces, hyphens, dots or brackets counts
 * when its digits are a whole UK number (10 or 11 digits from 0), an international one (+44, 0044,
 * 44 and 10 digits or more) or a directory enquiries number (118 and 3 digits). Figures written the
 * report's way ("4,599", "2024-25", "1 237") are never whole UK numbers, so they are left alone.
 */
export function numbersInText(text: string): NumberInText[] {
  const found: NumberInText[] = [];
  // Groups may be joined by a space of any width (not a line break), a hyphen or dash of any kind, or a dot.
  for (const match of text.matchAll(/(?<![\d+])\+?\(?\d+\)?(?:(?:[^\S\n\r]|[.\u2010-\u2015\u2212-])?\(?\d+\)?)*/gu)) {
    const digits = match[0].replace(/\D/g, '');
    const whole = /^0\d{9,10}$/.test(digits) || /^(00)?44\d{8,}$/.test(digits) || (match[0].startsWith('+') && digits.length >= 8);
    if (whole || /^118\d{3}$/.test(digits)) found.push({ offset: match.index, written: match[0], digits });
  }
  return found;
}
