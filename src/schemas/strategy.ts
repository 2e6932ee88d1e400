import { z } from 'astro/zod';
import { hint } from './form-metadata.ts';
import { text } from './common.ts';

/**
 * The strategy the site reports on (`content/strategy/<period>.yaml`).
 * Shown on the home page and in the footer.
 */
export const strategySchema = z.strictObject({
  title: hint('Full title, e.g. "Domestic Abuse & Sexual Violence Strategy 2024-2027".', text),
  shortTitle: hint('Short form for the header and tab titles, e.g. "DASV Strategy 2024-2027".', text),
  partnership: hint("The partnership's full name, shown in the header and footer.", text),
  visionHeading: hint('Heading above the vision, as the strategy words it.', text),
  vision: hint('The strategic vision, word for word.', text),
});

export type Strategy = z.infer<typeof strategySchema>;
