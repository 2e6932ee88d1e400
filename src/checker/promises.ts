import { nearest } from './problems.ts';
import type { CheckInput, ContentProblem } from './types.ts';

/**
 * Promises: a progress file's `prioritiesReported` says what became of the priorities the year
 * before set under the same theme or aim. Each names one of those priorities (once), and its
 * evidence names achievements of its own year, so every status links to something real.
 */
export function checkPromises({ content, dir }: CheckInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const years = [...content.years].sort((a, b) => a.data.startDate.getTime() - b.data.startDate.getTime());
  for (const entry of content.progress) {
    const reports = entry.data.prioritiesReported;
    if (reports.length === 0) continue;
    const [yearId, themeId] = entry.id.split('/') as [string, string];
    const index = years.findIndex((year) => year.id === yearId);
    const previous = index > 0 ? years[index - 1] : undefined;
    const promised = previous ? (content.progress.find((p) => p.id === `${previous.id}/${themeId}`)?.data.priorities ?? []) : [];
    const achievements = content.progress.filter((p) => p.id.startsWith(`${yearId}/`)).flatMap((p) => p.data.achievements.map((a) => a.id));
    const seen = new Set<string>();
    reports.forEach((report, reportIndex) => {
      const field = `prioritiesReported item ${reportIndex + 1}`;
      if (!previous) {
        problems.push({
          file: entry.file,
          field: `${field} → priority`,
          message: `"${report.priority}" cannot be reported here: ${yearId} is the first year, so no year before it set priorities`,
          hint: 'remove prioritiesReported from this file',
        });
        return;
      }
      const ids = promised.map((p) => p.id);
      if (!ids.includes(report.priority)) {
        const guess = nearest(report.priority, ids);
        problems.push({
          file: entry.file,
          field: `${field} → priority`,
          message: `unknown priority "${report.priority}"; expected the id of a priority in ${dir}/progress/${previous.id}/${themeId}.mdx`,
          hint: guess
            ? `did you mean "${guess}"?`
            : ids.length > 0
              ? `expected one of: ${ids.join(', ')}`
              : `${previous.id} set no priorities under ${themeId}`,
        });
      } else if (seen.has(report.priority)) {
        problems.push({
          file: entry.file,
          field: `${field} → priority`,
          message: `the priority "${report.priority}" is reported twice in this file`,
          hint: 'give each priority one status: keep one item and remove the other',
        });
      }
      seen.add(report.priority);
      report.evidence.forEach((achievement, evidenceIndex) => {
        if (achievements.includes(achievement)) return;
        const guess = nearest(achievement, achievements);
        problems.push({
          file: entry.file,
          field: `${field} → evidence item ${evidenceIndex + 1}`,
          message: `unknown achievement "${achievement}"; expected the id of an achievement of ${yearId} (in ${dir}/progress/${yearId}/)`,
          hint: guess ? `did you mean "${guess}"?` : 'add the achievement first, or remove it from evidence',
        });
      });
    });
  }
  return problems;
}
