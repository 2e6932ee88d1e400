/**
 * The types of what the content model (src/model/index.ts) keeps of each file it reads, so nothing
 * else reads it again. Nothing here runs, and nothing is imported: the checker's types take these.
 */

/** A node of an MDX body's tree, as satteri's mdxToMdast gives it (the build compiles MDX with satteri). */
export interface MdxTree {
  readonly type: string;
  readonly name?: string | null;
  readonly url?: string;
  readonly value?: unknown;
  readonly position?: { readonly start: { readonly line: number; readonly offset?: number } };
  readonly attributes?: readonly { readonly type: string; readonly name?: string; readonly value?: unknown }[];
  readonly children?: readonly MdxTree[];
}

/** One content file as read: its text and, for an MDX file whose frontmatter reads, its body. */
export interface ContentFile {
  /** The whole file, as read: what line numbers count in. */
  readonly text: string;
  readonly mdx?: {
    /** The text after the frontmatter, as the build compiles it. */
    readonly body: string;
    /** The lines of the file before the body (the frontmatter and its `---` lines). */
    readonly lineOffset: number;
    /** The body's tree, or undefined where it cannot be read as MDX (a problem says why). */
    readonly tree: MdxTree | undefined;
  };
}

/** A `<Figure … />` tag in an MDX body, read from its tree. */
export interface FigureTag {
  /** The file it is in, as messages name it. */
  readonly file: string;
  /** The opening tag as written: `<Figure id="marac-cases" />`. */
  readonly tag: string;
  /** Its `id="…"`, if written as text. */
  readonly id: string | undefined;
  /** Its `year="…"`, if written as text. */
  readonly year: string | undefined;
  /** The line of the file it starts on (from 1). */
  readonly line: number;
}
