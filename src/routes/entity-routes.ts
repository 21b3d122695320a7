/**
 * Routes shared by the three entity kinds: page paths and per-entity feeds, so
 * /projects/, /districts/ and /industries/ stay identical in shape.
 */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { site } from '../config/site.ts';
import { entityLabels, type EntityKind } from '../utils/entity-kinds.ts';
import { feedItems } from '../utils/feed.ts';
import { loadSite } from './load-site.ts';
import { absoluteUrl, entityPath } from '../utils/urls.ts';

export async function entityStaticPaths(kind: EntityKind): Promise<{ params: { slug: string } }[]> {
  const { entities } = await loadSite();
  return entities.all[kind].map((e) => ({ params: { slug: e.slug } }));
}

export function entityFeedRoute(kind: EntityKind) {
  return {
    getStaticPaths: () => entityStaticPaths(kind),
    GET: async (context: APIContext): Promise<Response> => {
      const { entities } = await loadSite();
      const entity = entities.get(kind, String(context.params.slug));
      if (!entity) return new Response(null, { status: 404 });
      const siteUrl = String(context.site ?? site.url);
      return rss({
        title: `${entity.name} - ${site.name}`,
        description: entity.description ?? `${site.name}：关于${entityLabels[kind].one}“${entity.name}”的报道`,
        site: absoluteUrl(entityPath(kind, entity.slug), siteUrl),
        items: feedItems(entity.articles, siteUrl),
        customData: '<language>zh-cn</language>',
      });
    },
  };
}
