// tsc cannot read .astro files (astro check can, and types them itself): for tsc, a component
// imported by a test (tests/unit/components/) is one Astro can render.
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const component: AstroComponentFactory;
  export default component;
}
