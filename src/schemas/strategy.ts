import { z } from 'astro/zod';
import { text } from './common.ts';

/**
 * The strategy the site reports on (`content/strategy/<period>.yaml`).
 * Shown on the home page and in the footer.
 */
export const strategySchema = z.strictObject({
  /** Full title, e.g. "Domestic Abuse & Sexual Violence Strategy 2024-2027". */
  title: text,
  /** Short form for the header and tab titles, e.g. "DASV Strategy 2024-2027". */
  shortTitle: text,
  /** The partnership's full name, shown in the header and footer. */
  partnership: text,
  /** Heading above the vision, as the strategy words it. */
  visionHeading: text,
  /** The strategic vision, word for word. */
  vision: text,
});

export type Strategy = z.infer<typeof strategySchema>;
