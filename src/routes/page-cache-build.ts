/**
 * What the page-cache integration (integrations/page-cache.ts) shares with the pages of a
 * running build (routes/cached-paths.ts, integrations/page-cache-middleware.ts). Pages render
 * in a module graph apart from the config's integrations, so the two meet on a global that
 * only a build opens (as the share cards do, see og/sink.ts).
 */
import { createHash } from 'node:crypto';
import type { Article } from '../schema/article.ts';
import { sortChronological } from '../utils/articles.ts';
import { stableJson } from './path-keys.ts';

const BUILD = Symbol.for('tianjin-news.page-cache');

/** Opened by the integration when a build starts. */
export interface PageCacheBuild {
  /** Digest of the build's inputs that no page's module graph shows (see routes/cached-paths.ts). */
  inputs: () => string;
  /** Paths rendered in this build, as renderedPath() gives them (the rest of the keyed ones were restored). */
  rendered: Set<string>;
  /**
   * Told of each page as it starts rendering, as its request has the path ("/articles/x/"); what it returns is handed
   * the page's bytes, as Astro writes them, once the page is rendered (the OpenCC phrase reader).
   */
  rendering?: (pathname: string) => ((page: Uint8Array) => void) | undefined;
  /**
   * siteDataDigest of the site's data as the pages see it: offered when the build starts by the data-files
   * integration, whose thread computes it beside Astro's bundling; routes/cached-paths.ts computes it when not.
   */
  siteDigest?: Promise<string>;
}

/**
 * Digest of the data every page is made from: `articles` as the pages list them (oldest first, see
 * routes/load-site.ts) and the taxonomy. Part of every page's cache key, and of the data files'.
 */
export function siteDataDigest(articles: readonly unknown[], taxonomy: unknown): string {
  const hash = createHash('sha256');
  for (const article of articles) hash.update(stableJson(article)).update('\n');
  return hash.update(stableJson(taxonomy)).digest('hex');
}

/** siteDataDigest of loaded records, taken in the order the pages list them: the data-files thread and its fallback must agree. */
export const recordsDataDigest = (records: { articles: readonly Article[]; taxonomy: unknown }): string =>
  siteDataDigest(sortChronological(records.articles), records.taxonomy);

/** One spelling of a page's path for the rendered set: "/articles/x", "/" (Astro lists "articles/x/", a request has "/articles/x/"). */
export const renderedPath = (pathname: string): string => `/${pathname.replace(/^\/+|\/+$/g, '')}`;

const global = globalThis as Record<symbol, PageCacheBuild | undefined>;

export function openPageCache(build: PageCacheBuild): void {
  global[BUILD] = build;
}

export function pageCacheBuild(): PageCacheBuild | null {
  return global[BUILD] ?? null;
}
