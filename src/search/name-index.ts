/**
 * The name index: every project, district, industry and tagged person, with its
 * aliases and Traditional spellings and exactly the articles that name it (tags
 * with at least one mention; implied tags such as a zone's district are left out).
 * Emitted as a small JSON file at build time; the search page and the header box
 * answer name queries from it before (and without) Pagefind.
 */
import type { Article } from '../schema/article.ts';
import type { Taxonomy } from '../schema/taxonomy.ts';
import { compareNewestFirst, displayTitle } from '../utils/articles.ts';
import type { EntityEntry } from '../utils/entities.ts';
import { taxonomyEntries } from '../utils/taxonomy-entries.ts';
import { articlePath, entityPath } from '../utils/urls.ts';
import { nameKinds, type IndexedArticle, type NameEntry, type NameIndex, type NameKind } from './model.ts';
import { traditionalForms } from './traditional.ts';
import { buildMatcher, leftmostLongest } from '../pipeline/tag/matcher.ts';
import { simplifiedText } from '../utils/simplified-text.ts';
import { compareStrings } from '../lib/compare.ts';

const uniqueSorted = (values: Iterable<string>): string[] => [...new Set(values)].sort(compareStrings);

/**
 * Entries come from the taxonomy as the site shows it (places outside Tianjin have
 * no pages and are left out), then from the tags: a tag the taxonomy does not list,
 * and every person, becomes an entry without a page. Industries are found by their
 * name only: their `signals` are ordinary words (冷链, 机器人) that free-text search
 * answers better than a tag list.
 */
/** `ordered`: the records, in the order of `articles`. */
export function buildNameIndex(taxonomy: Taxonomy, articles: readonly Article[]): NameIndex & { ordered: Article[] } {
  const ordered = [...articles].sort(compareNewestFirst);
  const rows: IndexedArticle[] = ordered.map((a) => ({
    id: a.id,
    url: articlePath(a.id),
    title: displayTitle(a),
    date: a.published,
    districts: a.tags.districts.map((t) => t.name),
    industries: a.tags.industries.map((t) => t.name),
    projects: a.tags.projects.map((t) => t.name),
  }));

  const entries = new Map<string, NameEntry>();
  const key = (kind: NameKind, name: string): string => `${kind}\u0000${name}`;
  const entry = (kind: NameKind, name: string, aliases: readonly string[], url: string | null): NameEntry => {
    const existing = entries.get(key(kind, name));
    if (existing) return existing;
    const cleanAliases = uniqueSorted(aliases.filter((a) => a !== name && a.trim() !== ''));
    const created: NameEntry = {
      kind,
      name,
      aliases: cleanAliases,
      forms: uniqueSorted([name, ...cleanAliases].flatMap(traditionalForms)),
      url,
      count: 0,
      hits: [],
    };
    entries.set(key(kind, name), created);
    return created;
  };

  const sources = taxonomyEntries(taxonomy);
  for (const source of sources) {
    const e = entry(source.kind, source.name, source.aliases, entityPath(source.kind, source.slug));
    if (source.discovered) e.discovered = true;
  }
  // A search for a whole lists its parts' stories too (天开园 lists the 天开河西园 story).
  const ancestors = ancestorNames(sources);
  ordered.forEach((article, index) => {
    for (const kind of nameKinds) {
      const mentions = new Map<string, number>();
      for (const tag of article.tags[kind]) {
        const named = new Set([tag.name, ...(tag.mentions > 0 ? (ancestors.get(key(kind, tag.name)) ?? []) : [])]);
        for (const name of named) mentions.set(name, (mentions.get(name) ?? 0) + tag.mentions);
      }
      for (const [name, count] of mentions) {
        const e = entry(kind, name, [], null);
        // A tag with no mentions is implied (a zone's district, a project's district): the
        // article does not name it, so a search for the name does not list it.
        if (count > 0) e.hits.push([index, count]);
      }
    }
  });

  addPassingMentions(ordered, sources, entries, key);

  const kindOrder = (k: NameKind): number => nameKinds.indexOf(k);
  const list = [...entries.values()];
  for (const e of list) {
    // Articles are indexed newest first, so the index breaks ties by date.
    e.hits.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    e.count = e.hits.length;
  }
  list.sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind) || b.count - a.count || compareStrings(a.name, b.name));
  return { articles: rows, entries: list, ordered };
}

/** For each entity (by kind and name), the names of its ancestors of the same kind, nearest first. */
function ancestorNames(sources: readonly EntityEntry[]): Map<string, string[]> {
  const bySlug = new Map(sources.map((e) => [`${e.kind}\u0000${e.slug}`, e]));
  const out = new Map<string, string[]>();
  for (const e of sources) {
    const names: string[] = [];
    for (let at = e.parent ? bySlug.get(`${e.kind}\u0000${e.parent}`) : undefined; at && !names.includes(at.name); at = at.parent ? bySlug.get(`${at.kind}\u0000${at.parent}`) : undefined) {
      names.push(at.name);
    }
    if (names.length > 0) out.set(`${e.kind}\u0000${e.name}`, names);
  }
  return out;
}

/**
 * Every article whose text names an entity (its name or an alias, as the pages show
 * them) without being tagged with it: one scan per article with one automaton over
 * all names, so the cost grows with the archive's text, not with names × articles.
 * Phrases an entity lists as `not` (南开大学 for 南开区) are matched too and win when
 * longer, so they never count as naming it.
 */
function addPassingMentions(
  ordered: readonly Article[],
  sources: readonly EntityEntry[],
  entries: Map<string, NameEntry>,
  key: (kind: NameKind, name: string) => string,
): void {
  const patterns: { text: string; value: NameEntry | null }[] = [];
  for (const source of sources) {
    const e = entries.get(key(source.kind, source.name));
    if (!e) continue;
    const forms = source.kind === 'industries' ? [source.name] : [source.name, ...source.aliases];
    for (const form of forms) if (form.length >= 2) patterns.push({ text: form, value: e });
    for (const phrase of source.not) patterns.push({ text: phrase, value: null });
  }
  const matcher = buildMatcher(patterns);
  const tagged = new Map<NameEntry, Set<number>>();
  const hitSet = (e: NameEntry): Set<number> => {
    let set = tagged.get(e);
    if (!set) tagged.set(e, (set = new Set(e.hits.map(([i]) => i))));
    return set;
  };
  ordered.forEach((article, index) => {
    const raw = [article.kicker, article.title, article.subtitle, ...article.paragraphs.map((p) => p.text)].filter(Boolean).join('\n');
    const simplified = simplifiedText(article, raw);
    const named = new Set<NameEntry>();
    for (const hit of leftmostLongest(matcher.scan(simplified))) if (hit.value) named.add(hit.value);
    for (const e of named) {
      if (hitSet(e).has(index)) continue;
      (e.passing ??= []).push(index);
    }
  });
}
