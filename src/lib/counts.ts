/** "1 achievement", "2 achievements", "0 achievements": a count with its noun in the right number. */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? singular : plural}`;
}

/** "a, b and c". */
function joinAnd(parts: readonly string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** What a year reports, as the home page and the year's overview say it. */
export interface YearCounts {
  readonly achievements: number;
  /** Themes and aims that report something this year. */
  readonly themes: number;
  readonly aims: number;
  /** Themes and aims that report nothing yet. */
  readonly missing: number;
  /** When their progress will follow (content/years/<year>.yaml: progressToFollow), if said. */
  readonly toFollow?: string | undefined;
}

/**
 * "1 achievement is reported under 1 theme. Progress under the other 4 themes and aims will be
 * published in September 2026." Nothing is said of themes that report nothing unless the year says when.
 */
export function yearSummary(counts: YearCounts): string {
  const under = joinAnd(
    [counts.themes > 0 ? countOf(counts.themes, 'theme') : '', counts.aims > 0 ? countOf(counts.aims, 'aim') : ''].filter(Boolean),
  );
  const reported =
    counts.achievements === 0
      ? 'No achievements are reported yet.'
      : `${countOf(counts.achievements, 'achievement')} ${counts.achievements === 1 ? 'is' : 'are'} reported under ${under}.`;
  if (counts.missing === 0 || !counts.toFollow) return reported;
  const others = counts.missing === 1 ? 'the other theme or aim' : `the other ${counts.missing} themes and aims`;
  return `${reported} Progress under ${others} will be published in ${counts.toFollow}.`;
}
