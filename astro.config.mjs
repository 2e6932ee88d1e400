// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentGuard } from './src/integrations/content-guard.ts';

export default defineConfig({
  // Every page is a folder with index.html, so URLs end in "/" and never change shape.
  trailingSlash: 'always',
  integrations: [contentGuard(), mdx()],
  markdown: { syntaxHighlight: false },
  // A Content Security Policy on every page (a <meta> with hashes of Astro's own scripts and
  // styles). Nothing may load from another origin. Not applied in `astro dev`: test the build.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "connect-src 'self'",
      ],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // Inlined styles used only inside MDX got wrong CSP hashes; linked stylesheets are hashed by URL.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // No dev toolbar: it makes requests a reader of the real site never would.
  devToolbar: { enabled: false },
});
