/**
 * The site's view of projects, districts and industries: taxonomy entries joined
 * with the articles tagged with them. Pure; the pages get it from `load-site.ts`.
 */
import type { Article } from '../schema/article.ts';
import { compareNewestFirst, monthlyCounts } from './articles.ts';
import { entityKinds, type EntityKind } from './entity-kinds.ts';
import { compareStrings } from '../lib/compare.ts';

/** A taxonomy entry as the pages need it; relations are by slug within their kind. */
export interface EntityEntry {
  kind: EntityKind;
  slug: string;
  name: string;
  aliases: string[];
  /** Phrases that contain a name but mean something else (南开大学 for 南开区); never linked. */
  not: string[];
  /** The taxonomy's sub-kind (district / functional-zone, project / park / base …), for grouping. */
  type: string | null;
  description: string | null;
  /**
   * Slug of the enclosing entity of the same kind: a zone's district (生态城 ⊂ 滨海新区),
   * a park's park (天开河西园 ⊂ 天开高教科创园), a sub-industry's industry (商业航天 ⊂ 航空航天).
   */
  parent: string | null;
  /** Where a top-level industry's name comes from (天津市12条重点产业链 …). */
  source?: string | null;
  /** A project found in the news by its shape, not (yet) confirmed by an editor. */
  discovered?: boolean;
  /** District slugs of a project. */
  districts: string[];
  /** Industry slugs of a project (or of a district, when the taxonomy says). */
  industries: string[];
}

export interface EntityRef {
  kind: EntityKind;
  slug: string;
  name: string;
}

export interface Entity extends EntityEntry {
  /** Articles tagged with it or with one of its descendants, newest first. */
  articles: Article[];
  /** The entities whose parent it is, by name. */
  children: Entity[];
  /** Mentions summed over those articles. */
  mentions: number;
  monthly: Map<string, number>;
}

export interface EntityIndex {
  all: Record<EntityKind, Entity[]>;
  get(kind: EntityKind, slug: string): Entity | undefined;
  /** The entity an article tag names (tags carry canonical names). */
  byName(kind: EntityKind, name: string): Entity | undefined;
  /** Tags of an article that name no taxonomy entry; the pages show them unlinked. */
  unknownTags: { kind: EntityKind; name: string }[];
}

const byName = (a: { name: string; slug: string }, b: { name: string; slug: string }): number => compareStrings(a.name, b.name) || compareStrings(a.slug, b.slug);

export function buildEntityIndex(entries: readonly EntityEntry[], articles: readonly Article[]): EntityIndex {
  const maps = Object.fromEntries(entityKinds.map((k) => [k, new Map<string, Entity>()])) as Record<EntityKind, Map<string, Entity>>;
  const names = Object.fromEntries(entityKinds.map((k) => [k, new Map<string, Entity>()])) as Record<EntityKind, Map<string, Entity>>;
  for (const entry of [...entries].sort(byName)) {
    const entity: Entity = { ...entry, articles: [], children: [], mentions: 0, monthly: new Map() };
    maps[entry.kind].set(entry.slug, entity);
    names[entry.kind].set(entry.name, entity);
  }
  for (const kind of entityKinds) {
    for (const entity of maps[kind].values()) if (entity.parent) maps[kind].get(entity.parent)?.children.push(entity);
  }
  const unknown = new Map<string, { kind: EntityKind; name: string }>();
  for (const article of articles) {
    for (const kind of entityKinds) {
      // A story about a part is a story about the whole: each ancestor lists it once.
      const listed = new Set<Entity>();
      for (const tag of article.tags[kind]) {
        const entity = names[kind].get(tag.name);
        if (!entity) {
          unknown.set(`${kind}\u0000${tag.name}`, { kind, name: tag.name });
          continue;
        }
        entity.mentions += tag.mentions;
        const seen = new Set<string>();
        for (let at: Entity | undefined = entity; at && !seen.has(at.slug); at = at.parent ? maps[kind].get(at.parent) : undefined) {
          seen.add(at.slug);
          if (!listed.has(at)) {
            listed.add(at);
            at.articles.push(article);
          }
        }
      }
    }
  }
  for (const kind of entityKinds) {
    for (const entity of maps[kind].values()) {
      entity.articles.sort(compareNewestFirst);
      entity.monthly = monthlyCounts(entity.articles);
    }
  }
  const all = Object.fromEntries(entityKinds.map((k) => [k, [...maps[k].values()]])) as Record<EntityKind, Entity[]>;
  return {
    all,
    get: (kind, slug) => maps[kind].get(slug),
    byName: (kind, name) => names[kind].get(name),
    unknownTags: [...unknown.values()].sort((a, b) => compareStrings(a.kind + a.name, b.kind + b.name)),
  };
}

/** Most-covered first (article count, then mentions), ties by name; entities never reported are left out. */
export function mostCovered(entities: readonly Entity[], limit: number): Entity[] {
  return entities
    .filter((e) => e.articles.length > 0)
    .sort((a, b) => b.articles.length - a.articles.length || b.mentions - a.mentions || byName(a, b))
    .slice(0, limit);
}

/** Index-page order: reported entities by count, then the rest by name. */
export function indexOrder(entities: readonly Entity[]): Entity[] {
  return [...entities].sort((a, b) => b.articles.length - a.articles.length || b.mentions - a.mentions || byName(a, b));
}

export interface RelatedEntity extends EntityRef {
  /** Articles shared with the entity the page is about. */
  shared: number;
  /** true when the taxonomy itself links the two. */
  declared: boolean;
}

/**
 * Entities that go with this one: districts of a project, projects of a district,
 * industries of both. Declared links from the taxonomy come first, then those that
 * share articles, most shared first.
 */
export function relatedEntities(entity: Entity, index: EntityIndex): Record<EntityKind, RelatedEntity[]> {
  const declared = new Set<string>();
  const key = (kind: EntityKind, slug: string): string => `${kind}/${slug}`;
  for (const slug of entity.districts) declared.add(key('districts', slug));
  for (const slug of entity.industries) declared.add(key('industries', slug));
  if (entity.parent) declared.add(key(entity.kind, entity.parent));
  for (const kind of entityKinds) {
    for (const other of index.all[kind]) {
      if (other === entity) continue;
      const points =
        (kind === entity.kind && other.parent === entity.slug) ||
        (entity.kind === 'districts' && other.districts.includes(entity.slug)) ||
        (entity.kind === 'industries' && other.industries.includes(entity.slug));
      if (points) declared.add(key(kind, other.slug));
    }
  }

  const shared = new Map<string, number>();
  const mine = new Set(entity.articles.map((a) => a.id));
  for (const kind of entityKinds) {
    for (const other of index.all[kind]) {
      if (other === entity) continue;
      const n = other.articles.filter((a) => mine.has(a.id)).length;
      if (n > 0) shared.set(key(kind, other.slug), n);
    }
  }

  const out = Object.fromEntries(entityKinds.map((k) => [k, [] as RelatedEntity[]])) as Record<EntityKind, RelatedEntity[]>;
  for (const kind of entityKinds) {
    for (const other of index.all[kind]) {
      const k = key(kind, other.slug);
      if (other === entity || (!declared.has(k) && !shared.has(k))) continue;
      out[kind].push({ kind, slug: other.slug, name: other.name, shared: shared.get(k) ?? 0, declared: declared.has(k) });
    }
    out[kind].sort((a, b) => Number(b.declared) - Number(a.declared) || b.shared - a.shared || byName(a, b));
  }
  return out;
}
