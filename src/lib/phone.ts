/**
 * The `tel:` address of a phone number written for reading ("0808 2000 247" → "tel:08082000247").
 * Numbers are checked by the help schema, so only digits and single spaces arrive here.
 */
export function telHref(phone: string): string {
  const digits = phone.replace(/\s+/g, '');
  if (!/^\d+$/.test(digits)) throw new Error(`"${phone}" is not a phone number of digits and spaces`);
  return `tel:${digits}`;
}

/** A phone number as shown: its groups joined by non-breaking spaces, so it never splits across lines. */
export function phoneText(phone: string): string {
  return phone.replace(/ /g, '\u00a0');
}
