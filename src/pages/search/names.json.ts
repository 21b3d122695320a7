/**
 * /search/names.json: every name the search knows and the character table, which
 * the search reads first; /search/hits/<n>.json and /search/articles.json hold the
 * article lists (src/search/search-parts.ts). Built from the same records and
 * taxonomy as the pages.
 */
import type { APIRoute } from 'astro';
import { searchFiles } from '../../search/search-data.ts';
import { loadSite } from '../../routes/load-site.ts';

export const GET: APIRoute = async () => {
  const { articles, taxonomy } = await loadSite();
  return new Response(JSON.stringify(searchFiles(taxonomy, articles).names), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
