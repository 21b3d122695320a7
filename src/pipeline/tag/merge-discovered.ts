/**
 * Discovered projects across articles: each article tags the project-shaped
 * names it writes (see found-projects.ts); this pass, run once over all
 * records after the per-file parse, makes one entity of the spellings that
 * are one project and gives it a taxonomy entry marked `discovered`.
 *
 * Two spellings are one project when they share a key (玉湖冷链(天津)交易中心 /
 * 玉湖冷链交易中心, see projectKey), or when a short one is the tail of exactly
 * one longer one (中关村科技园 of 滨海中关村科技园). Both tests look names up in
 * hash maps, so the pass is linear in the number of tags (times the length of a
 * name), never pairwise over articles. The page address comes from the key
 * alone, so it does not move when other files are added.
 */
import type { Article, Milestone, Money, TagRef } from '../../schema/article.ts';
import { projectKey, projectSlug } from '../../schema/project-names.ts';
import type { Project, ProjectKind, Taxonomy } from '../../schema/taxonomy.ts';
import { branchOf, parkStems } from './projects.ts';
import { compareStrings } from '../../lib/compare.ts';

/** A tail shorter than this is too generic to stand for a longer name (科技园). */
const MIN_TAIL = 5;

interface Spelling {
  name: string;
  articles: number;
  mentions: number;
}

export interface DiscoveredGroup {
  slug: string;
  /** The spelling most articles use. */
  name: string;
  /** The other spellings, sorted. */
  aliases: string[];
  articles: number;
  mentions: number;
}


/** Groups the discovered tags of `articles` into projects, each spelling mapped to its group. */
export function groupDiscovered(articles: readonly Article[], taxonomy: Taxonomy): { groups: DiscoveredGroup[]; groupOf: Map<string, DiscoveredGroup> } {
  const byKey = new Map<string, Map<string, Spelling>>();
  for (const article of articles) {
    for (const tag of article.tags.projects) {
      if (!tag.discovered) continue;
      const key = projectKey(tag.name);
      const spellings = byKey.get(key) ?? new Map<string, Spelling>();
      const s = spellings.get(tag.name) ?? { name: tag.name, articles: 0, mentions: 0 };
      s.articles++;
      s.mentions += tag.mentions;
      spellings.set(tag.name, s);
      byKey.set(key, spellings);
    }
  }

  // A key that is the tail of exactly one longer key joins it; longest first, so chains end at their root.
  const longer = new Map<string, string[]>();
  for (const key of byKey.keys()) {
    for (let i = 1; key.length - i >= MIN_TAIL; i++) {
      const tail = key.slice(i);
      if (byKey.has(tail)) longer.set(tail, [...(longer.get(tail) ?? []), key]);
    }
  }
  const root = new Map<string, string>();
  const keys = [...byKey.keys()].sort((a, b) => b.length - a.length || compareStrings(a, b));
  for (const key of keys) {
    const hosts = longer.get(key) ?? [];
    root.set(key, hosts.length === 1 ? (root.get(hosts[0]!) ?? hosts[0]!) : key);
  }

  const taken = new Set(taxonomy.projects.map((p) => p.slug));
  const members = new Map<string, Spelling[]>();
  for (const key of keys) {
    const r = root.get(key)!;
    members.set(r, [...(members.get(r) ?? []), ...byKey.get(key)!.values()]);
  }
  const groups: DiscoveredGroup[] = [];
  const groupOf = new Map<string, DiscoveredGroup>();
  for (const [key, spellings] of [...members].sort((a, b) => compareStrings(a[0], b[0]))) {
    // The spelling most used; on a tie the one without a trailing 项目 (the 中心, not the 中心项目), then the fuller one.
    const tail = (s: Spelling): number => Number(s.name.endsWith('项目') && !key.endsWith('项目'));
    const ranked = [...spellings].sort(
      (a, b) => b.articles - a.articles || b.mentions - a.mentions || tail(a) - tail(b) || b.name.length - a.name.length || compareStrings(a.name, b.name),
    );
    const base = projectSlug(key);
    const group: DiscoveredGroup = {
      slug: taken.has(base) ? `${base}-found` : base,
      name: ranked[0]!.name,
      aliases: ranked.slice(1).map((s) => s.name).sort(compareStrings),
      articles: ranked.reduce((n, s) => n + s.articles, 0),
      mentions: ranked.reduce((n, s) => n + s.mentions, 0),
    };
    groups.push(group);
    for (const s of spellings) groupOf.set(s.name, group);
  }
  return { groups, groupOf };
}

const KINDS: [RegExp, ProjectKind][] = [
  [/基地$/, 'base'],
  [/(?:园|园区|科技城|科学城|新城|产业城|航天城|示范区|集聚区|聚集区|小镇|孵化器)$/, 'park'],
  [/中心$/, 'platform'],
];

function kindOf(name: string): ProjectKind {
  return KINDS.find(([pattern]) => pattern.test(name))?.[1] ?? 'project';
}

/**
 * The records with every discovered spelling replaced by its project's name (in
 * tags, money and milestones), and the taxonomy with the discovered projects
 * added. Pure and deterministic: the same records in any order give the same result.
 */
export function mergeDiscovered(articles: readonly Article[], taxonomy: Taxonomy): { articles: Article[]; taxonomy: Taxonomy } {
  const { groups, groupOf } = groupDiscovered(articles, taxonomy);
  if (groups.length === 0) return { articles: [...articles], taxonomy };
  const rename = (name: string | null): string | null => (name === null ? null : (groupOf.get(name)?.name ?? name));
  const merged = articles.map((article) => {
    if (!article.tags.projects.some((t) => t.discovered)) return article;
    const projects = new Map<string, TagRef>();
    for (const tag of article.tags.projects) {
      const name = tag.discovered ? rename(tag.name)! : tag.name;
      const seen = projects.get(name);
      if (seen) seen.mentions += tag.mentions;
      else projects.set(name, { ...tag, name });
    }
    const money: Money[] = article.money.map((m) => ({ ...m, project: rename(m.project) }));
    const milestones: Milestone[] = article.milestones.map((m) => ({ ...m, project: rename(m.project) }));
    const sorted = [...projects.values()].sort((a, b) => b.mentions - a.mentions || compareStrings(a.name, b.name));
    return { ...article, tags: { ...article.tags, projects: sorted }, money, milestones };
  });
  const stems = { parkStems: parkStems(taxonomy) };
  const placeOf = placeFinder(taxonomy);
  const found: Project[] = groups.map((g) => ({
    slug: g.slug,
    name: g.name,
    kind: kindOf(g.name),
    aliases: g.aliases,
    districts: placeOf(g, merged),
    industries: [],
    parent: branchOf(g.name, stems),
    not: [],
    description: null,
    discovered: true,
  }));
  return { articles: merged, taxonomy: { ...taxonomy, projects: [...taxonomy.projects, ...found] } };
}

/**
 * Where a discovered project is: the place its name holds (蓟州区万达广场, 东丽郊野公园), else the
 * one place every article about it is tagged with (the zone rather than the district it lies in);
 * none when they disagree.
 */
function placeFinder(taxonomy: Taxonomy): (group: DiscoveredGroup, articles: readonly Article[]) => string[] {
  const places = taxonomy.districts.filter((d) => d.kind !== 'other-place');
  const forms = places.flatMap((d) => [d.name, ...d.aliases].map((form) => ({ form, slug: d.slug }))).sort((a, b) => b.form.length - a.form.length);
  const bySlug = new Map(places.map((d) => [d.slug, d]));
  const slugOf = new Map(places.map((d) => [d.name, d.slug]));
  const ancestors = (slug: string): string[] => {
    const out: string[] = [];
    for (let at = bySlug.get(slug)?.parent ?? null; at; at = bySlug.get(at)?.parent ?? null) out.push(at);
    return out;
  };
  return (group, articles) => {
    const named = new Set(
      [group.name, ...group.aliases].flatMap((name) => {
        const hit = forms.find((f) => name.includes(f.form));
        return hit ? [hit.slug] : [];
      }),
    );
    if (named.size === 1) return [...named];
    const spellings = new Set([group.name, ...group.aliases]);
    const tagged = articles
      .filter((article) => article.tags.projects.some((t) => t.discovered && spellings.has(t.name)))
      .map((article) => new Set(article.tags.districts.map((t) => slugOf.get(t.name)).filter((s): s is string => s !== undefined)));
    if (tagged.length === 0) return [];
    const shared = [...tagged[0]!].filter((s) => tagged.every((own) => own.has(s)));
    const specific = shared.filter((s) => !shared.some((other) => ancestors(other).includes(s)));
    return specific.length === 1 ? specific : [];
  };
}
