/**
 * A search lives in its URL (/search/?q=117项目&district=宝坻区&sort=date), so it
 * can be shared, bookmarked and reloaded. Parsing is forgiving: unknown or empty
 * parameters are dropped; serialising is canonical (fixed key order, defaults left out).
 */
import { facets } from './model.ts';
import type { FacetFilter, SortOrder } from './results.ts';

export interface SearchState {
  q: string;
  filter: FacetFilter;
  sort: SortOrder;
}

/** Longer queries are cut: nothing a reader types into a news search needs more. */
const MAX_QUERY = 100;

export function parseSearchState(params: URLSearchParams): SearchState {
  const q = [...(params.get('q') ?? '').trim()].slice(0, MAX_QUERY).join('');
  const filter: FacetFilter = {};
  for (const facet of facets) {
    const value = params.get(facet)?.trim();
    if (value) filter[facet] = value;
  }
  const sort: SortOrder = params.get('sort') === 'date' ? 'date' : 'relevance';
  return { q, filter, sort };
}

function searchStateParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const facet of facets) {
    const value = state.filter[facet];
    if (value) params.set(facet, value);
  }
  if (state.sort === 'date') params.set('sort', 'date');
  return params;
}

/** The /search/ URL of a state, relative to the site root. */
export function searchStateUrl(state: SearchState, base = '/search/'): string {
  const query = searchStateParams(state).toString();
  return query ? `${base}?${query}` : base;
}
