/**
 * Notes each path rendered by a build that opened the page cache: the paths Astro restored
 * from its incremental cache are the others (integrations/page-cache.ts). Hands the build's
 * `rendering` listener the page's bytes (integrations/opencc-phrases.ts reads its phrases):
 * Astro renders several pages at once (build.concurrency), so nothing tells when a page's
 * file is whole on disk, and the bytes are here already.
 */
import { defineMiddleware } from 'astro:middleware';
import { pageCacheBuild, renderedPath } from '../routes/page-cache-build.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const build = pageCacheBuild();
  if (!build) return next();
  build.rendered.add(renderedPath(context.url.pathname));
  const take = build.rendering?.(context.url.pathname);
  const response = await next();
  if (!take || response.status !== 200 || !response.body) return response;
  const page = new Uint8Array(await response.arrayBuffer());
  // A Response holds a copy of the bytes it is made from (Fetch's "extract a body"), so `page` may go to another thread.
  const whole = new Response(page, response);
  take(page);
  return whole;
});
