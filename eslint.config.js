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
);
