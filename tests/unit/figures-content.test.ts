import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { numbersIn } from '../../src/lib/stated-numbers.ts';
import { validateContent } from '../../src/checker/index.ts';
import { repoRoot } from '../support/repo-root.ts';

/**
 * Numbers in the report that are names or ranges, not measurements: each says why.
 * Everything else written in digits in an achievement must be a figure.
 */
const notFigures: Record<string, { number: string; why: string }[]> = {
  'webinars-16-days-of-action': [{ number: '16', why: 'the name of the campaign, "16 days of action"' }],
  'jtai-exercise-cambs-consider-multi': [
    { number: '0', why: 'the age range the exercise considered, "children aged 0-7"' },
    { number: '7', why: 'the age range the exercise considered, "children aged 0-7"' },
  ],
  'specialist-da-services-funded-including': [{ number: '4', why: 'part of the name "One Voice 4 Travellers"' }],
  'discretionary-section-42-adult-social': [{ number: '42', why: 'Section 42 of the Care Act, a name' }],
};

describe('every number in the report is a figure', () => {
  const { content, problems } = validateContent(path.join(repoRoot, 'content'));
  const figures = content.figures.map((f) => f.data);

  test('the content is valid', () => {
    expect(problems).toEqual([]);
  });

  test('each number written in an achievement is a figure of that achievement, or a name', () => {
    const missing: string[] = [];
    for (const progress of content.progress) {
      for (const achievement of progress.data.achievements) {
        const exceptions = (notFigures[achievement.id] ?? []).map((e) => e.number);
        for (const number of numbersIn(achievement.text)) {
          if (exceptions.includes(number.written)) continue;
          const found = figures.some((f) => f.statement === achievement.id && f.value === number.value && f.unit === number.unit);
          if (!found) missing.push(`${achievement.id}: ${number.written}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  test('numbers written as words are figures too', () => {
    expect(figures.find((f) => f.statement === 'it-starts-with-men-events')?.value).toBe(2);
  });
});
