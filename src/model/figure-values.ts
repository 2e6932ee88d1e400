import { yearlyId } from '../lib/content-layout.ts';
import { figureNumberIn, type NumberInText } from '../lib/stated-numbers.ts';
import { figureWithValueSchema, type Figure, type FigureAsWritten } from '../schemas/index.ts';
import type { ContentAsWritten, Entry, ValidContent } from '../checker/types.ts';

/**
 * A figure's value: not written in its file but taken from the text of the achievement it names
 * (`statement`), the `number`-th number of that text, so a correction is one edit and the two cannot
 * disagree. Worked out here, once, for the site, the checker and the editor alike.
 */

/**
 * Achievement texts by `<year>/<id>`, with the file each is in. An id used twice in a year (a problem
 * said by checkReferences, naming both places) has no text here: which one a figure means is unknown,
 * and checking it against either would give advice that may be wrong ("set theme to …").
 */
export function achievementTexts(
  content: Pick<ContentAsWritten, 'progress'>,
): Map<string, { text: string; file: string; theme: string } | 'twice'> {
  const texts = new Map<string, { text: string; file: string; theme: string } | 'twice'>();
  for (const progress of content.progress) {
    const [year, theme] = progress.id.split('/') as [string, string];
    for (const a of progress.data.achievements) {
      const key = yearlyId(year, a.id);
      texts.set(key, texts.has(key) ? 'twice' : { text: a.text, file: progress.file, theme });
    }
  }
  return texts;
}

/** The figure with its number, or why it has none: the text states no such number, or one the figure's unit or range cannot take. */
export function valueOf(figure: FigureAsWritten, text: string): { figure: Figure } | { found: NumberInText | undefined } {
  const found = figureNumberIn(text, figure);
  if (!found || found.unit !== figure.unit) return { found };
  const parsed = figureWithValueSchema.safeParse({ ...figure, value: found.value });
  return parsed.success ? { figure: parsed.data } : { found };
}

/**
 * The content with each figure's number taken from its achievement's text. Figures whose text states
 * no number they can take are left out (the checker's checkFigures says why), so nothing reads a wrong number.
 */
export function withFigureValues(content: ContentAsWritten): ValidContent {
  const texts = achievementTexts(content);
  const figures = content.figures.flatMap((entry): Entry<Figure>[] => {
    const source = texts.get(yearlyId(entry.data.year, entry.data.statement));
    const result = source && source !== 'twice' && valueOf(entry.data, source.text);
    return result && 'figure' in result ? [{ ...entry, data: result.figure }] : [];
  });
  return { ...content, figures };
}
