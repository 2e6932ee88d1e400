import type { AstroIntegration } from 'astro';
import { contentDir } from '../lib/content-layout.ts';
import { formatProblems } from '../lib/problems.ts';
import { validateContent } from '../lib/validate-content.ts';

/**
 * Runs the content checker before Astro builds anything. Astro validates each file against its
 * schema but only warns about a reference to something that does not exist; this makes every
 * such problem fail the build, with the file and field named, all at once. It also says which
 * drafts a build leaves out, so nothing disappears from the site without a word.
 */
export function contentGuard(): AstroIntegration {
  return {
    name: 'dasv:content-guard',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const { problems, content } = validateContent(contentDir());
        if (problems.length > 0) {
          const report = formatProblems(problems);
          // In `astro dev` keep the server up so an editor can fix the file and see it reload.
          if (command === 'dev') logger.error(report);
          else throw new Error(report);
        }
        const drafts = [...content.years, ...content.progress].filter((entry) => entry.data.draft).map((entry) => entry.file);
        if (drafts.length > 0) {
          const verb = command === 'dev' ? 'Showing drafts (they are left out of the published site)' : 'Leaving out drafts';
          logger.info(`${verb}: ${drafts.join(', ')}`);
        }
      },
    },
  };
}
