/**
 * Promises on the record: every priority a year named for the next one ("Work/Priorities for Year
 * Two"), with what the next year's content says became of it (`prioritiesReported` in its progress
 * file for the same theme: src/schemas/progress.ts). Read by the theme pages of both years, the
 * year's priorities page, the whole report and the open-data files, so they cannot disagree.
 */
import type { PriorityReport } from '../schemas/progress.ts';
import { promiseStates, stateLabel, type PromiseState } from './promise-states.ts';
import { getYearProgress, getYears, type ThemeEntry, type YearEntry } from './site-data.ts';
import { urls } from './urls.ts';

export { promiseStates, stateLabel, type PromiseState } from './promise-states.ts';

/** An achievement that is a promise's evidence, with where it is on the site. */
export interface Evidence {
  readonly id: string;
  readonly text: string;
  readonly themeId: string;
  readonly url: string;
}

/** One priority a year named for the next, with what became of it. */
export interface PromiseItem {
  readonly id: string;
  readonly text: string;
  readonly theme: ThemeEntry;
  /** The year that made the promise. */
  readonly year: YearEntry;
  /** The published year after it, which reports on it; undefined until it is published. */
  readonly reportingYear: YearEntry | undefined;
  readonly state: PromiseState;
  /** "Done", "To be reported in Year Two", ... */
  readonly label: string;
  readonly note: string | undefined;
  readonly evidence: readonly Evidence[];
  /** Its place on the theme page of the year that made it. */
  readonly url: string;
}

/**
 * Every promise the year made, theme by theme in the site's order. A promise whose theme the next
 * year has not reported under yet (its progress is to follow) is still to be reported; one the next
 * year's file for its theme leaves out is "not reported".
 */
export async function getPromises(year: YearEntry): Promise<PromiseItem[]> {
  const years = await getYears();
  const next = years[years.findIndex((y) => y.id === year.id) + 1];
  const made = await getYearProgress(year.id);
  const reporting = next ? await getYearProgress(next.id) : [];
  const evidenceOf = (ids: readonly string[]): Evidence[] =>
    ids.flatMap((id) => {
      for (const { theme, progress } of reporting) {
        const achievement = progress?.data.achievements.find((a) => a.id === id);
        if (achievement && next) return [{ id, text: achievement.text, themeId: theme.id, url: urls.achievement(next.id, theme.id, id) }];
      }
      return [];
    });
  return made.flatMap(({ theme, progress }) =>
    (progress?.data.priorities ?? []).map((priority): PromiseItem => {
      const reportFile = reporting.find((item) => item.theme.id === theme.id)?.progress;
      const report: PriorityReport | undefined = reportFile?.data.prioritiesReported.find((r) => r.priority === priority.id);
      const state: PromiseState = report ? report.status : reportFile ? 'not-reported' : 'to-be-reported';
      return {
        id: priority.id,
        text: priority.text,
        theme,
        year,
        reportingYear: next,
        state,
        label: stateLabel(state, year.data.nextYearLabel),
        note: report?.note,
        evidence: evidenceOf(report?.evidence ?? []),
        url: urls.achievement(year.id, theme.id, priority.id),
      };
    }),
  );
}

/** The promises of a year by id, for a list that shows them. */
export async function promisesById(year: YearEntry | undefined): Promise<Map<string, PromiseItem>> {
  return new Map(year ? (await getPromises(year)).map((promise) => [promise.id, promise]) : []);
}

/** How many of a year's promises are in each state, in promiseStates' order, leaving out states none is in. */
export function countByState(promises: readonly PromiseItem[]): { state: PromiseState; label: string; count: number }[] {
  return promiseStates
    .map((state) => ({
      state,
      label: promises.find((p) => p.state === state)?.label ?? state,
      count: promises.filter((p) => p.state === state).length,
    }))
    .filter((entry) => entry.count > 0);
}
