/**
 * The search page's head script: bundled on its own and inlined into the page's head
 * (src/integrations/inline-script.ts), so it runs as the head is parsed, long before the
 * page's modules (and the modules they import) have arrived and run. For a search in the
 * URL it starts what that search's first run will load, the way that run will ask for it
 * (load.ts keeps the loads where the page's modules find them); without one, the name
 * index alone, for suggestions:
 *
 * - the name index, and once it is in, the article lists and the first rows of the
 *   entities the query names;
 * - when it names none, Pagefind: its script, entry file, metadata and WebAssembly in one
 *   round, its setup and the query's index chunks.
 */
import { matchNames } from '../../search/match-names.ts';
import { locatingQuery } from '../../search/text-search.ts';
import { parseSearchState } from '../../search/url-state.ts';
import { loadPagefind, loadSearchData } from './load.ts';
import { answeredByName, searchNeed, textTerms } from './search-state.ts';

const state = parseSearchState(new URLSearchParams(location.search));

if (state.q) {
  // A failure here is met again, and reported, by the page's own run.
  loadSearchData(searchNeed(state))
    .then(({ data, chars }) => {
      if (!answeredByName(state, matchNames(data.entries, state.q, chars))) void loadPagefind(textTerms(state.q, chars).map(locatingQuery)).catch(() => undefined);
    })
    .catch(() => undefined);
} else {
  // Takes the page's preload of the name index, which suggestions under the box will need.
  loadSearchData('names').catch(() => undefined);
}
