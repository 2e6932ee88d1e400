/** Every content schema, one file per concept. */
export { strategySchema, type Strategy } from './strategy.ts';
export { yearSchema, type Year } from './year.ts';
export { themeSchema, type Theme } from './theme.ts';
export { partnerSchema, partnerKinds, type Partner } from './partner.ts';
export { glossarySchema, type GlossaryTerm } from './glossary.ts';
export { pageSchema, type Page } from './page.ts';
export {
  progressSchema,
  promiseStatuses,
  type Progress,
  type Achievement,
  type Priority,
  type PriorityReport,
  type PromiseStatus,
} from './progress.ts';
export { changeNote, figureChangeNote, type ChangeNote, type FigureChangeNote } from './change-note.ts';
export { helpSchema, phoneNumber, type HelpService } from './help.ts';
export { safetySchema, type Safety } from './safety.ts';
export { searchSchema, type SearchSettings } from './search.ts';
export {
  figureSchema,
  figureWithValueSchema,
  figureAreas,
  figureUnits,
  figureQualifiers,
  type Figure,
  type FigureAsWritten,
} from './figure.ts';
export { chartSchema, chartKinds, type Chart, type ChartKind } from './chart.ts';
