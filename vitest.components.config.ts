import { getViteConfig } from 'astro/config';

// Components rendered alone by Astro's container API (tests/unit/components/, run by `npm run
// test:unit`). Rendering a .astro file needs Astro's Vite config, and loading it runs the site's
// integrations' set-up, the content check included: more than half a second on every start. In a
// config of its own, only these tests pay it, and `vitest run` of any other test starts without it.
export default getViteConfig({ test: { name: 'components', include: ['tests/unit/components/**/*.test.ts'] } });
