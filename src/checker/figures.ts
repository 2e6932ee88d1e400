import { formatFigure, statesFigure } from '../lib/figures.ts';
import { nearest } from './problems.ts';
import type { CheckInput, ContentProblem } from './types.ts';
import { duplicateIds, itemField, sameYearAsFile } from './yearly-lists.ts';

/**
 * Figures (`content/figures/<year>.yaml`): every number of the report, each checked against the
 * text of the achievement that states it, in the year and under the theme it names. The same id
 * in another year is the same measure, so it keeps its unit.
 */

const unitName = { count: 'count', percent: 'percentage' } as const;

/** Each figure against the year, theme and achievement it names, and against the same measure in other years. */
export function checkFigures({ content, existing, dir }: CheckInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const achievements = content.progress.flatMap((progress) => {
    const [year, theme] = progress.id.split('/') as [string, string];
    return progress.data.achievements.map((achievement) => ({ year, theme, file: progress.file, achievement }));
  });
  duplicateIds(
    content.figures,
    'figure',
    "a figure id names one number of a year: give this one its own id (the same id in another year's file is how two years are compared)",
    problems,
  );
  for (const entry of content.figures) {
    const figure = entry.data;
    // The same id in another year is the same measure, compared on the figures page: same unit.
    const earlier = content.figures.find((other) => other.data.id === figure.id && other.data.year < figure.year);
    if (earlier && earlier.data.unit !== figure.unit) {
      problems.push({
        file: entry.file,
        field: itemField(entry, 'unit'),
        message: `"${figure.id}" is a ${unitName[figure.unit]} here but a ${unitName[earlier.data.unit]} in ${earlier.file}; the same id in two years is the same measure, compared on the figures page`,
        hint: `use unit: ${earlier.data.unit}, or a new id for a new measure`,
      });
    }
    // A figure in the wrong year would be checked against the wrong achievements: fix the year first.
    if (!sameYearAsFile(entry, 'figures', dir, existing.years, problems)) continue;
    if (!existing.themes.includes(figure.theme)) {
      const guess = nearest(figure.theme, existing.themes);
      problems.push({
        file: entry.file,
        field: itemField(entry, 'theme'),
        message: `unknown theme "${figure.theme}"; expected a file name from ${dir}/themes/`,
        hint: guess ? `did you mean "${guess}"?` : `use one of: ${existing.themes.join(', ')}`,
      });
    }
    const inYear = achievements.filter((a) => a.year === figure.year);
    const source = inYear.find((a) => a.achievement.id === figure.statement);
    if (!source) {
      const guess = nearest(
        figure.statement,
        inYear.map((a) => a.achievement.id),
      );
      problems.push({
        file: entry.file,
        field: itemField(entry, 'statement'),
        message: `unknown achievement "${figure.statement}"; expected the id of an achievement in ${dir}/progress/${figure.year}/`,
        hint: guess ? `did you mean "${guess}"?` : 'use the id of the achievement whose text states this number',
      });
      continue;
    }
    if (existing.themes.includes(figure.theme) && source.theme !== figure.theme) {
      problems.push({
        file: entry.file,
        field: itemField(entry, 'theme'),
        message: `the figure's achievement "${figure.statement}" is under "${source.theme}" (${source.file}), not "${figure.theme}"`,
        hint: `set theme to "${source.theme}"`,
      });
    }
    if (!statesFigure(source.achievement.text, figure)) {
      problems.push({
        file: entry.file,
        field: itemField(entry, 'value'),
        message: `${formatFigure(figure)} is not what the text of "${figure.statement}" says: "${source.achievement.text}"`,
        hint: 'the figure and the achievement must say the same number (with "over" or "more than" if the text has it): correct whichever is wrong',
      });
    }
  }
  return problems;
}
