import type { APIContext } from 'astro';
import { site } from '../../config/site.ts';
import { buildExportIndex } from '../../utils/data-export.ts';
import { loadSite } from '../../routes/load-site.ts';

/** The export's index: how many records, and the monthly files that hold them. */
export async function GET(context: APIContext): Promise<Response> {
  const { articles } = await loadSite();
  const data = buildExportIndex(articles, { name: site.name, url: String(context.site ?? site.url) });
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
