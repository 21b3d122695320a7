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
  return relatedEntityIndex(index)(entity);
}

/**
 * relatedEntities for every entity of an index, from one pass over the index: the
 * articles each pair of entities shares are counted once per article, and the
 * taxonomy's links are looked up both ways. An entity page asking each other
 * entity for its overlap would cost entities × articles per page.
 */
export function relatedEntityIndex(index: EntityIndex): (entity: Entity) => Record<EntityKind, RelatedEntity[]> {
  const listers = new Map<Article, Entity[]>();
  // Entities whose `districts` / `industries` name a slug, keyed `kind/slug` of the named one.
  const pointing = new Map<string, Entity[]>();
  const push = <K, V>(map: Map<K, V[]>, key: K, value: V): void => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const kind of entityKinds) {
    for (const e of index.all[kind]) {
      for (const a of e.articles) push(listers, a, e);
      for (const slug of e.districts) push(pointing, `districts/${slug}`, e);
      for (const slug of e.industries) push(pointing, `industries/${slug}`, e);
    }
  }
  const shared = new Map<Entity, Map<Entity, number>>();
  for (const list of listers.values()) {
    for (const a of list) {
      let counts = shared.get(a);
      if (!counts) shared.set(a, (counts = new Map()));
      for (const b of list) if (b !== a) counts.set(b, (counts.get(b) ?? 0) + 1);
    }
  }
  return (entity) => {
    const declared = new Set<Entity>();
    const add = (e: Entity | undefined): void => {
      if (e && e !== entity) declared.add(e);
    };
    for (const slug of entity.districts) add(index.get('districts', slug));
    for (const slug of entity.industries) add(index.get('industries', slug));
    if (entity.parent) add(index.get(entity.kind, entity.parent));
    for (const child of entity.children) add(child);
    if (entity.kind === 'districts' || entity.kind === 'industries') for (const e of pointing.get(`${entity.kind}/${entity.slug}`) ?? []) add(e);
    const counts = shared.get(entity) ?? new Map<Entity, number>();
    const out = Object.fromEntries(entityKinds.map((k) => [k, [] as RelatedEntity[]])) as Record<EntityKind, RelatedEntity[]>;
    for (const other of new Set([...declared, ...counts.keys()])) {
      out[other.kind].push({ kind: other.kind, slug: other.slug, name: other.name, shared: counts.get(other) ?? 0, declared: declared.has(other) });
    }
    for (const kind of entityKinds) out[kind].sort((a, b) => Number(b.declared) - Number(a.declared) || b.shared - a.shared || byName(a, b));
    return out;
  };
}
