/** /search/rows/<n>-<c>.json: titles, links and excerpts of a run of entry n's articles (src/search/search-parts.ts). */
import type { APIRoute } from 'astro';
import { searchFiles } from '../../../search/search-data.ts';
import { loadSite } from '../../../routes/load-site.ts';
import { cachedPaths } from '../../../routes/cached-paths.ts';

export const getStaticPaths = cachedPaths(async () => {
  const { articles, taxonomy } = await loadSite();
  return searchFiles(taxonomy, articles).rowFiles.map(([n, c]) => ({ params: { file: `${n}-${c}` } }));
});

export const GET: APIRoute = async ({ params }) => {
  const { articles, taxonomy } = await loadSite();
  const [n, c] = String(params.file).split('-').map(Number);
  return new Response(JSON.stringify(searchFiles(taxonomy, articles).rows(n!, c!)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
