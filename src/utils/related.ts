/**
 * Related articles: same project first, then same district, then same industry;
 * within a tier, more shared tags first, then closer in date.
 */
import type { Article } from '../schema/article.ts';
import { dayNumber } from './dates.ts';
import { compareStrings } from '../lib/compare.ts';

const RELATED_KINDS = ['projects', 'districts', 'industries'] as const;
type RelatedKind = (typeof RELATED_KINDS)[number];

/**
 * What ranking reads of an article: an Article, or these fields of it alone (what a worker
 * thread is sent to rank ahead of the pages, see routes/article-ahead.ts).
 */
export interface Relatable {
  id: string;
  published: string | null;
  tags: Record<RelatedKind, readonly { name: string }[]>;
}

export interface RelatedArticle<A extends Relatable = Article> {
  article: A;
  /** 2 = shares a project, 1 = shares a district, 0 = shares an industry. */
  tier: 0 | 1 | 2;
  sharedTags: number;
  /** Days between the two publication dates; null when either is undated. */
  daysApart: number | null;
}


/**
 * What ranking compares of an article. Tag names become small numbers (one per kind and
 * name), so comparing two articles is a few integer tests rather than string hashing:
 * every article page compares its own with a few hundred candidates'.
 */
interface Profile<A extends Relatable> {
  article: A;
  projects: number[];
  districts: number[];
  industries: number[];
  /** Days since 1970 of its date, null when undated. */
  day: number | null;
}

type TagIds = Map<string, number>;

function tagNumbers(ids: TagIds, article: Relatable, kind: RelatedKind): number[] {
  const out: number[] = [];
  for (const t of article.tags[kind]) {
    const key = `${kind}:${t.name}`;
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    if (!out.includes(id)) out.push(id);
  }
  return out;
}

function profileOf<A extends Relatable>(ids: TagIds, article: A): Profile<A> {
  return {
    article,
    projects: tagNumbers(ids, article, 'projects'),
    districts: tagNumbers(ids, article, 'districts'),
    industries: tagNumbers(ids, article, 'industries'),
    day: article.published ? dayNumber(article.published) : null,
  };
}

/** Shared entries of two short lists without repeats (an article carries a handful of tags). */
function overlap(a: readonly number[], b: readonly number[]): number {
  let n = 0;
  for (const x of a) if (b.includes(x)) n += 1;
  return n;
}

const compareRelated = (a: RelatedArticle<Relatable>, b: RelatedArticle<Relatable>): number =>
  b.tier - a.tier || b.sharedTags - a.sharedTags || (a.daysApart ?? Infinity) - (b.daysApart ?? Infinity) || compareStrings(a.article.id, b.article.id);

function rank<A extends Relatable>(mine: Profile<A>, candidates: Iterable<Profile<A>>, limit: number): RelatedArticle<A>[] {
  // The best `limit` so far, in order: a page shows six of hundreds of candidates, so none is sorted whole.
  const best: RelatedArticle<A>[] = [];
  for (const theirs of candidates) {
    if (theirs.article.id === mine.article.id) continue;
    const projects = overlap(mine.projects, theirs.projects);
    const districts = overlap(mine.districts, theirs.districts);
    const industries = overlap(mine.industries, theirs.industries);
    const tier = projects > 0 ? 2 : districts > 0 ? 1 : industries > 0 ? 0 : null;
    if (tier === null) continue;
    const daysApart = mine.day !== null && theirs.day !== null ? Math.abs(mine.day - theirs.day) : null;
    const sharedTags = projects + districts + industries;
    // Most candidates rank below a full list's last: tell without making a record of them.
    if (best.length === limit && limit > 0) {
      const last = best[limit - 1]!;
      const order = last.tier - tier || last.sharedTags - sharedTags || (daysApart ?? Infinity) - (last.daysApart ?? Infinity);
      if (order > 0 || (order === 0 && theirs.article.id > last.article.id)) continue;
    }
    const related: RelatedArticle<A> = { article: theirs.article, tier, sharedTags, daysApart };
    let at = best.length;
    while (at > 0 && compareRelated(related, best[at - 1]!) < 0) at -= 1;
    if (at >= limit) continue;
    best.splice(at, 0, related);
    if (best.length > limit) best.pop();
  }
  return best;
}

/** The `limit` articles of `candidates` most related to `article`. */
export function relatedArticles<A extends Relatable>(article: A, candidates: readonly A[], limit = 5): RelatedArticle<A>[] {
  const ids: TagIds = new Map();
  return rank(
    profileOf(ids, article),
    candidates.map((c) => profileOf(ids, c)),
    limit,
  );
}

/** How many articles either side, in date order, each shared tag contributes as candidates. */
const NEAR = 40;

export interface RelatedIndex<A extends Relatable = Article> {
  /** Articles worth ranking as related to one article: those nearest in date under each of its tags. */
  candidates: (article: A) => A[];
  /** The `limit` candidates most related to the article, as relatedArticles() ranks them. */
  related: (article: A, limit: number) => RelatedArticle<A>[];
}

/**
 * Candidate lists per tag, built once per site. Looking only at the articles nearest in
 * date under each tag the article carries keeps related articles linear in the archive,
 * where comparing every pair would be quadratic.
 */
export function buildRelatedIndex<A extends Relatable>(chronological: readonly A[]): RelatedIndex<A> {
  const ids: TagIds = new Map();
  const profiles = chronological.map((a) => profileOf(ids, a));
  const position = new Map(chronological.map((a, i) => [a.id, i]));
  /** Per tag the positions of its articles, in date order. */
  const byTag: number[][] = [];
  for (const [i, p] of profiles.entries()) {
    for (const kind of RELATED_KINDS) for (const id of p[kind]) (byTag[id] ??= []).push(i);
  }
  // Which call last offered each article: one under several tags is offered once, without a Set per page.
  const offered = new Uint32Array(chronological.length);
  let call = 0;
  const candidatePositions = (article: A): number[] => {
    const at = position.get(article.id) ?? 0;
    const out: number[] = [];
    call += 1;
    for (const kind of RELATED_KINDS) {
      for (const t of article.tags[kind]) {
        const list = byTag[ids.get(`${kind}:${t.name}`) ?? -1];
        if (!list) continue;
        // Lists are in date order; find where this article sits and take its neighbours.
        let lo = 0;
        let hi = list.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (list[mid]! < at) lo = mid + 1;
          else hi = mid;
        }
        const end = Math.min(list.length, lo + NEAR + 1);
        for (let i = Math.max(0, lo - NEAR); i < end; i += 1) {
          const p = list[i]!;
          if (offered[p] === call) continue;
          offered[p] = call;
          out.push(p);
        }
      }
    }
    return out;
  };
  return {
    candidates: (article) => candidatePositions(article).map((p) => chronological[p]!),
    related: (article, limit) => {
      const at = position.get(article.id);
      const mine = at !== undefined && profiles[at]!.article === article ? profiles[at]! : profileOf(ids, article);
      return rank(
        mine,
        candidatePositions(article).map((p) => profiles[p]!),
        limit,
      );
    },
  };
}
