/**
 * What an entity page (/projects/<slug>/, /districts/<slug>/, /industries/<slug>/)
 * and an entity index (/projects/ …) show, made from the site data built once per
 * build (load-site.ts): the pages only lay it out.
 */
import { site } from '../config/site.ts';
import type { OgCard } from '../og/card.ts';
import { entityCard } from '../og/cards.ts';
import type { Milestone, Money } from '../schema/article.ts';
import { monthSeries } from '../utils/charts.ts';
import { indexOrder, type Entity, type RelatedEntity } from '../utils/entities.ts';
import { entityKinds, entityLabels, type EntityKind } from '../utils/entity-kinds.ts';
import { amountsFor, projectMilestones, type Sourced } from '../utils/facts.ts';
import { stageLabel, type ProjectStatus } from '../utils/project-status.ts';
import { typeLabels } from '../utils/taxonomy-entries.ts';
import { entityFeedPath, entityIndexPath, entityPath } from '../utils/urls.ts';
import { loadSite } from './load-site.ts';

export interface EntityLink {
  href: string;
  name: string;
}

export interface EntityView {
  kind: EntityKind;
  entity: Entity;
  /** What one of its kind is called (项目, 区域, 产业) and what all are. */
  label: string;
  kindTitle: string;
  /** The index of its kind (/projects/ …). */
  indexHref: string;
  /** The taxonomy's sub-kind when it says more than the kind (功能区, 园区 …). */
  typeLabel: string | null;
  description: string;
  feed: { title: string; href: string };
  shareImage: OgCard;
  status: ProjectStatus | undefined;
  /** Where it is: a zone's enclosing district, a project's districts. */
  places: EntityLink[];
  /** The whole it is part of (a park's park, a sub-industry's industry), with how that is said. */
  parent: (EntityLink & { relation: string }) | null;
  /** Its parts, linked both ways, with their article counts. */
  children: { title: string; items: (EntityLink & { count: number })[] };
  /** A district page shows the map with itself marked; a zone marks the district it lies in. */
  mapHighlight: string | null;
  milestones: Sourced<Milestone>[];
  amounts: Sourced<Money>[];
  related: { kind: EntityKind; title: string; items: (RelatedEntity & { href: string })[] }[];
  /** Heading of the related block: 相关项目、区域与产业. */
  relatedTitle: string;
}

const childrenTitle: Record<EntityKind, string> = { projects: '下属园区与项目', districts: '区内功能区', industries: '细分产业' };
const partOf: Record<EntityKind, string> = { projects: '隶属', districts: '位于', industries: '所属产业' };

export async function entityView(kind: EntityKind, slug: string): Promise<EntityView> {
  const { entities, projectStatusBySlug, relatedEntities } = await loadSite();
  const entity = entities.get(kind, slug);
  if (!entity) throw new Error(`no ${kind} entity ${slug}`);
  const label = entityLabels[kind].one;
  const status = kind === 'projects' ? projectStatusBySlug.get(slug) : undefined;
  const places = [...(kind === 'districts' && entity.parent ? [entity.parent] : []), ...entity.districts]
    .map((s) => entities.get('districts', s))
    .filter((d) => d !== undefined)
    .map((d) => ({ href: entityPath('districts', d.slug), name: d.name }));
  const parent = kind !== 'districts' && entity.parent ? entities.get(kind, entity.parent) : undefined;
  let mapped = kind === 'districts' ? entity : undefined;
  while (mapped && mapped.type !== 'district') mapped = mapped.parent ? entities.get('districts', mapped.parent) : undefined;
  const type = entity.type ? typeLabels[entity.type] : undefined;
  const related = relatedEntities(entity);
  return {
    kind,
    entity,
    label,
    kindTitle: entityLabels[kind].all,
    indexHref: entityIndexPath(kind),
    typeLabel: type && type !== label ? type : null,
    description: entity.description ?? `${site.name}收录的关于${label}“${entity.name}”的报道。`,
    feed: { title: `${entity.name} - ${site.name}`, href: entityFeedPath(kind, slug) },
    shareImage: entityCard(entity, status && status.stage !== null ? stageLabel(status.stage) : null),
    status,
    places,
    parent: parent ? { href: entityPath(kind, parent.slug), name: parent.name, relation: partOf[kind] } : null,
    children: { title: childrenTitle[kind], items: entity.children.map((c) => ({ href: entityPath(kind, c.slug), name: c.name, count: c.articles.length })) },
    mapHighlight: kind === 'districts' ? (mapped?.slug ?? null) : null,
    milestones: kind === 'projects' ? projectMilestones(entity.name, entity.articles) : [],
    amounts: amountsFor(
      entity.articles,
      kind === 'projects' ? { project: entity.name } : kind === 'industries' ? { industries: [entity.name, ...entity.children.map((c) => c.name)] } : null,
    ),
    related: entityKinds
      .map((k) => ({ kind: k, title: entityLabels[k].all, items: related[k].map((r) => ({ ...r, href: entityPath(r.kind, r.slug) })) }))
      .filter((r) => r.items.length > 0),
    relatedTitle: `相关${entityLabels.projects.all}、${entityLabels.districts.all}与${entityLabels.industries.all}`,
  };
}

export interface EntityIndexRow {
  entity: Entity;
  href: string;
  /** Monthly counts on the site's month axis; null when it has no articles. */
  sparkline: number[] | null;
  /** An industry's sub-industries, in index order. */
  parts: (EntityLink & { count: number })[];
}

export interface EntityIndexView {
  kind: EntityKind;
  title: string;
  description: string;
  groups: { title: string | null; rows: EntityIndexRow[] }[];
}

const indexDescriptions: Record<EntityKind, string> = {
  projects: '天津在建和运营中的重点项目、园区、基地与平台，按报道数排序。',
  districts: '天津16个行政区和人们常提到的功能区，按报道数排序。',
  industries: '天津重点产业链与新兴产业，按报道数排序。',
};

export async function entityIndexView(kind: EntityKind): Promise<EntityIndexView> {
  const { entities, monthRange: range } = await loadSite();
  const ordered = indexOrder(entities.all[kind]);
  // Districts read best split into administrative districts and functional zones.
  // Industries read as chains with their sub-industries under them.
  const groups =
    kind === 'districts'
      ? ['district', 'functional-zone'].map((type) => ({ title: typeLabels[type]!, items: ordered.filter((e) => e.type === type) }))
      : kind === 'industries'
        ? [{ title: null, items: ordered.filter((e) => !e.parent) }]
        : [{ title: null, items: ordered }];
  return {
    kind,
    title: entityLabels[kind].all,
    description: indexDescriptions[kind],
    groups: groups
      .filter((g) => g.items.length > 0)
      .map((g) => ({
        title: g.title,
        rows: g.items.map((e) => ({
          entity: e,
          href: entityPath(kind, e.slug),
          sparkline: range && e.articles.length > 0 ? monthSeries(e.monthly, range.first, range.last).map((s) => s.count) : null,
          parts: kind === 'industries' ? indexOrder(e.children).map((c) => ({ href: entityPath(kind, c.slug), name: c.name, count: c.articles.length })) : [],
        })),
      })),
  };
}
