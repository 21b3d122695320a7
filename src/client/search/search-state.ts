/**
 * The search page's state: the search the URL holds, kept in step with the history
 * (every search the reader asks for is an entry, so Back undoes a filter or a query;
 * while they type, one entry is kept for the whole word, not one per key), and what
 * one run of a search needs.
 */
import { normalizeQuery, queryTerms, simplifyByTable, type CharMap } from '../../search/query-fold.ts';
import type { ArticleFacets, IndexedArticle, SearchData } from '../../search/model.ts';
import { parseSearchState, searchStateUrl, type SearchState } from '../../search/url-state.ts';
import type { NameMatches } from '../../search/match-names.ts';
import type { SearchNeed } from './load.ts';
import type { Convert } from './script-converter.ts';
import type { View } from './render.ts';

/** What one run of the search needs: the state, the loaded data, the display converter, and whether it is still current. */
export interface Run {
  state: SearchState;
  view: View;
  data: SearchData<ArticleFacets | IndexedArticle>;
  chars: CharMap;
  /** The loaded articles whose rows are known (all of them when browsing by filters). */
  byUrl: Map<string, IndexedArticle>;
  convert: Convert;
  live: () => boolean;
}

export const isFiltered = (state: SearchState): boolean => Object.keys(state.filter).length > 0;

/** A query's terms as the indexes hold them: normalized, in Simplified. */
export const textTerms = (q: string, chars: CharMap): string[] => queryTerms(simplifyByTable(normalizeQuery(q), chars));

export const searchTerms = (run: Run): string[] => textTerms(run.state.q, run.chars);

/** What a search loads: the article lists of the names a query names, every article to browse by filters alone, or the names. */
export function searchNeed(state: SearchState): SearchNeed {
  return state.q ? { query: state.q, firstPage: state.sort === 'relevance' && !isFiltered(state) } : isFiltered(state) ? 'all' : 'names';
}

/** Whether a search is answered from the name index (the query names an entity, or there is none) rather than from the full text. */
export const answeredByName = (state: SearchState, matches: NameMatches): boolean => matches.exact.length > 0 || !state.q;

export interface SearchHistory {
  readonly current: SearchState;
  /** A new search: a history entry, or while typing the entry of the word being typed. */
  go(next: SearchState, how: 'push' | 'typing'): void;
  /** A query from a box; a new query starts without filters, since values chosen for another query rarely fit. */
  submitQuery(q: string, how?: 'push' | 'typing'): void;
}

/** The state read from the URL, updated by `go` and by Back and Forward; `changed` runs after each change. */
export function searchHistory(changed: () => void): SearchHistory {
  let state = parseSearchState(new URLSearchParams(location.search));
  let typing = false;
  const go = (next: SearchState, how: 'push' | 'typing'): void => {
    state = next;
    const url = searchStateUrl(state);
    if (how === 'typing' && typing) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    typing = how === 'typing';
    changed();
  };
  window.addEventListener('popstate', () => {
    typing = false;
    state = parseSearchState(new URLSearchParams(location.search));
    changed();
  });
  return {
    get current() {
      return state;
    },
    go,
    submitQuery(q, how = 'push') {
      if (how === 'push' && q.trim() === state.q && typing) {
        // Enter after typing: the search is already shown and in the URL.
        typing = false;
        return;
      }
      go({ q: q.trim(), filter: {}, sort: state.sort }, how);
    },
  };
}
