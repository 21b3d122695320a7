import type { APIContext } from 'astro';
import { site } from '../../config/site.ts';
import { loadSite } from '../../routes/load-site.ts';
import { projectRecord, projectsCsv } from '../../utils/project-export.ts';

export async function GET(context: APIContext): Promise<Response> {
  const { projectStatus } = await loadSite();
  const siteUrl = String(context.site ?? site.url);
  return new Response(projectsCsv(projectStatus.map((s) => projectRecord(s, siteUrl))), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
