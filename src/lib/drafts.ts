/**
 * What a draft leaves out of the published site. A year with `draft: true` takes everything of
 * that year with it; a progress file with `draft: true` takes its achievements, and with them
 * every figure whose statement is one of them, and every chart showing such a figure.
 * One rule, applied once to the parsed content by the content model (src/model/), whose `drafts`
 * every reader takes: what a build holds, the checker, the editor's configuration and the dev banner.
 */
export interface Drafted {
  /** Year ids: `2026-27`. */
  readonly years: ReadonlySet<string>;
  /** Progress ids: `2025-26/data`. */
  readonly progress: ReadonlySet<string>;
  /** Figures as `<year>/<id>`. */
  readonly figures: ReadonlySet<string>;
  /** Charts as `<year>/<id>`. */
  readonly charts: ReadonlySet<string>;
}

/** The little of each entry the rule needs. */
export interface DraftInput {
  readonly years: readonly { readonly id: string; readonly data: { readonly draft?: boolean | undefined } }[];
  readonly progress: readonly {
    readonly id: string;
    readonly data: { readonly draft?: boolean | undefined; readonly achievements?: readonly { readonly id: string }[] | undefined };
  }[];
  readonly figures: readonly { readonly data: { readonly id: string; readonly year: string; readonly statement: string } }[];
  readonly charts: readonly { readonly data: { readonly id: string; readonly year: string; readonly figures: readonly string[] } }[];
}

export function draftedContent(content: DraftInput): Drafted {
  const years = new Set(content.years.filter((y) => y.data.draft === true).map((y) => y.id));
  const progress = new Set(content.progress.filter((p) => p.data.draft === true || years.has(p.id.split('/')[0] ?? '')).map((p) => p.id));
  const draftAchievements = new Set(
    content.progress
      .filter((p) => progress.has(p.id))
      .flatMap((p) => (p.data.achievements ?? []).map((a) => `${p.id.split('/')[0]}/${a.id}`)),
  );
  const figures = new Set(
    content.figures
      .filter((f) => years.has(f.data.year) || draftAchievements.has(`${f.data.year}/${f.data.statement}`))
      .map((f) => `${f.data.year}/${f.data.id}`),
  );
  const charts = new Set(
    content.charts
      .filter((c) => years.has(c.data.year) || c.data.figures.some((id) => figures.has(`${c.data.year}/${id}`)))
      .map((c) => `${c.data.year}/${c.data.id}`),
  );
  return { years, progress, figures, charts };
}
