/**
 * /search/names.json: the name index and character table the search reads first
 * (see src/search/search-data.ts). Built from the same records and taxonomy as the pages.
 */
import type { APIRoute } from 'astro';
import { buildSearchData } from '../../search/search-data.ts';
import { loadSite } from '../../utils/load-site.ts';

export const GET: APIRoute = async () => {
  const { articles, taxonomy } = await loadSite();
  return new Response(JSON.stringify(buildSearchData(taxonomy, articles)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
