// @ts-check
import astro from 'eslint-plugin-astro';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
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
    // Imports in src/ go one way. A circle of imports makes every module of it readable only with the
    // others (the checker's validate-content.ts and validate-figures.ts once imported each other), so
    // none is allowed anywhere in src/. Only TypeScript modules are followed (an .astro file imports
    // them; nothing imports it back), and `import type` is not (no-cycle cannot: a circle of types
    // alone does not change what runs). Packages are not followed either: they cannot import our
    // modules back, and reading them took six seconds of every lint.
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.js', '.mjs'],
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.mjs'] })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // The content checker is read one file at a time: its families of rules import the shared types
      // and helpers, index.ts imports the families, and nothing in the folder imports index.ts (the
      // entry point is for callers); a check across files (references.ts … figure-tags.ts) is
      // imported by index.ts alone, so one family never depends on another.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/checker/**/*',
              from: './src/checker/index.ts',
              message: 'src/checker/index.ts is for callers of the checker; import the module you need',
            },
            {
              target: ['./src/!(checker)/**/*', './src/*', './src/checker/!(index).ts', './src/checker/*/**/*'],
              from: ['references', 'site-links', 'plain-text', 'figures', 'charts', 'figure-tags'].map(
                (name) => `./src/checker/${name}.ts`,
              ),
              message: 'a check across files is run by src/checker/index.ts alone; move what you share to a helper module',
            },
          ],
        },
      ],
    },
  },
  {
    // The checker's shared types are declared once, in types.ts, which imports types only, so any
    // module can use them without importing code.
    files: ['src/checker/types.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ regex: '.*', allowTypeImports: true, message: 'src/checker/types.ts imports types only (import type)' }] },
      ],
    },
  },
  {
    // The content model (src/model/) reads what the checker checks: it uses the same types.
    files: ['src/checker/**/*.ts', 'src/model/**/*.ts'],
    ignores: ['src/checker/types.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            ':matches(TSInterfaceDeclaration, TSTypeAliasDeclaration)[id.name=/^(ContentProblem|Entry|RawEntry|ValidContent|ExistingIds|CheckInput)$/]',
          message: 'the checker’s shared types are declared once, in src/checker/types.ts: import it from there',
        },
      ],
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
