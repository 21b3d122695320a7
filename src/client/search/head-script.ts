/**
 * The search page's head script: bundled on its own and inlined into the page's head
 * (src/integrations/inline-script.ts), so it runs as the head is parsed, long before the
 * page's modules (and the modules they import) have arrived and run. For a search in the
 * URL it starts what that search's first run will load and do, the way that run will ask
 * for it (load.ts keeps the loads, Pagefind's answers and the checked results where the
 * page's modules find them); without one, the name index alone, for suggestions:
 *
 * - the name index, and once it is in, the article lists and the first rows of the
 *   entities the query names;
 * - when the query names none, Pagefind's files (script, list of parts, entry file,
 *   metadata, WebAssembly, the query's index chunks), its setup, then the query's first
 *   search and the check of its first page of results (their text). Only the name index can
 *   tell whether the query names an entity, and the page's head asks for it before this
 *   script runs, so it is in about when this script could ask for Pagefind's files: asking
 *   for them only then costs a free-text search little, and a name search no longer fetches
 *   them (about 75 KB gzip, and their parsing beside the page's).
 */
import { matchNames } from '../../search/match-names.ts';
import { locatingQuery, searchText } from '../../search/text-search.ts';
import { parseSearchState } from '../../search/url-state.ts';
import { loadPagefind, loadSearchData, verifyOnce } from './load.ts';
import { PAGE_SIZE } from './render.ts';
import { answeredByName, searchNeed, textTerms } from './search-state.ts';

const state = parseSearchState(new URLSearchParams(location.search));

/** The full-text search's first run: its first search and its first page's checks (text-results.ts asks for the same). */
async function startTextSearch(terms: string[]): Promise<void> {
  const index = await loadPagefind(terms.map(locatingQuery));
  const found = await searchText(index.pagefind, terms, state.filter, state.sort);
  for (const result of found.results.slice(0, PAGE_SIZE)) void verifyOnce(result, terms).catch(() => undefined);
}

if (state.q) {
  // A failure here is met again, and reported, by the page's own run.
  loadSearchData(searchNeed(state))
    .then(({ data, chars }) => {
      if (!answeredByName(state, matchNames(data.entries, state.q, chars))) void startTextSearch(textTerms(state.q, chars)).catch(() => undefined);
    })
    .catch(() => undefined);
} else {
  // Takes the page's preload of the name index, which suggestions under the box will need.
  loadSearchData('names').catch(() => undefined);
}
