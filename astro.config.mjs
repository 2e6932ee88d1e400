// @ts-check
import path from 'node:path';
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentGuard } from './src/integrations/content-guard.ts';
import { cspOwnHashes } from './src/integrations/csp-own-hashes.ts';
import { decapCms } from './src/integrations/decap-cms.ts';
import { oneStylesheet } from './src/integrations/one-stylesheet.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { pagefindUnused } from './src/integrations/pagefind-unused.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { contentAllowListPlugin } from './src/checker/safety/allow-list-plugin.ts';
import { contentDir } from './src/lib/content-layout.ts';
import { figureYearPlugin } from './src/lib/figure-year-plugin.ts';
import { outboundLinksPlugin } from './src/lib/outbound-links-plugin.ts';
import { quickExitScriptHash } from './src/lib/quick-exit-script.ts';
import { siteUrl } from './src/lib/site-address.ts';

// Tests and the benchmark build other content (DASV_CONTENT_DIR: a copy of content/ with changes).
// Astro's content cache is keyed by the config, not by where the files are, so a build of the
// real content after one of a copy would reuse entries pointing into the (deleted) copy and fail.
// Each other content folder therefore keeps its cache inside itself, and goes with it.
const contentFolder = path.resolve(contentDir());
const otherContentDir = contentFolder === path.resolve('content') ? undefined : contentFolder;

export default defineConfig({
  ...(otherContentDir ? { cacheDir: path.resolve(otherContentDir, '.astro-cache') } : {}),
  // The published address, used for canonical URLs, link previews and the sitemap.
  // Set SITE_URL when building for another address (a staging copy, say).
  site: siteUrl(),
  // Every page is a folder with index.html, so URLs end in "/" and never change shape.
  trailingSlash: 'always',
  // After the pages are written: pagefindUnused removes the search files no page uses; oneStylesheet
  // joins each page's stylesheets into one file; cspOwnHashes trims each page's policy to its own
  // hashes; securityHeaders last: it reads every built page's policy to write dist/_headers.
  integrations: [
    contentGuard(),
    mdx(),
    // The content editor at /admin/ is for the comms team, not for readers: out of the sitemap.
    sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/admin/') }),
    decapCms(),
    pagefind(),
    pagefindUnused(),
    oneStylesheet(),
    cspOwnHashes(),
    securityHeaders(),
  ],
  markdown: {
    syntaxHighlight: false,
    // Astro's own Markdown processor, with two plugins: a <Figure> in a progress file shows that
    // year's figure; a link to another website sends no referrer.
    processor: satteri({ mdastPlugins: [contentAllowListPlugin, figureYearPlugin], hastPlugins: [outboundLinksPlugin] }),
  },
  // A Content Security Policy on every page (a <meta>; Astro adds the hashes of inline scripts and
  // styles, and cspOwnHashes keeps only a page's own). Nothing may load from another origin. Not
  // applied in `astro dev`: test the build.
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
      // 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search engine (from this origin);
      // it allows no eval of JavaScript.
      // The one inline script, quick exit's click handler, is allowed by its hash (src/lib/quick-exit-script.ts).
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [quickExitScriptHash] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // Inlined styles used only inside MDX got wrong CSP hashes; linked stylesheets are hashed by URL.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: {
    build: {
      // No script is written into a page, however small (Astro inlines those under 4 KB): each is a
      // file, cached across pages and out of the HTML a page needs to paint (src/lib/budgets.ts),
      // and the Content-Security-Policy needs no hash for any. A module script runs once the page
      // is parsed either way; until then the quick exit and copy links are plain links.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rollupOptions: {
        // Astro's own MDX output carries a "use astro:head-inject" directive that the bundler
        // warns about once per file; it is harmless and buries the messages editors need.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
  // No dev toolbar: it makes requests a reader of the real site never would.
  devToolbar: { enabled: false },
});
