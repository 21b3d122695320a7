import type { APIContext } from 'astro';
import { site } from '../../config/site.ts';
import { loadSite } from '../../routes/load-site.ts';
import { projectRecord, projectsJson } from '../../utils/project-export.ts';

export async function GET(context: APIContext): Promise<Response> {
  const { projectStatus } = await loadSite();
  const siteUrl = String(context.site ?? site.url);
  const body = projectsJson(projectStatus.map((s) => projectRecord(s, siteUrl)), { name: site.name, url: siteUrl });
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
