/**
 * Notes each path rendered by a build that opened the page cache: the paths Astro restored
 * from its incremental cache are the others (integrations/page-cache.ts). Tells the build's
 * `rendering` listener too (integrations/opencc-phrases.ts reads the page before this one).
 */
import { defineMiddleware } from 'astro:middleware';
import { pageCacheBuild, renderedPath } from '../routes/page-cache-build.ts';

export const onRequest = defineMiddleware((context, next) => {
  const build = pageCacheBuild();
  if (build) {
    build.rendered.add(renderedPath(context.url.pathname));
    build.rendering?.(context.url.pathname);
  }
  return next();
});
