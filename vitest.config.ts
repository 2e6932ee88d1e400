import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      // The code and content on their own: no build needed (`npm run test:unit`). Components rendered
      // alone have a config of their own (vitest.components.config.ts).
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: ['tests/unit/built/**', 'tests/unit/components/**'] },
      },
      // The built site in dist/, checked without a browser (`npm run test:dist`, after a build).
      { extends: true, test: { name: 'dist', include: ['tests/unit/built/**/*.test.ts'] } },
    ],
  },
});
