/**
 * The shapes of the search data (/search/names.json) and the facets, shared by the
 * build (name-index.ts, search-data.ts) and the browser. Kept free of build-only
 * dependencies (opencc-js), so importing it never pulls a dictionary into a page.
 */
import { compareStrings } from '../lib/compare.ts';

/** The tag groups of an article record that readers search by name. */
export const nameKinds = ['projects', 'districts', 'industries', 'people'] as const;
export type NameKind = (typeof nameKinds)[number];

/** The facets a search can be narrowed by; values are canonical names (and years). Also Pagefind's filter keys. */
export const facets = ['district', 'industry', 'project', 'year'] as const;
export type Facet = (typeof facets)[number];

/** What filtering and sorting a result list needs of an article. */
export interface ArticleFacets {
  /** YYYY-MM-DD, or null when the record has no date. */
  date: string | null;
  /** Canonical names of its tags, the values of the district/industry/project facets. */
  districts: string[];
  industries: string[];
  projects: string[];
}

export interface IndexedArticle extends ArticleFacets {
  id: string;
  url: string;
  title: string;
}

export interface NameEntry {
  kind: NameKind;
  /** Canonical name, as the tags carry it. */
  name: string;
  aliases: string[];
  /** Traditional spellings of the name and aliases (Taiwan, Taiwan phrases, Hong Kong). */
  forms: string[];
  /** Its page; null for people and for tags the taxonomy does not list. */
  url: string | null;
  /** A project found in the news by its shape, not confirmed by an editor. */
  discovered?: true;
  /** Number of articles that mention it. */
  count: number;
  /** [index into `articles`, mentions in that article], most mentions first, then newest. */
  hits: [number, number][];
  /**
   * Articles (indexes into `articles`, newest first) whose text names it or an alias only in
   * passing, inside another name or a list, without being tagged with it. Absent when none.
   */
  passing?: number[];
}

export interface NameIndex<A extends ArticleFacets = IndexedArticle> {
  /**
   * Every article, newest first. In the browser, as far as loaded: only the facets of
   * the articles of the entries whose files came (their rows come a page at a time).
   */
  articles: A[];
  /** Projects, districts, industries, people; within a kind most-covered first, then by name. */
  entries: NameEntry[];
}

export interface SearchData<A extends ArticleFacets = IndexedArticle> extends NameIndex<A> {
  /** Traditional → Simplified character pairs (see encodeCharMap in query-fold.ts). */
  chars: string;
  /**
   * People's names (reporters, photographers, editors, tagged people) that the 简/繁
   * switch would change, sorted: text the search draws keeps them as printed, as the
   * pages do. Absent when none.
   */
  keepNames?: string[];
  /**
   * Every value of each facet in the archive, sorted: the menus of a free-text search,
   * so that it need not load Pagefind's filter index (which grows with every article).
   */
  values?: Record<Facet, string[]>;
}

/** Every value of each facet that some article has, sorted. */
export function allFacetValues(articles: readonly ArticleFacets[]): Record<Facet, string[]> {
  return Object.fromEntries(facets.map((f) => [f, [...new Set(articles.flatMap((a) => facetValues(a, f)))].sort(compareStrings)])) as Record<Facet, string[]>;
}

/** The articles of an entry, in its hit order (most mentions first). */
export function entryArticles(index: NameIndex, entry: NameEntry): IndexedArticle[] {
  return entry.hits.map(([i]) => index.articles[i]!);
}

/** The facet values of an article: its tags, and the year of its date. */
export function facetValues(article: ArticleFacets, facet: Facet): string[] {
  switch (facet) {
    case 'district':
      return article.districts;
    case 'industry':
      return article.industries;
    case 'project':
      return article.projects;
    case 'year':
      return article.date ? [article.date.slice(0, 4)] : [];
  }
}
