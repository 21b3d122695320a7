// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { site } from './src/config/site.ts';
import { clearOutDirInBackground } from './src/integrations/clear-out-dir.ts';
import { dataFilesIntegration } from './src/integrations/data-files.ts';
import { inlineScripts } from './src/integrations/inline-script.ts';
import { modulePreloads } from './src/integrations/module-preload.ts';
import { ogImages } from './src/integrations/og-images.ts';
import { searchIndex } from './src/integrations/pagefind.ts';
import { openccPhrases } from './src/integrations/opencc-phrases.ts';
import { pageCache } from './src/integrations/page-cache.ts';
import { parsePapersAhead } from './src/integrations/parse-ahead.ts';
import { aheadOfPages } from './src/integrations/ahead-of-pages.ts';

export default defineConfig({
  // site.url already honours SITE_URL; canonical links, feeds, sitemap and QR codes use it.
  site: site.url,
  output: 'static',
  // The benchmark builds a synthetic archive beside the project's own; its content
  // store must not replace the one a normal build reuses.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Two pages at a time: while one page's files are written (a dozen awaits on the file system's threads), the main
    // thread renders the next instead of waiting. The page cache's middleware hands the pages' bytes to the OpenCC
    // phrase reader, since no moment then tells that a page's file is whole.
    concurrency: 2,
    // One cached stylesheet for every page rather than a copy inlined in each.
    inlineStylesheets: 'never',
  },
  // A rebuild copies the pages whose key (src/routes/cached-paths.ts) and code are unchanged instead of rendering them.
  experimental: { incrementalBuild: true },
  integrations: [
    // First, so the parse workers start as early as they can.
    parsePapersAhead(),
    // Lets a page inline a script written in TypeScript (the search page's head script).
    inlineScripts(),
    // The search page's first results wait on its modules: all of them are asked for at once.
    modulePreloads(['search/index.html']),
    // First of the build:done hooks: its build:done registers the share cards of restored pages before og-images draws them.
    pageCache(),
    // The search's JSON and the export, written from the records rather than rendered as routes.
    dataFilesIntegration(),
    sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/search/') }),
    openccPhrases(),
    // Draws the share images the pages registered while rendering.
    ogImages(),
    // Makes the article pages' QR codes, bodies and related lists a few pages ahead of them, on worker threads.
    aheadOfPages(),
    // Runs after the pages are written: Pagefind indexes the built article pages.
    searchIndex(),
    // Before Astro empties dist, the old one is moved aside; it is deleted while pages render, and the build waits for that last.
    clearOutDirInBackground(),
  ],
});
