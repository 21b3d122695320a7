/**
 * The full-text index in parts, so that no indexing process grows with the whole
 * archive: Pagefind holds an index in memory while it writes it (about 250 KB per
 * article here, so 3.5 GB at 10,000 articles and out of reach at 100,000). Each
 * part is indexed by its own Pagefind process, one after another; the browser loads
 * the newest part as its main bundle and merges the others with Pagefind's
 * multisite merge (`mergeIndex`).
 *
 * Parts are made by publication date: a year, or the year's quarters when it has
 * more than `maxPages` articles, or its months when a quarter has more, or a month's
 * three 旬 (days 1–10, 11–20, 21 to the end) when it has more. A part's key depends
 * only on its dates, so adding a paper re-indexes only the part it falls in (unless
 * its year or quarter then crosses the threshold). An archive that fits one part is
 * one index, as before.
 *
 * The newest parts are split further, down to the 旬, until the newest `headPages`
 * articles are in parts of at most that many (as far as a 旬 allows): a search starts with
 * the newest part and takes in the next only while it lacks a page of results, and what
 * Pagefind does for a query grows faster than a part's pages (every Han character is a word
 * of its own, in nearly every article, with all its positions), so a first search over a few
 * hundred articles takes a fraction of one over a month of them. A newest part of a few days
 * (a month just begun) is followed by the last 旬 of the month before, not by all of it.
 * When newer papers arrive, the parts that were split so merge back into their month.
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

/** The newest this many articles are in parts of at most this many (see above). */
const HEAD_PART_PAGES = 250;

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
/** A date's 旬, the third of its month it falls in: 2016-05-1 (days 1–10), -2 (11–20), -3 (21 to the end). */
const xun = (date: string): string => `${date.slice(0, 7)}-${Math.min(3, Math.floor((Number(date.slice(8, 10)) - 1) / 10) + 1)}`;

/** What a part's key is a span of, by its form. */
const QUARTER_KEY = /^(\d{4})-q([1-4])$/;
const MONTH_KEY = /^(\d{4})-(\d{2})$/;
const XUN_KEY = /^(\d{4})-(\d{2})-([1-3])$/;

/**
 * Where a dated part's span starts, as a string that orders parts by date: a year, its
 * quarters, their months and the months' 旬 may stand side by side once the newest part
 * is split, and their keys alone do not sort that way (2016-q3 after 2016-12).
 */
function spanStart(key: string): string {
  const q = QUARTER_KEY.exec(key);
  if (q) return `${q[1]}-${String((Number(q[2]) - 1) * 3 + 1).padStart(2, '0')}`;
  return key.length === 4 ? `${key}-01` : key;
}

/** The next finer split of a dated part (year, quarter, month, 旬), or null for a 旬. */
function finer<T>(part: Part<T>, dateOf: (item: T) => string): Part<T>[] | null {
  const by = part.key.length === 4 ? quarter : QUARTER_KEY.test(part.key) ? (d: string) => d.slice(0, 7) : MONTH_KEY.test(part.key) ? xun : null;
  return by ? [...groupBy(part.items, (item) => by(dateOf(item)))].map(([key, items]) => ({ key, items })) : null;
}

const newestFirst = <T>(parts: Part<T>[]): Part<T>[] => parts.sort((a, b) => compareStrings(spanStart(b.key), spanStart(a.key)));

/**
 * Items split into parts by date (YYYY-MM-DD, or null for undated), newest part
 * first, undated last; items keep their order within a part.
 */
export function partitionByDate<T>(items: readonly T[], dateOf: (item: T) => string | null, maxPages: number = MAX_PART_PAGES, headPages: number = HEAD_PART_PAGES): Part<T>[] {
  if (items.length <= maxPages) return [{ key: WHOLE, items: [...items] }];
  const parts: Part<T>[] = [];
  const undated: T[] = [];
  const dated: T[] = [];
  for (const item of items) (dateOf(item) === null ? undated : dated).push(item);
  const date = (item: T): string => dateOf(item)!;
  for (const [year, inYear] of groupBy(dated, (item) => date(item).slice(0, 4))) {
    if (inYear.length <= maxPages) {
      parts.push({ key: year, items: inYear });
      continue;
    }
    const quarters = groupBy(inYear, (item) => quarter(date(item)));
    const split = [...quarters.values()].some((q) => q.length > maxPages) ? groupBy(inYear, (item) => date(item).slice(0, 7)) : quarters;
    for (const [key, items] of split) {
      const xuns = items.length > maxPages && MONTH_KEY.test(key) ? finer({ key, items }, date)! : [];
      parts.push(...(xuns.length > 1 ? xuns : [{ key, items }]));
    }
  }
  newestFirst(parts);
  // The newest `headPages` articles, where searches start, in parts of at most that many where dates allow.
  for (let i = 0, newer = 0; i < parts.length && newer < headPages; ) {
    const split = parts[i]!.items.length > headPages ? finer(parts[i]!, date) : null;
    if (split) parts.splice(i, 1, ...newestFirst(split));
    else newer += parts[i++]!.items.length;
  }
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

/** Can part `key` hold articles of `year` (any year when null)? Parts are years, quarters, months or 旬. */
export function partMayHold(key: string, year: string | null | undefined): boolean {
  if (!year || key === WHOLE) return true;
  return key !== UNDATED_PART && key.slice(0, 4) === year;
}

const QUARTERS = ['一', '二', '三', '四'];
const XUNS = ['上旬', '中旬', '下旬'];

/** A part as the status line names it: 2016年, 2016年第四季度, 2016年12月, 2016年12月下旬, 日期不详. */
export function partLabel(key: string): string {
  if (key === UNDATED_PART) return '日期不详';
  const quarterOf = QUARTER_KEY.exec(key);
  if (quarterOf) return `${quarterOf[1]}年第${QUARTERS[Number(quarterOf[2]) - 1]}季度`;
  const month = MONTH_KEY.exec(key);
  if (month) return `${month[1]}年${Number(month[2])}月`;
  const xunOf = XUN_KEY.exec(key);
  if (xunOf) return `${xunOf[1]}年${Number(xunOf[2])}月${XUNS[Number(xunOf[3]) - 1]}`;
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
