import type { APIContext } from 'astro';
import { site } from '../config/site.ts';
import { absoluteUrl } from '../utils/urls.ts';

export function GET(context: APIContext): Response {
  const sitemap = absoluteUrl('/sitemap-index.xml', String(context.site ?? site.url));
  return new Response(`User-agent: *\nAllow: /\nDisallow: /search/\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
