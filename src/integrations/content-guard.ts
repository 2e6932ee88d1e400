import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../lib/content-layout.ts';
import { formatProblems } from '../checker/problems.ts';
import { validateContent } from '../checker/index.ts';
import { contentPreview } from './content-preview.ts';
import { treeProblems } from '../lib/safe-files.ts';
import { formatPlaceholders, isDeployBuild, placeholders } from '../lib/deploy-readiness.ts';
import { contentModel } from '../model/index.ts';

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
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        if (command === 'build') {
          // A failed build must leave nothing that `npm run preview` would serve as the site:
          // the old site goes first, and what a failed build wrote goes when it stops.
          const outDir = fileURLToPath(config.outDir);
          rmSync(outDir, { recursive: true, force: true });
          process.once('exit', (code) => {
            if (code !== 0) rmSync(outDir, { recursive: true, force: true });
          });
        }
        const { problems, content } = validateContent(contentDir());
        if (command === 'dev') {
          // In `astro dev` the server stays up: the browser shows the problems (contentPreview)
          // until the file is fixed, then the page reloads.
          const dataStore = fileURLToPath(new URL('.astro/data-store.json', config.root));
          forgetOtherContent(dataStore);
          updateConfig({ vite: { plugins: [contentPreview(contentDir(), logger)] } });
        } else if (problems.length > 0) {
          // The messages alone: no "unhandled error in a hook" wrapper, no stack trace.
          console.error(`\n${formatProblems(problems)}\n\nNothing was built: fix the content above, then build again.`);
          process.exit(1);
        }
        if (problems.length > 0) return;
        if (command === 'build') refusePlaceholders(logger);
        const drafted = contentModel(contentDir()).drafts;
        const drafts = [
          ...content.years.filter((y) => drafted.years.has(y.id)).map((y) => y.file),
          ...content.progress.filter((p) => drafted.progress.has(p.id) && !drafted.years.has(p.id.split('/')[0] ?? '')).map((p) => p.file),
          ...[...drafted.figures].filter((f) => !drafted.years.has(f.split('/')[0] ?? '')).map((f) => `figure ${f}`),
          ...[...drafted.charts].filter((c) => !drafted.years.has(c.split('/')[0] ?? '')).map((c) => `chart ${c}`),
        ];
        if (drafts.length > 0) {
          const verb = command === 'dev' ? 'Showing drafts (marked DRAFT; they are left out of the published site)' : 'Leaving out drafts';
          logger.info(`${verb}: ${drafts.join(', ')}`);
        }
      },
      // Astro copies public/ into the site as it is. The checker refused any link, device or unsafe
      // name in it before the build began; this is the last word, on what was actually published.
      'astro:build:done': ({ dir }) => {
        const problems = treeProblems(fileURLToPath(dir), 'dist', { names: false });
        if (problems.length > 0) {
          console.error(`\n${formatProblems(problems)}\n\nThe built site holds files that must not be published: nothing was published.`);
          process.exit(1);
        }
      },
    },
  };
}

/**
 * Placeholders (src/lib/deploy-readiness.ts): the deploy build stops with the whole list, before
 * anything is built; any other build says what a deploy build would refuse, and goes on.
 */
function refusePlaceholders(logger: { warn: (message: string) => void }): void {
  const found = placeholders(contentDir());
  if (found.length === 0) return;
  if (isDeployBuild()) {
    console.error(
      `\nThe site cannot be published with placeholders in it (${found.length}):\n${formatPlaceholders(found)}\n\nNothing was built: supply each one (README.md, "Publishing the site"), then publish again.`,
    );
    process.exit(1);
  }
  logger.warn(`${found.length} placeholder(s) that the deploy build (DASV_DEPLOY=production) would refuse:\n${formatPlaceholders(found)}`);
}

/**
 * `astro dev` keeps its copy of the content in .astro/data-store.json, whichever folder it came
 * from (DASV_CONTENT_DIR names another one in tests). An entry whose file is unchanged is kept with
 * its old path, so after a switch pages would import files from the other folder, perhaps deleted.
 * When the folder changes, the copy is dropped and read afresh.
 */
function forgetOtherContent(dataStore: string): void {
  const marker = path.join(path.dirname(dataStore), 'dasv-content-dir');
  const current = path.resolve(contentDir());
  let previous: string | undefined;
  try {
    previous = readFileSync(marker, 'utf8');
  } catch {
    previous = undefined;
  }
  if (previous === current) return;
  rmSync(dataStore, { force: true });
  mkdirSync(path.dirname(marker), { recursive: true });
  writeFileSync(marker, current);
}
