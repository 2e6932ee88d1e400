/**
 * The states a promise (a priority named for the next year) can be in: the four statuses content
 * gives it (src/schemas/progress.ts), or why it has none yet. Pure, for the pages and open data.
 */
import { promiseStatuses, type PromiseStatus } from '../schemas/progress.ts';

/** A reported status, or why there is none yet. */
export type PromiseState = PromiseStatus | 'not-reported' | 'to-be-reported';

/** Every state in the order a count lists them. */
export const promiseStates = [...promiseStatuses, 'not-reported', 'to-be-reported'] as const;

/** A status named plainly: the words carry it, never a colour alone. */
export function stateLabel(state: PromiseState, nextYearLabel: string): string {
  switch (state) {
    case 'done':
      return 'Done';
    case 'in-progress':
      return 'In progress';
    case 'carried-forward':
      return 'Carried forward';
    case 'dropped':
      return 'Dropped';
    case 'not-reported':
      return `Not reported in ${nextYearLabel}`;
    case 'to-be-reported':
      return `To be reported in ${nextYearLabel}`;
  }
}
