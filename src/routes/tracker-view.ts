/**
 * What the project tracker (/projects/ and its facet pages /projects/by-<facet>/<value>/)
 * shows, made from the site data built once per build (load-site.ts). The facets
 * and their values are the same on every tracker page and counted once.
 */
import { formatDate } from '../utils/dates.ts';
import { facetLabels, facetNames, facetPath, facetValuesOf, projectsIndexPath, type FacetName, type FacetValue } from '../utils/project-facets.ts';
import { stageLabel, stageSlug } from '../utils/project-status.ts';
import { entityPath } from '../utils/urls.ts';
import { loadSite } from './load-site.ts';

export interface TrackerFilter {
  facet: FacetName;
  value: string;
}

export interface TrackerRow {
  href: string;
  name: string;
  discovered: boolean;
  stage: string;
  /** null when no stage is reported (styled apart). */
  stageKnown: boolean;
  /** The row's data-* attributes, which the tracker's script filters and sorts by. */
  data: { stage: string; district: string; industry: string; latest: string; count: number };
  meta: string;
}

export interface TrackerView {
  filter: TrackerFilter | undefined;
  title: string;
  description: string;
  indexHref: string;
  facets: { facet: FacetName; label: string; values: (FacetValue & { href: string; current: boolean })[] }[];
  rows: TrackerRow[];
}

export async function trackerPaths(): Promise<{ params: { facet: FacetName; value: string } }[]> {
  const { projectFacets } = await loadSite();
  return projectFacets.flatMap(({ facet, values }) => values.map((v) => ({ params: { facet, value: v.slug } })));
}

export async function trackerView(filter?: TrackerFilter): Promise<TrackerView> {
  const { projectStatus, projectFacets, entities } = await loadSite();
  const statuses = filter ? projectStatus.filter((s) => facetValuesOf(s, filter.facet).includes(filter.value)) : projectStatus;
  const chosen = filter && projectFacets.find((f) => f.facet === filter.facet)!.values.find((v) => v.slug === filter.value)!;
  const title = chosen ? `${facetLabels[filter!.facet]}：${chosen.label}的项目` : '项目';
  const description = chosen
    ? `${facetLabels[filter!.facet]}为“${chosen.label}”的 ${statuses.length} 个项目，按最新报道排序。`
    : '天津在建和运营中的重点项目、园区、基地与平台：所处阶段、区域、产业和最新报道，可按阶段、区域、产业筛选。';
  return {
    filter,
    title,
    description,
    indexHref: projectsIndexPath,
    facets: facetNames.map((facet) => ({
      facet,
      label: facetLabels[facet],
      values: projectFacets
        .find((f) => f.facet === facet)!
        .values.map((v) => ({ ...v, href: facetPath(facet, v.slug), current: filter?.facet === facet && filter.value === v.slug })),
    })),
    rows: statuses.map((s) => ({
      href: entityPath('projects', s.slug),
      name: s.name,
      discovered: Boolean(entities.get('projects', s.slug)?.discovered),
      stage: stageLabel(s.stage),
      stageKnown: s.stage !== null,
      data: {
        stage: stageSlug(s.stage),
        district: facetValuesOf(s, 'district').join(' '),
        industry: facetValuesOf(s, 'industry').join(' '),
        latest: s.lastReported ?? '',
        count: s.articleCount,
      },
      meta: [
        [...s.districts, ...s.zones].map((d) => d.name).join('、'),
        s.industries.map((i) => i.name).join('、'),
        s.lastReported ? `最新报道 ${formatDate(s.lastReported)}` : '暂无报道',
        `${s.articleCount} 篇`,
      ]
        .filter(Boolean)
        .join(' · '),
    })),
  };
}
