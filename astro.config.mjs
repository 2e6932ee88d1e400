// @ts-check
import path from 'node:path';
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentGuard } from './src/integrations/content-guard.ts';
import { decapCms } from './src/integrations/decap-cms.ts';
import { oneStylesheet } from './src/integrations/one-stylesheet.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { pagefindUnused } from './src/integrations/pagefind-unused.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { contentAllowListPlugin } from './src/checker/safety/allow-list-plugin.ts';
import { contentDir } from './src/lib/content-layout.ts';
import { figureYearPlugin } from './src/lib/figure-year-plugin.ts';
import { outboundLinksPlugin } from './src/lib/outbound-links-plugin.ts';
import { siteUrl } from './src/lib/site-address.ts';
import { siteAddressInCss, strategyShortTitle } from './src/integrations/site-address-in-css.ts';

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
  // After the pages are written: pagefind indexes them, pagefindUnused removes the search files no
  // page uses (it stops the build if it comes before pagefind), oneStylesheet joins each page's
  // stylesheets into one file, and securityHeaders writes dist/_headers from the security policy
  // (src/lib/security-policy.ts), which the pages carry too. It gives each top-level file or folder
  // its rule, so it stops the build unless it comes after every step that writes files.
  integrations: [
    contentGuard(),
    mdx(),
    // The content editor at /admin/ is for the comms team, not for readers: out of the sitemap.
    sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/admin/') }),
    decapCms(),
    pagefind(),
    pagefindUnused(),
    oneStylesheet(),
    securityHeaders(),
  ],
  markdown: {
    syntaxHighlight: false,
    // Astro's own Markdown processor, with two plugins: a <Figure> in a progress file shows that
    // year's figure; a link to another website sends no referrer.
    processor: satteri({ mdastPlugins: [contentAllowListPlugin, figureYearPlugin], hastPlugins: [outboundLinksPlugin] }),
  },
  // No stylesheet is written into a page: the policy (src/lib/security-policy.ts) allows no inline
  // style, and a file is cached across pages.
  // The policy is not Astro's `security.csp`: that lists in every page the hashes of the whole
  // site's scripts and styles, files included (bytes each page would carry for nothing), and cannot
  // be told to leave them out. Each page carries src/lib/security-policy.ts's instead.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: {
    // A printed page writes the site's own links with its published address (src/styles/global.css).
    plugins: [siteAddressInCss(siteUrl(), strategyShortTitle())],
    build: {
      // No script is written into a page, however small (Astro inlines those under 4 KB): each is a
      // file, cached across pages and out of the HTML a page needs to paint (tests/support/budgets.ts),
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
