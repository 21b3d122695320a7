/**
 * Free-text search over the Pagefind index (see segment.ts for why every Han
 * character is its own word there).
 *
 * - The result set: one Pagefind phrase search per term ("冷 链" as a phrase), with
 *   the reader's filters and date sort passed to Pagefind; several terms must all
 *   occur, so their sets are intersected by Pagefind's page id.
 * - Relevance: how often the term occurs as a phrase. A phrase search reports one
 *   location per page, so a second, unquoted search of the same characters supplies
 *   every location, and runs of consecutive locations as long as the term count
 *   its occurrences (冷 next to 链, not 链 in 产业链). Ties keep Pagefind's order.
 * - Each result is checked literally when its data is loaded (`verify`): phrase
 *   matching skips punctuation, so "冷，链" would otherwise count as 冷链.
 *
 * Everything goes through a minimal interface of Pagefind's JS API, so the logic is
 * tested without a browser.
 */
// Facet names are Pagefind's filter keys (declared by the pages, see pagefind-fields.ts).
import { facets, type Facet } from './model.ts';
import type { FacetCounts, FacetFilter, SortOrder } from './results.ts';
import { phraseQuery, segmentText, unsegment } from './segment.ts';
import { containsAll } from './excerpt.ts';

export interface PagefindFragment {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

export interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data: () => Promise<PagefindFragment>;
}

export interface PagefindSearchOptions {
  filters?: Record<string, string>;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

/** The part of Pagefind's JS API (`/pagefind/pagefind.js`) the search uses. */
export interface PagefindApi {
  search: (query: string | null, options?: PagefindSearchOptions) => Promise<PagefindResponse | null>;
}

export interface TextResults {
  /** Best first (or newest first when sorted by date). */
  results: PagefindResult[];
  /** Facet menu counts; null for several terms, where Pagefind cannot count the intersection. */
  counts: FacetCounts | null;
  /** Every facet value in the index, for menus when `counts` is null. */
  allValues: FacetCounts;
}

function toCounts(raw: Record<string, Record<string, number>> | undefined): FacetCounts {
  return Object.fromEntries(facets.map((f) => [f, { ...(raw?.[f] ?? {}) }])) as FacetCounts;
}

function pagefindOptions(filter: FacetFilter, sort: SortOrder): PagefindSearchOptions {
  const filters: Record<string, string> = {};
  for (const facet of facets) {
    const value = filter[facet];
    if (value) filters[facet] = value;
  }
  return sort === 'date' ? { filters, sort: { date: 'desc' } } : { filters };
}

/** Occurrences of an n-character phrase given every location of its characters: runs of ≥ n consecutive locations. */
export function phraseRuns(locations: readonly number[], n: number): number {
  const sorted = [...new Set(locations)].sort((a, b) => a - b);
  let runs = 0;
  let length = 0;
  for (let i = 0; i < sorted.length; i += 1) {
    length = i > 0 && sorted[i] === sorted[i - 1]! + 1 ? length + 1 : 1;
    if (length === n) runs += 1;
    // A long run of repeated phrases (冷链冷链) counts each full phrase.
    if (length > n && (length - n) % n === 0) runs += 1;
  }
  return runs;
}

/** The unquoted search of a term's words, which reports every location of each (the ranking counts runs of them). */
export function locatingQuery(term: string): string {
  return segmentText(term).trim();
}

/** Words a term becomes in the index: one per Han character, Latin runs and numbers whole. */
export function wordCount(term: string): number {
  return locatingQuery(term).split(/\s+/).filter(Boolean).length;
}

/**
 * `values` are every facet value of the archive (SearchData.values): given them, the
 * menus list them without counts, and Pagefind's filter index, which only counts
 * and grows with every article, is never loaded for them.
 */
export async function searchText(pagefind: PagefindApi, terms: readonly string[], filter: FacetFilter, sort: SortOrder, values?: Record<Facet, string[]>): Promise<TextResults> {
  const options = pagefindOptions(filter, sort);
  // The ranking searches (below) need the same index chunks: asked for at once, they load
  // with the phrase searches' and run as soon as those are in, not one round after them.
  const locating = sort === 'relevance' ? Promise.all(terms.map((t) => pagefind.search(locatingQuery(t), options))) : null;
  // Awaited below; not left unhandled when a phrase search fails first.
  locating?.catch(() => undefined);
  const phrases = await Promise.all(terms.map((t) => pagefind.search(phraseQuery(t), options)));
  const first = phrases[0];
  const known = values ? (Object.fromEntries(facets.map((f) => [f, Object.fromEntries(values[f].map((v) => [v, 0]))])) as FacetCounts) : null;
  const allValues = known ?? toCounts(first?.totalFilters);
  const countable = terms.length === 1 && !known;
  if (!first || phrases.some((p) => p === null)) return { results: [], counts: countable ? toCounts(first?.filters) : null, allValues };

  // Sets, not a scan of every other list per result: common words have thousands of pages.
  const others = phrases.slice(1).map((p) => new Set(p!.results.map((r) => r.id)));
  let results = first.results.filter((r) => others.every((ids) => ids.has(r.id)));

  if (locating) {
    const frequency = new Map<string, number>();
    const located = await locating;
    terms.forEach((term, k) => {
      const n = wordCount(term);
      for (const r of located[k]?.results ?? []) frequency.set(r.id, (frequency.get(r.id) ?? 0) + phraseRuns(r.words, n));
    });
    const position = new Map(results.map((r, i) => [r.id, i]));
    results = [...results].sort((a, b) => (frequency.get(b.id) ?? 0) - (frequency.get(a.id) ?? 0) || position.get(a.id)! - position.get(b.id)!);
  }
  return { results, counts: countable ? toCounts(first.filters) : null, allValues };
}

export interface VerifiedResult {
  url: string;
  /** The page's text without the index's segmenting spaces. */
  text: string;
  meta: Record<string, string | undefined>;
}

/** Loads a result's data and keeps it only if its text contains every term literally. */
export async function verify(result: PagefindResult, terms: readonly string[]): Promise<VerifiedResult | null> {
  const data = await result.data();
  const text = unsegment(data.content);
  return containsAll(text, terms) ? { url: data.url, text, meta: data.meta } : null;
}
