import path from 'node:path';

/** The repository's folder, whatever the working directory a test runs in. */
export const repoRoot = path.resolve(import.meta.dirname, '../..');
