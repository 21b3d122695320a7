/** /search/hits/<n>.json: the articles of entry n of /search/names.json, loaded when a query names it. */
import type { APIRoute } from 'astro';
import { searchFiles } from '../../../search/search-data.ts';
import { loadSite } from '../../../routes/load-site.ts';
import { cachedPaths } from '../../../routes/cached-paths.ts';

export const getStaticPaths = cachedPaths(async () => {
  const { articles, taxonomy } = await loadSite();
  return searchFiles(taxonomy, articles).hits.map((_, n) => ({ params: { entry: String(n) } }));
});

export const GET: APIRoute = async ({ params }) => {
  const { articles, taxonomy } = await loadSite();
  return new Response(JSON.stringify(searchFiles(taxonomy, articles).hits[Number(params.entry)]), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
