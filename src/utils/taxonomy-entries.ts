/**
 * The taxonomy (src/schema/taxonomy.ts) as the site's entity entries. Places
 * outside Tianjin are in the taxonomy only so the tagger never mistakes them for a
 * district; they get no pages.
 */
import type { Taxonomy } from '../schema/taxonomy.ts';
import type { EntityEntry } from './entities.ts';

export function taxonomyEntries(taxonomy: Taxonomy): EntityEntry[] {
  const districts: EntityEntry[] = taxonomy.districts
    .filter((d) => d.kind !== 'other-place')
    .map((d) => ({
      kind: 'districts',
      slug: d.slug,
      name: d.name,
      aliases: d.aliases,
      not: d.not,
      type: d.kind,
      description: d.description,
      parent: d.parent,
      districts: [],
      industries: [],
    }));
  const projects: EntityEntry[] = taxonomy.projects.map((p) => ({
    kind: 'projects',
    slug: p.slug,
    name: p.name,
    aliases: p.aliases,
    not: p.not,
    type: p.kind,
    description: p.description,
    parent: p.parent,
    districts: p.districts,
    industries: p.industries,
    ...(p.discovered ? { discovered: true } : {}),
  }));
  const industries: EntityEntry[] = taxonomy.industries.map((i) => ({
    kind: 'industries',
    slug: i.slug,
    name: i.name,
    aliases: [],
    not: [],
    type: i.parent ? 'sub-industry' : 'industry',
    description: i.description,
    parent: i.parent,
    source: i.source,
    districts: [],
    industries: [],
  }));
  return [...districts, ...projects, ...industries];
}

/** Chinese labels of the taxonomy's sub-kinds. */
export const typeLabels: Record<string, string> = {
  district: '行政区',
  'functional-zone': '功能区',
  project: '项目',
  park: '园区',
  base: '基地',
  platform: '平台',
  event: '活动',
  plan: '规划',
  industry: '产业链与产业',
  'sub-industry': '细分产业',
};
