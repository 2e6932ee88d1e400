// Writes every content file in the layout the editor at /admin/ saves (src/cms/formats.ts), so
// that saving a file unchanged from a form changes nothing and later diffs show only real edits.
// Refuses to write if any file would say anything different (a word, a value, an id).
//   node scripts/cms-layout.ts           rewrite the files under content/ (or DASV_CONTENT_DIR)
//   node scripts/cms-layout.ts --check   only list the files not yet in the layout; exit 1 if any
import { writeFileSync } from 'node:fs';
import { contentDir } from '../src/lib/content-layout.ts';
import { layOutContent, sameMeaning } from '../src/cms/layout.ts';

const check = process.argv.includes('--check');
const files = layOutContent(contentDir());
const changed = files.filter((file) => file.laidOut !== file.text);
const altered = changed.filter((file) => !sameMeaning(file));
if (altered.length > 0) {
  console.error(`These files would change in meaning, not only in layout; nothing written:\n  ${altered.map((f) => f.file).join('\n  ')}`);
  process.exit(1);
}
if (check) {
  if (changed.length > 0) {
    console.error(`Not in the editor's layout (run node scripts/cms-layout.ts):\n  ${changed.map((f) => f.file).join('\n  ')}`);
    process.exit(1);
  }
  console.log(`All ${files.length} content files are in the editor's layout.`);
} else {
  for (const file of changed) writeFileSync(file.file, file.laidOut);
  console.log(`${changed.length} of ${files.length} content files rewritten in the editor's layout; no word or value changed.`);
}
