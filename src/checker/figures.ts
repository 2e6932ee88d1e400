import { yearlyId } from '../lib/content-layout.ts';
import { ordinal, statedNumbers } from '../lib/stated-numbers.ts';
import { achievementTexts, valueOf } from '../model/figure-values.ts';
import type { FigureAsWritten } from '../schemas/index.ts';
import { nearest } from './problems.ts';
import type { CheckInput, ContentProblem, Entry } from './types.ts';
import { duplicateIds, itemField, sameYearAsFile } from './yearly-lists.ts';

/**
 * Figures (`content/figures/<year>.yaml`): every number of the report. A figure's number is not
 * written in its file: it is taken from the text of the achievement it names (`statement`), the
 * `number`-th number of that text (src/model/figure-values.ts), so a correction is one edit and the
 * two cannot disagree. The checks here say when that text has no such number, or one of another unit. The same id in
 * another year is the same measure, so it keeps its unit.
 */

const unitName = { count: 'count', percent: 'percentage' } as const;

/** Each figure against the year, theme and achievement it names, and against the same measure in other years. */
export function checkFigures({ content, figuresAsWritten, existing, dir }: CheckInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const texts = achievementTexts(content);
  duplicateIds(
    figuresAsWritten,
    'figure',
    "a figure id names one number of a year: give this one its own id (the same id in another year's file is how two years are compared)",
    problems,
  );
  for (const entry of figuresAsWritten) {
    const figure = entry.data;
    // The same id in another year is the same measure, compared on the figures page: same unit.
    const earlier = figuresAsWritten.find((other) => other.data.id === figure.id && other.data.year < figure.year);
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
    const source = texts.get(yearlyId(figure.year, figure.statement));
    // The id is used twice in the year: that is the problem to fix, said in both progress files.
    if (source === 'twice') continue;
    if (!source) {
      const inYear = [...texts.keys()].filter((key) => key.startsWith(`${figure.year}/`)).map((key) => key.slice(figure.year.length + 1));
      const guess = nearest(figure.statement, inYear);
      problems.push({
        file: entry.file,
        field: itemField(entry, 'statement'),
        message: `unknown achievement "${figure.statement}"; expected the id of an achievement in ${dir}/progress/${figure.year}/`,
        hint: guess
          ? `did you mean "${guess}"?`
          : 'use the id of the achievement whose text states this number (if you renamed that achievement, its new id)',
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
    problems.push(...numberProblems(entry, source));
  }
  return problems;
}

/** Whether the figure can take its number from its achievement's text, and with the words around it. */
function numberProblems(entry: Entry<FigureAsWritten>, source: { text: string; file: string }): ContentProblem[] {
  const figure = entry.data;
  const place = figure.number ?? 1;
  const which = `the ${ordinal(place)} number of the text of "${figure.statement}" (${source.file})`;
  const quoted = `"${source.text}"`;
  const result = valueOf(figure, source.text);
  if ('found' in result) {
    const { found } = result;
    if (!found) {
      const count = statedNumbers(source.text).length;
      return [
        {
          file: entry.file,
          field: itemField(entry, figure.number === undefined ? 'statement' : 'number'),
          message: `"${figure.id}" takes its number from ${which}, but that text has ${count === 0 ? 'no number' : `only ${count}`}: ${quoted}`,
          hint:
            count === 0
              ? `write the number in the achievement's text in ${source.file}, as the report gives it`
              : `set number to the place of this figure's number in that text (1 for the first), or correct the text in ${source.file}`,
        },
      ];
    }
    if (found.unit !== figure.unit) {
      return [
        {
          file: entry.file,
          field: itemField(entry, figure.number === undefined ? 'unit' : 'number'),
          message: `"${figure.id}" is a ${unitName[figure.unit]}, but ${which} is ${found.written}, a ${unitName[found.unit]}: ${quoted}`,
          hint: `set number to the place of this figure's number in that text (1 for the first), or unit to ${found.unit}`,
        },
      ];
    }
    return [
      {
        file: entry.file,
        field: itemField(entry, 'unit'),
        message:
          figure.unit === 'count'
            ? `"${figure.id}" is a count, but ${which} is ${found.written}, not a whole number: ${quoted}`
            : `"${figure.id}" is a percentage, but ${which} is ${found.written}, more than 100%: ${quoted}`,
        hint: `correct the text in ${source.file}`,
      },
    ];
  }
  if (figure.qualifier && statedNumbers(source.text)[place - 1]?.qualifier !== figure.qualifier) {
    const found = statedNumbers(source.text)[place - 1]!;
    return [
      {
        file: entry.file,
        field: itemField(entry, 'qualifier'),
        message: `"${figure.id}" says "${figure.qualifier} ${found.written}", but ${which} has no "${figure.qualifier}" before it: ${quoted}`,
        hint: `delete qualifier here, or write "${figure.qualifier}" before the number in ${source.file} if the report says it`,
      },
    ];
  }
  return [];
}
