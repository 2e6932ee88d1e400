import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * The doc comment of each field of a schema file in src/schemas/ (`/** The name as the reports
 * write it… *\/` above `name: text,`), by field name: the editor shows it as the field's hint, so
 * the forms explain a field in the schema's own words. Where two fields of one file share a name,
 * the first comment is kept.
 */
export function schemaDocs(schemaFile: string): Map<string, string> {
  // From the repository's top (where every build and script runs): bundled, this module has moved.
  const file = path.resolve('src/schemas', schemaFile);
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const docs = new Map<string, string>();
  const visit = (node: ts.Node): void => {
    if ((ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) && ts.isIdentifier(node.name)) {
      const comment = ts
        .getJSDocCommentsAndTags(node)
        .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
      if (comment && !docs.has(node.name.text)) docs.set(node.name.text, comment);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return docs;
}
