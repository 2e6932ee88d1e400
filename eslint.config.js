// @ts-check
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'dist-fixtures/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Non-null assertions are used where the build has already checked the reference exists.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Shipped code (the site, its build, the command-line tools) never depends on the tests: what both
    // need lives in src/.
    files: ['src/**', 'scripts/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '(^|/)tests/', message: 'shipped code does not import from tests/: move what it needs to src/' }] },
      ],
    },
  },
);
