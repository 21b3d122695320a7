/**
 * Keys for Astro's incremental build (experimental.incrementalBuild, astro.config.mjs): a
 * page from getStaticPaths() that returns a `cacheKey` equal to the previous build's, and
 * whose module graph (components, styles, scripts: Astro hashes it) is unchanged, is copied
 * from the cache instead of rendered. The key must therefore name everything else the page
 * is made from. Every page here reads the whole site's data through loadSite() (related
 * stories, previous/next, entity links, counts), so the key holds a digest of that data, not
 * of the page's own props alone: a changed or added paper renders every keyed page again,
 * and a rebuild with nothing changed renders none. Also in the key: what the page's module
 * graph does not show (the built client assets' names, which are content-hashed, the Node
 * version, and whether this build draws share images), the path's params and props.
 *
 * Outside a build that opened the page cache (dev server, CLIs, tests) paths get no key and
 * are rendered as usual.
 */
import { createHash } from 'node:crypto';
import { offeredCards } from '../og/sink.ts';
import { loadSite } from './load-site.ts';
import { pageCacheBuild, siteDataDigest } from './page-cache-build.ts';
import { withCacheKeys, type StaticPath } from './path-keys.ts';

/**
 * getStaticPaths with a cache key on every path; used on the `export const getStaticPaths`
 * line of each dynamic page.
 */
export function cachedPaths<P extends StaticPath>(getStaticPaths: () => P[] | Promise<P[]>): () => Promise<(P & { cacheKey?: string })[]> {
  return async () => {
    const paths = await getStaticPaths();
    const build = pageCacheBuild();
    if (!build) return paths;
    // Offered by the data-files thread when the build started; made here (once for all pages) when not.
    build.siteDigest ??= loadSite().then(({ articles, taxonomy }) => siteDataDigest(articles, taxonomy));
    const shared = createHash('sha256')
      .update(build.inputs())
      .update(`\u0000${offeredCards() === null ? 'no share images' : 'share images'}\u0000`)
      .update(await build.siteDigest)
      .digest('hex');
    return withCacheKeys(paths, shared);
  };
}
