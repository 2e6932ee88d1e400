/** Shortens text at a word boundary to at most `limit` characters, ending with an ellipsis. */
export function clip(text: string, limit: number): string {
  if (text.length <= limit) return text;
  // Room for the ellipsis; a word that ends exactly at the cut is kept whole.
  const cut = text.slice(0, limit);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > limit / 2 ? cut.slice(0, lastSpace) : cut.slice(0, limit - 1)).replace(/[\s,;:–-]+$/, '')}…`;
}
