// `npm run check` step one: every content file against its schema and every reference,
// in a second or two, without building the site. Lists all problems, not just the first.
import { contentDir } from '../src/lib/content-layout.ts';
import { formatProblems } from '../src/checker/problems.ts';
import { validateContent } from '../src/checker/index.ts';

const started = performance.now();
const { problems, content } = validateContent(contentDir());
const seconds = ((performance.now() - started) / 1000).toFixed(2);
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exitCode = 1;
} else {
  const achievements = content.progress.reduce((sum, p) => sum + p.data.achievements.length, 0);
  console.log(
    `Content is valid: ${content.years.length} year(s), ${content.themes.length} themes, ${content.progress.length} progress files, ${achievements} achievements, ${content.partners.length} partners (${seconds} s).`,
  );
}
