import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { site } from '../config/site.ts';
import { feedItems } from '../utils/feed.ts';
import { loadSite } from '../routes/load-site.ts';

export async function GET(context: APIContext): Promise<Response> {
  const { articles } = await loadSite();
  const siteUrl = String(context.site ?? site.url);
  return rss({
    title: site.name,
    description: site.description,
    site: siteUrl,
    items: feedItems(articles, siteUrl),
    customData: '<language>zh-cn</language>',
  });
}
