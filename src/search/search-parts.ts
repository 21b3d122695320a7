/**
 * The search data in files that do not grow with the archive as a whole, so a
 * first search fetches only what its first screen shows:
 *
 * - /search/names.json: every entry's names, forms, link and count (no articles),
 *   every facet value, and the character table. Matching a query and suggesting
 *   names need only this.
 * - /search/hits/<n>.json: the articles of entry n (its place in names.json) with
 *   their mentions, in the entry's order, and of each only what filtering and sorting
 *   need (date, and its facet values as numbers into names.json's lists).
 * - /search/rows/<n>-<c>.json: titles, links and the excerpt around the name for
 *   entry n's articles c·ROWS_PER_FILE… (hits, then passing mentions): a page of
 *   results loads the few files its rows are in.
 * - /search/articles.json: every article, for browsing by filters alone.
 *
 * Hits name an article by its place in the whole index, so results merged from a
 * few files order and tie-break exactly as they would over the whole index.
 * Browser-safe: no build-only imports.
 */
import { allFacetValues, facets, type ArticleFacets, type Facet, type IndexedArticle, type NameEntry, type SearchData } from './model.ts';

export interface NamesFile {
  /** Entries with `hits` left empty; their files hold them. */
  entries: NameEntry[];
  chars: string;
  /** SearchData.keepNames: few, and needed to draw any result. */
  keepNames?: string[];
  /** How many articles the whole index has. */
  total: number;
  /** Every facet value, sorted: the menus of a free-text search, and what hits files number. */
  values: Record<Facet, string[]>;
}

/** An article's facets in a hits file: its date, then its district, industry and project values as places in NamesFile.values. */
export type PackedFacets = [date: string | null, districts: number[], industries: number[], projects: number[]];

export interface HitsFile {
  /** [place of the article in the whole index, mentions], as NameEntry.hits. */
  hits: [number, number][];
  /** hits[k]'s article's facets. */
  facets: PackedFacets[];
  /** Places of the articles that name entry n only in passing (NameEntry.passing), and their facets. */
  passing?: number[];
  passingFacets?: PackedFacets[];
}

/** What a result row shows of an article besides its date. */
export interface RowData {
  url: string;
  title: string;
  /** The passage around the entry's name (with … where it is cut), to be marked when drawn. */
  excerpt?: string;
}

/** Rows per rows file: a page of results (10) mostly needs one or two. */
export const ROWS_PER_FILE = 20;

export const NAMES_PATH = '/search/names.json';
export const ALL_ARTICLES_PATH = '/search/articles.json';
export const hitsPath = (entry: number): string => `/search/hits/${entry}.json`;
export const rowsPath = (entry: number, chunk: number): string => `/search/rows/${entry}-${chunk}.json`;

/** The passage of an article (by place) around an entry's name; undefined when its text does not show the name. */
export type ExcerptSource = (place: number, entry: NameEntry) => string | undefined;

export interface SearchFiles {
  names: NamesFile;
  hits: HitsFile[];
  articles: IndexedArticle[];
  /** Every rows file, as [entry, chunk]. */
  rowFiles: [number, number][];
  /** The rows of one rows file, made when asked (excerpts are cut from the article's text). */
  rows: (entry: number, chunk: number) => RowData[];
}

/** Entry n's articles in rows-file order: its hits, then its passing mentions. */
const rowPlaces = (entry: NameEntry): number[] => [...entry.hits.map(([at]) => at), ...(entry.passing ?? [])];

export function splitSearchData(data: SearchData, excerpt: ExcerptSource = () => undefined): SearchFiles {
  const values = data.values ?? allFacetValues(data.articles);
  const numbers = Object.fromEntries(facets.map((f) => [f, new Map(values[f].map((v, i) => [v, i]))])) as Record<Facet, Map<string, number>>;
  const pack = (at: number): PackedFacets => {
    const a = data.articles[at]!;
    return [a.date, a.districts.map((v) => numbers.district.get(v)!), a.industries.map((v) => numbers.industry.get(v)!), a.projects.map((v) => numbers.project.get(v)!)];
  };
  const rowFiles: [number, number][] = [];
  data.entries.forEach((e, n) => {
    const files = Math.ceil(rowPlaces(e).length / ROWS_PER_FILE);
    for (let c = 0; c < files; c += 1) rowFiles.push([n, c]);
  });
  return {
    // Passing mentions grow with the archive like hits, so they travel in the entry's own file.
    names: {
      entries: data.entries.map(({ passing: _passing, ...e }) => ({ ...e, hits: [] })),
      chars: data.chars,
      ...(data.keepNames ? { keepNames: data.keepNames } : {}),
      total: data.articles.length,
      values,
    },
    hits: data.entries.map((e) => ({
      hits: e.hits,
      facets: e.hits.map(([at]) => pack(at)),
      ...(e.passing ? { passing: e.passing, passingFacets: e.passing.map(pack) } : {}),
    })),
    articles: data.articles,
    rowFiles,
    rows: (n, c) => {
      const entry = data.entries[n]!;
      const tagged = entry.hits.length;
      return rowPlaces(entry)
        .slice(c * ROWS_PER_FILE, (c + 1) * ROWS_PER_FILE)
        .map((at, i) => {
          const { url, title } = data.articles[at]!;
          // Passing mentions are listed without excerpts.
          const passage = c * ROWS_PER_FILE + i < tagged ? excerpt(at, entry) : undefined;
          return passage === undefined ? { url, title } : { url, title, excerpt: passage };
        });
    },
  };
}

function unpack(packed: PackedFacets, values: Record<Facet, string[]>): ArticleFacets {
  const [date, districts, industries, projects] = packed;
  return { date, districts: districts.map((i) => values.district[i]!), industries: industries.map((i) => values.industry[i]!), projects: projects.map((i) => values.project[i]!) };
}

/**
 * The search data as far as it is loaded: entries whose file is in `hits` carry
 * their hits, others none; `articles` holds the facets of the loaded files'
 * articles (every article when `all` is given) in their order in the whole index,
 * and the hits point into it, so ties break as over the whole index.
 */
export function mergeSearchData<A extends ArticleFacets = ArticleFacets>(names: NamesFile, hits: ReadonlyMap<number, HitsFile>, all?: readonly A[]): SearchData<A | ArticleFacets> {
  const byPlace = new Map<number, A | ArticleFacets>();
  all?.forEach((article, at) => byPlace.set(at, article));
  for (const file of hits.values()) {
    file.hits.forEach(([at], k) => byPlace.has(at) || byPlace.set(at, unpack(file.facets[k]!, names.values)));
    file.passing?.forEach((at, k) => byPlace.has(at) || byPlace.set(at, unpack(file.passingFacets![k]!, names.values)));
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

/**
 * Where entry `entry`'s row of article `place` (an index into the merged data's
 * articles) is: [rows file chunk, row in it]; null when the entry does not list it.
 */
export function rowPlace(entry: NameEntry, place: number): [number, number] | null {
  const k = rowPlaces(entry).indexOf(place);
  return k === -1 ? null : [Math.floor(k / ROWS_PER_FILE), k % ROWS_PER_FILE];
}

/** The whole search data from a built site (tests and scripts): `read` gets a site path. */
export function readSearchData(read: (path: string) => string): SearchData {
  const names = JSON.parse(read(NAMES_PATH)) as NamesFile;
  const entries = names.entries.map((entry, n): NameEntry => {
    const file = JSON.parse(read(hitsPath(n))) as HitsFile;
    return { ...entry, hits: file.hits, ...(file.passing ? { passing: file.passing } : {}) };
  });
  const articles = JSON.parse(read(ALL_ARTICLES_PATH)) as IndexedArticle[];
  return { entries, articles, chars: names.chars, values: names.values, ...(names.keepNames ? { keepNames: names.keepNames } : {}) };
}
