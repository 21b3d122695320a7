/**
 * The facets the projects index filters by (stage, district, industry), each
 * with a static page per value so that filtering works without scripts.
 */
import type { EntityRef } from './entities.ts';
import { NO_STAGE, NO_STAGE_LABEL, stageSlug, stages, type ProjectStatus } from './project-status.ts';
import { compareStrings } from '../lib/compare.ts';

export const facetNames = ['stage', 'district', 'industry'] as const;
export type FacetName = (typeof facetNames)[number];
export const facetLabels: Record<FacetName, string> = { stage: '阶段', district: '区域', industry: '产业' };

export interface FacetValue {
  slug: string;
  label: string;
  count: number;
}

/** The values a project has for a facet (a project may lie in two districts). */
export function facetValuesOf(status: ProjectStatus, facet: FacetName): string[] {
  if (facet === 'stage') return [stageSlug(status.stage)];
  const refs: EntityRef[] = facet === 'district' ? [...status.districts, ...status.zones] : status.industries;
  return refs.map((r) => r.slug);
}

/** Every value that some project has, in reading order: stages in order, the rest by how many projects have them. */
export function facetValues(statuses: readonly ProjectStatus[], facet: FacetName): FacetValue[] {
  const counts = new Map<string, FacetValue>();
  for (const status of statuses) {
    const refs: EntityRef[] = facet === 'district' ? [...status.districts, ...status.zones] : facet === 'industry' ? status.industries : [];
    const labels = new Map(refs.map((r) => [r.slug, r.name]));
    for (const slug of facetValuesOf(status, facet)) {
      const label = facet === 'stage' ? (stages.find((s) => s.slug === slug)?.label ?? NO_STAGE_LABEL) : labels.get(slug)!;
      const entry = counts.get(slug);
      if (entry) entry.count += 1;
      else counts.set(slug, { slug, label, count: 1 });
    }
  }
  const values = [...counts.values()];
  if (facet === 'stage') {
    const order = [...stages.map((s) => s.slug as string).reverse(), NO_STAGE];
    return values.sort((a, b) => order.indexOf(a.slug) - order.indexOf(b.slug));
  }
  return values.sort((a, b) => b.count - a.count || compareStrings(a.label, b.label));
}

export const projectsIndexPath = '/projects/';
export const facetPath = (facet: FacetName, value: string): string => `/projects/by-${facet}/${value}/`;
