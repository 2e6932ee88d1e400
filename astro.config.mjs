// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentGuard } from './src/integrations/content-guard.ts';

export default defineConfig({
  // Every page is a folder with index.html, so URLs end in "/" and never change shape.
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentGuard(), mdx()],
  markdown: { syntaxHighlight: false },
  // No dev toolbar: it makes requests a reader of the real site never would.
  devToolbar: { enabled: false },
});
