/**
 * Notes each path rendered by a build that opened the page cache: the paths Astro restored
 * from its incremental cache are the others (integrations/page-cache.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { pageCacheBuild, renderedPath } from '../routes/page-cache-build.ts';

export const onRequest = defineMiddleware((context, next) => {
  pageCacheBuild()?.rendered.add(renderedPath(context.url.pathname));
  return next();
});
