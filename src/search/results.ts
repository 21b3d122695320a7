/**
 * The article list of a name query, narrowed and ordered the way the reader asked.
 * Pure functions over the name index; the same facets and orders as the Pagefind
 * side, so the two kinds of result behave alike.
 */
import { facets, facetValues, type Facet, type ArticleFacets, type NameEntry, type NameIndex } from './model.ts';
import { compareDatesNewestFirst } from '../lib/compare.ts';

export type SortOrder = 'relevance' | 'date';
/** One selected value per facet (the UI offers a single choice per facet). */
export type FacetFilter = Partial<Record<Facet, string>>;
export type FacetCounts = Record<Facet, Record<string, number>>;

export interface NameHit<A extends ArticleFacets = ArticleFacets> {
  /** Its index in `index.articles`. */
  place: number;
  article: A;
  /** Mentions summed over the entries the query named. */
  mentions: number;
}

/** The articles that mention any of `entries`, each once, most mentions first, then newest. */
export function hitsForEntries<A extends ArticleFacets>(index: NameIndex<A>, entries: readonly NameEntry[]): NameHit<A>[] {
  const byArticle = new Map<number, number>();
  for (const entry of entries) for (const [i, n] of entry.hits) byArticle.set(i, (byArticle.get(i) ?? 0) + n);
  return [...byArticle.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .map(([i, mentions]) => ({ place: i, article: index.articles[i]!, mentions }));
}

function matchesFilter(article: ArticleFacets, filter: FacetFilter): boolean {
  return facets.every((facet) => {
    const wanted = filter[facet];
    return wanted === undefined || facetValues(article, facet).includes(wanted);
  });
}

export function applyFilter<T extends { article: ArticleFacets }>(hits: readonly T[], filter: FacetFilter): T[] {
  return hits.filter((h) => matchesFilter(h.article, filter));
}

/** Newest first, undated last; otherwise the order given (relevance) is kept. */
export function sortHits<T extends { article: ArticleFacets }>(hits: readonly T[], order: SortOrder): T[] {
  if (order === 'relevance') return [...hits];
  return [...hits].sort((a, b) => compareDatesNewestFirst(a.article.date, b.article.date));
}

/** How many of `hits` carry each value of `only` (one facet), else of each facet. */
export function facetCounts(hits: readonly { article: ArticleFacets }[], only?: Facet): FacetCounts {
  const counts = Object.fromEntries(facets.map((f) => [f, {} as Record<string, number>])) as FacetCounts;
  const counted = only ? [only] : facets;
  for (const { article } of hits) {
    for (const facet of counted) {
      for (const value of facetValues(article, facet)) counts[facet][value] = (counts[facet][value] ?? 0) + 1;
    }
  }
  return counts;
}

/**
 * The choices each facet's menu offers: counts over the hits narrowed by the other
 * facets' selections only, so a reader can switch a facet's value without first
 * clearing it. Facets whose others are not narrowed share one count of all the hits.
 */
export function facetOptions(hits: readonly { article: ArticleFacets }[], filter: FacetFilter): FacetCounts {
  const out = facetCounts([]);
  let all: FacetCounts | undefined;
  for (const facet of facets) {
    const { [facet]: _own, ...others } = filter;
    out[facet] = Object.values(others).some((v) => v !== undefined) ? facetCounts(applyFilter(hits, others), facet)[facet] : (all ??= facetCounts(hits))[facet];
  }
  return out;
}
