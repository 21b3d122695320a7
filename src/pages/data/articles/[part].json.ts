import type { APIContext } from 'astro';
import { site } from '../../../config/site.ts';
import { buildArticlesExport, exportParts } from '../../../utils/data-export.ts';
import { loadSite } from '../../../routes/load-site.ts';
import { cachedPaths } from '../../../routes/cached-paths.ts';

/** One month's records (or the undated ones), listed in /data/articles.json. */
export const getStaticPaths = cachedPaths(async () => {
  const { articles } = await loadSite();
  return [...exportParts(articles)].map(([part, list]) => ({ params: { part }, props: { list } }));
});

export async function GET(context: APIContext): Promise<Response> {
  const part = String(context.params.part);
  const data = buildArticlesExport(part, (context.props as { list: Parameters<typeof buildArticlesExport>[1] }).list, { name: site.name, url: String(context.site ?? site.url) });
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
