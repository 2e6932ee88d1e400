import type { AstroIntegration } from 'astro';
import { contentDir } from '../lib/content-layout.ts';
import { formatProblems } from '../lib/problems.ts';
import { validateContent } from '../lib/validate-content.ts';

/**
 * Runs the content checker before Astro builds anything. Astro validates each file against its
 * schema but only warns about a reference to something that does not exist; this makes every
 * such problem fail the build, with the file and field named, all at once.
 */
export function contentGuard(): AstroIntegration {
  return {
    name: 'dasv:content-guard',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const { problems } = validateContent(contentDir());
        if (problems.length === 0) return;
        const report = formatProblems(problems);
        // In `astro dev` keep the server up so an editor can fix the file and see it reload.
        if (command === 'dev') logger.error(report);
        else throw new Error(report);
      },
    },
  };
}
