import { isAlias, isCollection, visit, type Document } from 'yaml';

/**
 * Limits on the shape of YAML content, so that a file can neither make a reader build a huge value
 * from a few lines (aliases that repeat aliases: a "billion laughs") nor exhaust the stack by
 * nesting. Real content has no aliases and nests four levels at most (a progress file's
 * achievements → an item → its partners); the limits leave room for an editor's copy-and-paste.
 */
export const yamlLimits = { aliases: 10, depth: 12 } as const;

/** What is wrong with a parsed YAML document's shape, if anything, in an editor's words. */
export function yamlShapeProblem(doc: Document): { message: string; hint: string; offset?: number } | undefined {
  let aliases = 0;
  let firstAlias: number | undefined;
  let tooDeep: number | undefined;
  visit(doc, (_key, node, path) => {
    if (isAlias(node)) {
      aliases++;
      firstAlias ??= node.range?.[0];
    }
    if (isCollection(node) && path.filter((step) => isCollection(step)).length >= yamlLimits.depth) {
      tooDeep = node.range?.[0] ?? 0;
      return visit.BREAK;
    }
    return undefined;
  });
  if (tooDeep !== undefined) {
    return {
      message: `the fields are nested more than ${yamlLimits.depth} levels deep`,
      hint: 'content needs a few levels at most: check the indentation, or the brackets [ ] and { }',
      offset: tooDeep,
    };
  }
  if (aliases > yamlLimits.aliases) {
    return {
      message: `the file repeats other parts of itself ${aliases} times with *aliases; at most ${yamlLimits.aliases} are allowed`,
      hint: 'write each value out in full instead of &anchor and *alias',
      ...(firstAlias === undefined ? {} : { offset: firstAlias }),
    };
  }
  return undefined;
}
