import path from 'node:path';
import { contentLayout, entryId, FRONTMATTER, listFileYear } from './content-layout.ts';
import { plainFiles, readContentText } from './safe-files.ts';
import { parseLimitedYaml } from './safe-yaml.ts';

/**
 * What a draft leaves out of the published site. A year with `draft: true` takes everything of
 * that year with it; a progress file with `draft: true` takes its achievements, and with them
 * every figure whose statement is one of them, and every chart showing such a figure.
 * One rule, read by the content loaders (what a build holds), the checker and the dev banner.
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

/** The little of each entry the rule needs, whether read by the checker or straight from the files. */
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

/** Parsed YAML, or undefined where it cannot be read (the checker reports that). */
function tryParse(text: string | undefined): unknown {
  try {
    return text === undefined ? undefined : parseLimitedYaml(text);
  } catch {
    return undefined;
  }
}

const asList = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value) ? value.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null) : [];

/** The drafts of a content folder, read straight from its files (for the loaders, before any collection exists). */
export function draftsOnDisk(dir: string): Drafted {
  const files = (pattern: string) => plainFiles(dir, pattern);
  const read = (relative: string) => readContentText(path.join(dir, relative));
  const years = files(contentLayout.years.pattern).map((f) => ({
    id: entryId(f),
    data: (tryParse(read(f)) ?? {}) as { draft?: boolean },
  }));
  const progress = files(contentLayout.progress.pattern).map((f) => {
    const data = (tryParse(FRONTMATTER.exec(read(f))?.[1]) ?? {}) as { draft?: boolean; achievements?: unknown };
    return {
      id: entryId(f),
      data: { draft: data.draft, achievements: asList(data.achievements).map((a) => ({ id: String(a['id']) })) },
    };
  });
  const list = (pattern: string) =>
    files(pattern).flatMap((f) => asList(tryParse(read(f))).map((item) => ({ item, year: listFileYear(f) })));
  const figures = list(contentLayout.figures.listPattern).map(({ item, year }) => ({
    data: { id: String(item['id']), year, statement: String(item['statement']) },
  }));
  const charts = list(contentLayout.charts.listPattern).map(({ item, year }) => ({
    data: { id: String(item['id']), year, figures: Array.isArray(item['figures']) ? item['figures'].map(String) : [] },
  }));
  return draftedContent({ years, progress, figures, charts });
}
