import { getViteConfig } from 'astro/config';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      // The code and content on their own: no build needed (`npm run test:unit`).
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: ['tests/unit/built/**', 'tests/unit/components/**'] },
      },
      // Components rendered alone by Astro's container API (`npm run test:unit` too). Only these need
      // Astro's Vite config (to compile .astro files), which costs a second to load, so they have a
      // project of their own and the rest of the unit tests start without it.
      getViteConfig({ test: { name: 'components', include: ['tests/unit/components/**/*.test.ts'] } }),
      // The built site in dist/, checked without a browser (`npm run test:dist`, after a build).
      { extends: true, test: { name: 'dist', include: ['tests/unit/built/**/*.test.ts'] } },
    ],
  },
});
