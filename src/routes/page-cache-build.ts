/**
 * What the page-cache integration (integrations/page-cache.ts) shares with the pages of a
 * running build (routes/cached-paths.ts, integrations/page-cache-middleware.ts). Pages render
 * in a module graph apart from the config's integrations, so the two meet on a global that
 * only a build opens (as the share cards do, see og/sink.ts).
 */
const BUILD = Symbol.for('tianjin-news.page-cache');

/** Opened by the integration when a build starts. */
export interface PageCacheBuild {
  /** Digest of the build's inputs that no page's module graph shows (see routes/cached-paths.ts). */
  inputs: () => string;
  /** Paths rendered in this build, as renderedPath() gives them (the rest of the keyed ones were restored). */
  rendered: Set<string>;
  /**
   * Digest of the site's data as the pages see it (routes/cached-paths.ts), once the pages' paths are
   * listed: the data files (integrations/data-files.ts) are kept under it.
   */
  siteDigest?: string;
}

/** One spelling of a page's path for the rendered set: "/articles/x", "/" (Astro lists "articles/x/", a request has "/articles/x/"). */
export const renderedPath = (pathname: string): string => `/${pathname.replace(/^\/+|\/+$/g, '')}`;

const global = globalThis as Record<symbol, PageCacheBuild | undefined>;

export function openPageCache(build: PageCacheBuild): void {
  global[BUILD] = build;
}

export function pageCacheBuild(): PageCacheBuild | null {
  return global[BUILD] ?? null;
}
