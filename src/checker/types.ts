import type { z } from 'astro/zod';
import type { CollectionName, contentLayout } from '../lib/content-layout.ts';
import type { Drafted } from '../lib/drafts.ts';
import type { ContentFile, FigureTag } from '../model/types.ts';
import type { Figure, FigureAsWritten } from '../schemas/index.ts';

/**
 * The types every part of the content checker shares, declared once. Nothing here runs: the
 * checker's files import from this one and from nothing that imports them back.
 */

/** Something wrong with one content file, said so that an editor can fix it. */
export interface ContentProblem {
  /** Path of the file, relative to the repository, e.g. `content/progress/2024-25/awareness.mdx`. */
  readonly file: string;
  /** Where in the file, e.g. `achievements item 4 → partners item 1`; absent for the file as a whole. */
  readonly field?: string;
  /**
   * Where in the file with its list positions (`achievements item 4 → text`), kept when `line` says
   * where instead and `field` names the fields alone: how the form editor finds the field to mark.
   */
  readonly place?: string;
  /** What was found and what was expected. */
  readonly message: string;
  /** What to do about it, when there is something more to say. */
  readonly hint?: string;
  /** The line of the file it is on (from 1), where one can be named. */
  readonly line?: number;
  /** The column on that line (from 1), where it helps to find something invisible. */
  readonly column?: number;
  /** The file cannot be read at all: its other checks, and those of files that depend on it, are not run. */
  readonly unreadable?: boolean;
}

/** An entry that matched its schema, with the file it came from. */
export interface Entry<T> {
  readonly id: string;
  readonly file: string;
  readonly data: T;
  /** Position in its list file (from 0), for entries of a list file. */
  readonly index?: number;
}

/** An entry as read from its file, before it is checked against its schema. */
export type RawEntry = Entry<unknown>;

/** Every entry of every collection that matched its schema, as its file holds it: each collection's type is its schema's (src/lib/content-layout.ts). */
export type ContentAsWritten = {
  readonly [Name in CollectionName]: Entry<z.infer<(typeof contentLayout)[Name]['schema']>>[];
};

/**
 * What the checks across files see: the content as written, each figure with the number its
 * achievement's text states (`withFigureValues` in src/model/figure-values.ts). A figure whose text states no such
 * number is left out here, and reported by checkFigures.
 */
export type ValidContent = Omit<ContentAsWritten, 'figures'> & { readonly figures: Entry<Figure>[] };

export interface ValidationResult {
  readonly problems: ContentProblem[];
  readonly content: ValidContent;
}

/**
 * Ids of every entry that exists, whether or not it is valid, by collection: a reference to a
 * broken entry is not reported again as a reference to a missing one. Items of the yearly lists
 * (figures, charts) are `<year>/<id>` (yearlyId): an id is unique within its year, and names
 * the same measure in every year.
 */
export type ExistingIds = { readonly [Name in CollectionName]: readonly string[] };

/** What each check across files is given, once every file reads and matches its schema. */
export interface CheckInput {
  /** Each file as the content model read it (src/model/), by its path as messages name it: its text, an MDX file's body and tree. */
  readonly files: ReadonlyMap<string, ContentFile>;
  /** Every `<Figure>` tag of every MDX file, read from its tree. */
  readonly figureTags: readonly FigureTag[];
  /** What a build leaves out as drafts (src/lib/drafts.ts). */
  readonly drafts: Drafted;
  /** The content folder as messages name it, relative to the working directory: `content`. */
  readonly dir: string;
  readonly content: ValidContent;
  /** The figures as their files hold them, without their numbers: every one, whether or not its text states its number. */
  readonly figuresAsWritten: readonly Entry<FigureAsWritten>[];
  readonly existing: ExistingIds;
}

/** One family's check across files: the problems it finds, in the order an editor meets them. */
export type Check = (input: CheckInput) => ContentProblem[];
