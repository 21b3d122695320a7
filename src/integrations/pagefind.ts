/**
 * Astro integration for site search.
 *
 * On every page it adds the small script that enhances the header's search box
 * (name suggestions; src/search/client/header.ts). After the build it indexes the
 * article pages with Pagefind's Node API and writes the bundle to dist/pagefind/.
 *
 * Each page is handed to Pagefind from memory, with its text nodes segmented one
 * Han character per word (src/search/segment.ts) so that the browser's phrase
 * queries match exactly; the files readers get are not touched. Pages printed in
 * Traditional characters (text marked lang="zh-TW") are indexed in Simplified, the
 * script queries are converted to.
 *
 * Only /articles/<id>/ pages are indexed; inside them Pagefind honours the
 * page's data-pagefind-body / -ignore / -filter / -sort / -meta attributes.
 */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { toSimplified } from '../pipeline/script.ts';
import * as pagefind from 'pagefind';
import { segmentHtml } from '../search/segment.ts';
import { isHtml, listFiles } from '../io/list-files.ts';

export interface SearchIndexOptions {
  /** Which built files (paths relative to dist, with forward slashes) are search results. */
  include?: RegExp;
  /** Output folder inside dist; the client loads /<outputDir>/pagefind.js. */
  outputDir?: string;
  /** Add the header box enhancement to every page (default true). */
  headerScript?: boolean;
}

const HEADER_SCRIPT = fileURLToPath(new URL('../search/client/header.ts', import.meta.url));

const ARTICLE_PAGE = /^articles\/[^/]+\/index\.html$/;
const TRADITIONAL_TEXT = /\slang="zh-(?:TW|HK|Hant)[^"]*"/i;


/** The page URL of a built file: "articles/x/index.html" → "/articles/x/". */
export function pageUrl(file: string): string {
  return `/${file.replace(/index\.html$/, '')}`;
}

/** The text Pagefind should index for a built page (see the module comment). */
export function indexableHtml(html: string, toSimplified: (text: string) => string): string {
  return TRADITIONAL_TEXT.test(html) ? segmentHtml(html, toSimplified) : segmentHtml(html);
}

export function searchIndex(options: SearchIndexOptions = {}): AstroIntegration {
  const include = options.include ?? ARTICLE_PAGE;
  const outputDir = options.outputDir ?? 'pagefind';
  return {
    name: 'search-index',
    hooks: {
      'astro:config:setup': ({ injectScript }) => {
        if (options.headerScript !== false) {
          injectScript('page', `import { enhanceHeaderSearch } from ${JSON.stringify(HEADER_SCRIPT)}; enhanceHeaderSearch();`);
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        const pages = listFiles(root, isHtml)
          .map((path) => relative(root, path).split(sep).join('/'))
          .filter((file) => include.test(file));

        const created = await pagefind.createIndex({});
        if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
        const { index } = created;
        const problems: string[] = [];
        let unmarked = 0;
        try {
          for (const file of pages) {
            const html = readFileSync(join(root, file), 'utf8');
            if (!html.includes('data-pagefind-body')) unmarked += 1;
            const added = await index.addHTMLFile({ url: pageUrl(file), content: indexableHtml(html, toSimplified) });
            problems.push(...added.errors.map((e) => `${file}: ${e}`));
          }
          const written = await index.writeFiles({ outputPath: join(root, outputDir) });
          problems.push(...written.errors);
        } finally {
          await pagefind.close();
        }
        if (problems.length > 0) throw new Error(`Pagefind indexing failed:\n${problems.join('\n')}`);
        if (unmarked > 0) {
          logger.warn(`${unmarked} of ${pages.length} article pages have no data-pagefind-body: their navigation and footer are indexed too`);
        }
        logger.info(`/${outputDir}/: ${pages.length} article pages indexed in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
