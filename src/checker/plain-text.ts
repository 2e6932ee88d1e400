import type { CheckInput, ContentProblem } from './types.ts';

/**
 * An achievement's or priority's text is plain words: the pages show it as typed, so Markdown
 * or a tag there would be shown to readers as code.
 */

/** Each achievement's and priority's text, refused if it holds a Markdown link or a tag. */
export function checkPlainText({ content }: CheckInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const entry of content.progress) {
    for (const list of ['achievements', 'priorities'] as const) {
      entry.data[list].forEach((item, index) => {
        const field = `${list} item ${index + 1} → text`;
        const link = /\[[^\]]*\]\([^)]*\)/.exec(item.text);
        const tag = /<\/?[A-Za-z][^<>]*>/.exec(item.text);
        if (link) {
          problems.push({
            file: entry.file,
            field,
            message: `holds a Markdown link, ${link[0]}, which the page would show as typed: this text is plain words`,
            hint: 'write the words alone; a link belongs in the text below the second --- line of the file',
          });
        } else if (tag && /^<Figure\b/.test(tag[0])) {
          problems.push({
            file: entry.file,
            field,
            message: `holds ${tag[0]}, which the page would show as typed: this text is plain words`,
            hint: 'write the number itself as the report gives it, like 1,237: the figure is checked against this text',
          });
        } else if (tag) {
          problems.push({
            file: entry.file,
            field,
            message: `holds the tag ${tag[0]}, which the page would show as typed: this text is plain words`,
            hint: 'remove the tag',
          });
        }
      });
    }
  }
  return problems;
}
