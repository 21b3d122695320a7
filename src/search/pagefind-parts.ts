/**
 * The full-text index in parts, so that no indexing process grows with the whole
 * archive: Pagefind holds an index in memory while it writes it (about 250 KB per
 * article here, so 3.5 GB at 10,000 articles and out of reach at 100,000). Each
 * part is indexed by its own Pagefind process, one after another; the browser loads
 * the newest part as its main bundle and merges the others with Pagefind's
 * multisite merge (`mergeIndex`).
 *
 * Parts are made by publication date: a year, or the year's quarters when it has
 * more than `maxPages` articles, or its months when a quarter has more. A part's
 * key depends only on its dates, so adding a paper re-indexes only the part it
 * falls in (unless its year or quarter then crosses the threshold). An archive
 * that fits one part is one index, as before.
 *
 * Merged results are ordered by score, and under a sort Pagefind's score is a
 * page's place within its own part, so a date sort across parts would interleave
 * them. Each page therefore carries its part as a filter, and a sorted search asks
 * part by part, newest part first (`sortedAcrossParts`). Browser-safe.
 */
import { compareStrings } from '../lib/compare.ts';
import type { PagefindApi, PagefindResponse, PagefindSearchOptions } from './text-search.ts';

/**
 * Above this many articles a year (then a quarter) is split: about 300 MB of Pagefind's
 * memory for a part, beside Astro's own 1.4 GB at 10,000 articles. Smaller parts would
 * save little more and cost the browser a request per part for every query.
 */
export const MAX_PART_PAGES = 1200;

/** The key of the one part of an archive that needs no split. */
const WHOLE = 'all';
const UNDATED_PART = 'undated';

/** The Pagefind filter that names a page's part (only set when there are several). */
export const PART_FILTER = 'part';

/** Where the browser finds the parts: the list, and each bundle but the first (which is /pagefind/ itself). */
export const PARTS_PATH = '/pagefind/parts.json';
export const partBundlePath = (key: string): string => `/pagefind/part/${key}/`;

/** A language's index in a Pagefind bundle, as the bundle's pagefind-entry.json names it. */
export interface PagefindLanguageIndex {
  hash: string;
  wasm: string | null;
  page_count: number;
  /** Its index chunks, from its metadata (integrations/pagefind-chunks.ts); absent when they could not be read. */
  chunks?: IndexChunk[];
}

/** One chunk of a Pagefind index: the first and last word it holds, and the hash that names its file (index/<hash>.pf_index). */
export type IndexChunk = [from: string, to: string, hash: string];

/** Code point order, the order of the UTF-8 bytes Pagefind compares words by (JavaScript's `<` differs past U+FFFF). */
function byCodePoint(a: string, b: string): number {
  const x = Array.from(a, (c) => c.codePointAt(0)!);
  const y = Array.from(b, (c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}

/**
 * The chunk files Pagefind will load for `query`: per word, the first chunk whose range holds it,
 * as Pagefind picks them (its request_indexes, strict boundaries). The words are the query's as
 * Pagefind normalizes them for a language it segments (punctuation dropped, lower case, accents
 * stripped); a query it would read otherwise costs a request for a chunk it does not use.
 */
export function queryChunks(chunks: readonly IndexChunk[], query: string): string[] {
  const words = query
    .replace(/[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu, '')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/\s+/)
    .filter(Boolean);
  const hashes = new Set<string>();
  for (const word of words) {
    const chunk = chunks.find(([from, to]) => byCodePoint(word, from) >= 0 && byCodePoint(word, to) <= 0);
    if (chunk) hashes.add(chunk[2]);
  }
  return [...hashes].sort(compareStrings);
}

export interface PartsFile {
  /** Part keys, newest first; the first is the main bundle. */
  parts: string[];
  /**
   * The main bundle's indexes by language, copied from its entry file: the page asks for
   * their metadata as soon as this list is in, beside Pagefind's script, instead of after
   * an entry file of its own or Pagefind's setup.
   */
  languages: Record<string, PagefindLanguageIndex>;
}

export interface Part<T> {
  key: string;
  items: T[];
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

const quarter = (date: string): string => `${date.slice(0, 4)}-q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;

/**
 * Items split into parts by date (YYYY-MM-DD, or null for undated), newest part
 * first, undated last; items keep their order within a part.
 */
export function partitionByDate<T>(items: readonly T[], dateOf: (item: T) => string | null, maxPages: number = MAX_PART_PAGES): Part<T>[] {
  if (items.length <= maxPages) return [{ key: WHOLE, items: [...items] }];
  const parts: Part<T>[] = [];
  const undated: T[] = [];
  const dated: T[] = [];
  for (const item of items) (dateOf(item) === null ? undated : dated).push(item);
  for (const [year, inYear] of groupBy(dated, (item) => dateOf(item)!.slice(0, 4))) {
    if (inYear.length <= maxPages) {
      parts.push({ key: year, items: inYear });
      continue;
    }
    const quarters = groupBy(inYear, (item) => quarter(dateOf(item)!));
    const split = [...quarters.values()].some((q) => q.length > maxPages) ? groupBy(inYear, (item) => dateOf(item)!.slice(0, 7)) : quarters;
    for (const [key, list] of split) parts.push({ key, items: list });
  }
  parts.sort((a, b) => compareStrings(b.key, a.key));
  if (undated.length > 0) parts.push({ key: UNDATED_PART, items: undated });
  return parts;
}

/**
 * Pagefind's API over merged parts, with sorted searches made part by part and
 * joined newest part first, so a date sort holds across parts. Unsorted searches
 * (by relevance) go to the merged index at once, as Pagefind ranks them together.
 * `parts` are the merged ones, newest first (read at each search, as more merge in).
 */
export function sortedAcrossParts(pagefind: PagefindApi, parts: readonly string[] | (() => readonly string[])): PagefindApi {
  const current = typeof parts === 'function' ? parts : () => parts;
  if (typeof parts !== 'function' && parts.length <= 1) return pagefind;
  return {
    search: async (term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse | null> => {
      const merged = current();
      if (!options?.sort || merged.length <= 1) return pagefind.search(term, options);
      const responses = await Promise.all(merged.map((part) => pagefind.search(term, { ...options, filters: { ...options.filters, [PART_FILTER]: part } })));
      if (responses.some((r) => r === null)) return null;
      const all = responses as PagefindResponse[];
      // Each part's response counts its own pages; the totals (without the filters) are the same in every one.
      const filters: PagefindResponse['filters'] = {};
      for (const response of all) {
        for (const [key, values] of Object.entries(response.filters)) {
          const into = (filters[key] ??= {});
          for (const [value, n] of Object.entries(values)) into[value] = (into[value] ?? 0) + n;
        }
      }
      return { results: all.flatMap((r) => r.results), filters, totalFilters: all[0]!.totalFilters };
    },
  };
}

/** Can part `key` hold articles of `year` (any year when null)? Parts are years, quarters or months. */
export function partMayHold(key: string, year: string | null | undefined): boolean {
  if (!year || key === WHOLE) return true;
  return key !== UNDATED_PART && key.slice(0, 4) === year;
}

const QUARTERS = ['一', '二', '三', '四'];

/** A part as the status line names it: 2016年, 2016年第四季度, 2016年12月, 日期不详的报道. */
export function partLabel(key: string): string {
  if (key === UNDATED_PART) return '日期不详';
  const quarterOf = /^(\d{4})-q([1-4])$/.exec(key);
  if (quarterOf) return `${quarterOf[1]}年第${QUARTERS[Number(quarterOf[2]) - 1]}季度`;
  const month = /^(\d{4})-(\d{2})$/.exec(key);
  if (month) return `${month[1]}年${Number(month[2])}月`;
  return `${key}年`;
}

/** The span of the searched parts (newest first), oldest to newest: 2016年12月至2017年. */
export function partsSpan(searched: readonly string[]): string {
  const dated = searched.filter((k) => k !== UNDATED_PART);
  if (dated.length === 0) return partLabel(UNDATED_PART);
  const newest = partLabel(dated[0]!);
  const oldest = partLabel(dated.at(-1)!);
  return newest === oldest ? newest : `${oldest}至${newest}`;
}
