/**
 * The search data in files that do not grow with the archive as a whole, so a
 * first search fetches only what it needs:
 *
 * - /search/names.json: every entry's names, forms, link and count (no articles),
 *   and the character table. Matching a query and suggesting names need only this.
 * - /search/hits/<n>.json: the articles of entry n (its place in names.json), with
 *   their mentions, in the entry's order. A query naming an entity loads its file.
 * - /search/articles.json: every article, for browsing by filters alone.
 *
 * Hits name an article by its place in the whole index, so results merged from a
 * few files order and tie-break exactly as they would over the whole index.
 * Browser-safe: no build-only imports.
 */
import type { IndexedArticle, NameEntry, SearchData } from './model.ts';

export interface NamesFile {
  /** Entries with `hits` left empty; their files hold them. */
  entries: NameEntry[];
  chars: string;
  /** SearchData.keepNames: few, and needed to draw any result. */
  keepNames?: string[];
  /** How many articles the whole index has. */
  total: number;
  /** SearchData.values: every facet value, for the menus of a free-text search. */
  values?: SearchData['values'];
}

export interface HitsFile {
  /** [place of the article in the whole index, mentions], as NameEntry.hits. */
  hits: [number, number][];
  /** hits[k]'s article. */
  articles: IndexedArticle[];
  /** Places of the articles that name entry n only in passing (NameEntry.passing), and those articles. */
  passing?: number[];
  passingArticles?: IndexedArticle[];
}

export const NAMES_PATH = '/search/names.json';
export const ALL_ARTICLES_PATH = '/search/articles.json';
export const hitsPath = (entry: number): string => `/search/hits/${entry}.json`;

export interface SearchFiles {
  names: NamesFile;
  hits: HitsFile[];
  articles: IndexedArticle[];
}

export function splitSearchData(data: SearchData): SearchFiles {
  return {
    // Passing mentions grow with the archive like hits, so they travel in the entry's own file.
    names: {
      entries: data.entries.map(({ passing: _passing, ...e }) => ({ ...e, hits: [] })),
      chars: data.chars,
      ...(data.keepNames ? { keepNames: data.keepNames } : {}),
      total: data.articles.length,
      values: data.values,
    },
    hits: data.entries.map((e) => ({
      hits: e.hits,
      articles: e.hits.map(([i]) => data.articles[i]!),
      ...(e.passing ? { passing: e.passing, passingArticles: e.passing.map((i) => data.articles[i]!) } : {}),
    })),
    articles: data.articles,
  };
}

/**
 * The search data as far as it is loaded: entries whose file is in `hits` carry
 * their hits, others none; `articles` holds the articles of the loaded files (every
 * article when `all` is given) in their order in the whole index, and the hits
 * point into it, so ties break as over the whole index.
 */
export function mergeSearchData(names: NamesFile, hits: ReadonlyMap<number, HitsFile>, all?: readonly IndexedArticle[]): SearchData {
  const byPlace = new Map<number, IndexedArticle>();
  all?.forEach((article, at) => byPlace.set(at, article));
  for (const file of hits.values()) {
    file.hits.forEach(([at], k) => byPlace.set(at, file.articles[k]!));
    file.passing?.forEach((at, k) => byPlace.set(at, file.passingArticles![k]!));
  }
  const places = [...byPlace.keys()].sort((a, b) => a - b);
  const local = new Map(places.map((at, i) => [at, i]));
  const entries = names.entries.map((entry, n) => {
    const file = hits.get(n);
    if (!file) return entry;
    const merged: NameEntry = { ...entry, hits: file.hits.map(([at, mentions]): [number, number] => [local.get(at)!, mentions]) };
    if (file.passing) merged.passing = file.passing.map((at) => local.get(at)!);
    return merged;
  });
  return { entries, articles: places.map((at) => byPlace.get(at)!), chars: names.chars, values: names.values, ...(names.keepNames ? { keepNames: names.keepNames } : {}) };
}

/** The whole search data from a built site (tests and scripts): `read` gets a site path. */
export function readSearchData(read: (path: string) => string): SearchData {
  const names = JSON.parse(read(NAMES_PATH)) as NamesFile;
  const hits = new Map(names.entries.map((_, n) => [n, JSON.parse(read(hitsPath(n))) as HitsFile]));
  return mergeSearchData(names, hits, JSON.parse(read(ALL_ARTICLES_PATH)) as IndexedArticle[]);
}
