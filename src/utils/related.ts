/**
 * Related articles: same project first, then same district, then same industry;
 * within a tier, more shared tags first, then closer in date.
 */
import type { Article } from '../schema/article.ts';
import { dayNumber } from './dates.ts';
import { compareStrings } from '../lib/compare.ts';

export interface RelatedArticle {
  article: Article;
  /** 2 = shares a project, 1 = shares a district, 0 = shares an industry. */
  tier: 0 | 1 | 2;
  sharedTags: number;
  /** Days between the two publication dates; null when either is undated. */
  daysApart: number | null;
}

type RelatedKind = 'projects' | 'districts' | 'industries';

/** Each article's tag names, made once per build: every article page compares its own with hundreds of candidates'. */
const tagNames = new WeakMap<Article, Record<RelatedKind, Set<string>>>();

function names(article: Article, kind: RelatedKind): Set<string> {
  let sets = tagNames.get(article);
  if (!sets) {
    const of = (k: RelatedKind): Set<string> => new Set(article.tags[k].map((t) => t.name));
    sets = { projects: of('projects'), districts: of('districts'), industries: of('industries') };
    tagNames.set(article, sets);
  }
  return sets[kind];
}

/** Days since 1970 of each article's date, parsed once per build rather than once per pair compared. */
const dayNumbers = new WeakMap<Article, number | null>();

function articleDay(article: Article): number | null {
  let day = dayNumbers.get(article);
  if (day === undefined) {
    day = article.published ? dayNumber(article.published) : null;
    dayNumbers.set(article, day);
  }
  return day;
}

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n += 1;
  return n;
}

const compareRelated = (a: RelatedArticle, b: RelatedArticle): number =>
  b.tier - a.tier || b.sharedTags - a.sharedTags || (a.daysApart ?? Infinity) - (b.daysApart ?? Infinity) || compareStrings(a.article.id, b.article.id);

export function relatedArticles(article: Article, candidates: readonly Article[], limit = 5): RelatedArticle[] {
  const mine = { projects: names(article, 'projects'), districts: names(article, 'districts'), industries: names(article, 'industries') };
  const day = articleDay(article);
  // The best `limit` so far, in order: a page shows six of hundreds of candidates, so none is sorted whole.
  const best: RelatedArticle[] = [];
  for (const other of candidates) {
    if (other.id === article.id) continue;
    const projects = overlap(mine.projects, names(other, 'projects'));
    const districts = overlap(mine.districts, names(other, 'districts'));
    const industries = overlap(mine.industries, names(other, 'industries'));
    const tier = projects > 0 ? 2 : districts > 0 ? 1 : industries > 0 ? 0 : null;
    if (tier === null) continue;
    const otherDay = articleDay(other);
    const daysApart = day !== null && otherDay !== null ? Math.abs(day - otherDay) : null;
    const related: RelatedArticle = { article: other, tier, sharedTags: projects + districts + industries, daysApart };
    let at = best.length;
    while (at > 0 && compareRelated(related, best[at - 1]!) < 0) at -= 1;
    if (at >= limit) continue;
    best.splice(at, 0, related);
    if (best.length > limit) best.pop();
  }
  return best;
}

/** How many articles either side, in date order, each shared tag contributes as candidates. */
const NEAR = 40;

/**
 * Candidate lists per tag, built once per site. Looking only at the articles nearest in
 * date under each tag the article carries keeps related articles linear in the archive,
 * where comparing every pair would be quadratic.
 */
export function buildRelatedIndex(chronological: readonly Article[]): (article: Article) => Article[] {
  const position = new Map(chronological.map((a, i) => [a.id, i]));
  /** Per tag its articles in date order, with their positions alongside for the search below. */
  const byTag = new Map<string, { articles: Article[]; positions: number[] }>();
  for (const [i, a] of chronological.entries()) {
    for (const kind of ['projects', 'districts', 'industries'] as const) {
      for (const t of a.tags[kind]) {
        const key = `${kind}:${t.name}`;
        let list = byTag.get(key);
        if (!list) byTag.set(key, (list = { articles: [], positions: [] }));
        list.articles.push(a);
        list.positions.push(i);
      }
    }
  }
  return (article) => {
    const at = position.get(article.id) ?? 0;
    const out = new Set<Article>();
    for (const kind of ['projects', 'districts', 'industries'] as const) {
      for (const t of article.tags[kind]) {
        const list = byTag.get(`${kind}:${t.name}`);
        if (!list) continue;
        // Lists are in date order; find where this article sits and take its neighbours.
        let lo = 0;
        let hi = list.positions.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (list.positions[mid]! < at) lo = mid + 1;
          else hi = mid;
        }
        const end = Math.min(list.articles.length, lo + NEAR + 1);
        for (let i = Math.max(0, lo - NEAR); i < end; i += 1) out.add(list.articles[i]!);
      }
    }
    return [...out];
  };
}
