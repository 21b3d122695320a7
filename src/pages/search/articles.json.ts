/** /search/articles.json: every article as the search lists it, for browsing by filters alone. */
import type { APIRoute } from 'astro';
import { searchFiles } from '../../search/search-data.ts';
import { loadSite } from '../../routes/load-site.ts';

export const GET: APIRoute = async () => {
  const { articles, taxonomy } = await loadSite();
  return new Response(JSON.stringify(searchFiles(taxonomy, articles).articles), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
