/**
 * The /search/ page. The URL holds the search (q, one value per facet, sort);
 * the page reads it, answers from the name index first, then from Pagefind, and
 * writes every change back to the URL so a search can be shared and reloaded.
 * State and history: search-state.ts; drawing: render.ts; the two ways of
 * answering: name-results.ts and text-results.ts.
 *
 * The root element's data-search-state is "busy" while a search runs and "done"
 * once its first page of results (with excerpts) is shown; tests wait on it.
 */
import { matchNames } from '../../search/match-names.ts';
import { facets } from '../../search/model.ts';
import type { FacetFilter } from '../../search/results.ts';
import type { SearchState } from '../../search/url-state.ts';
import { replaceChildren } from './dom.ts';
import { attachSuggestions } from './header.ts';
import { loadSearchData } from './load.ts';
import { nameResults } from './name-results.ts';
import { bindView, setMenus, showPassing, showStatus, type View } from './render.ts';
import { displayConverter, onScriptChange } from './script-converter.ts';
import { answeredByName, isFiltered, searchHistory, searchNeed, type Run } from './search-state.ts';
import { textResults } from './text-results.ts';

/** Milliseconds without a key press before the typed query is searched. */
const TYPING_PAUSE = 350;

export function startSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search-page]');
  if (!root) return;
  const view = bindView(root);
  root.querySelector('[data-search-fallback]')?.setAttribute('hidden', '');
  root.querySelector('[data-search-controls]')?.removeAttribute('hidden');

  const pageTitle = document.title;
  let runs = 0;

  const search = async (): Promise<void> => {
    const state = searches.current;
    const token = ++runs;
    const live = (): boolean => token === runs;
    root.dataset.searchState = 'busy';
    // Not while the reader types: the box would lose a trailing space or the caret.
    if (view.input.value.trim() !== state.q) view.input.value = state.q;
    view.sort.value = state.sort;
    view.more.hidden = true;
    document.title = state.q ? `“${state.q}” - ${pageTitle}` : pageTitle;
    // Say so only when it takes long enough to notice and nothing else has been said:
    // name results show their count at once and then wait for excerpts, and the
    // count must stay (the status is a live region, it is what a screen reader hears).
    view.status.dataset.pending = '';
    const slow = setTimeout(() => {
      if (live() && view.status.dataset.pending !== undefined) view.status.textContent = '正在搜索…';
    }, 200);
    try {
      await runSearch(state, view, live);
    } catch (error) {
      if (live()) showStatus(view, '搜索出错了，请稍后重试。');
      console.error(error);
    } finally {
      clearTimeout(slow);
    }
    if (live()) root.dataset.searchState = 'done';
  };
  const searches = searchHistory(() => void search());

  view.form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typed);
    searches.submitQuery(view.input.value);
  });
  attachSuggestions(view.form, view.input);
  // Search as you type, once the reader pauses.
  let typed: ReturnType<typeof setTimeout> | undefined;
  view.input.addEventListener('input', () => {
    clearTimeout(typed);
    typed = setTimeout(() => {
      if (view.input.value.trim() !== searches.current.q) searches.submitQuery(view.input.value, 'typing');
    }, TYPING_PAUSE);
  });
  // The header's box submits to this page too: search in place instead of reloading.
  for (const form of document.querySelectorAll<HTMLFormElement>('form[role="search"]')) {
    if (form === view.form || new URL(form.action, location.href).pathname !== location.pathname) continue;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const q = new FormData(form).get('q');
      searches.submitQuery(typeof q === 'string' ? q : '');
    });
  }
  for (const facet of facets) {
    view.selects[facet].addEventListener('change', () => {
      const filter: FacetFilter = { ...searches.current.filter };
      const value = view.selects[facet].value;
      if (value) filter[facet] = value;
      else delete filter[facet];
      searches.go({ ...searches.current, filter }, 'push');
    });
  }
  view.sort.addEventListener('change', () => searches.go({ ...searches.current, sort: view.sort.value === 'date' ? 'date' : 'relevance' }, 'push'));
  onScriptChange(() => void search());
  void search();
}

/** Loads what the search needs and hands it to the strategy that answers it: names, or full text. */
async function runSearch(state: SearchState, view: View, live: () => boolean): Promise<void> {
  // The 繁 converter's code loads beside the data, not after it.
  void displayConverter().catch(() => undefined);
  let loaded;
  try {
    loaded = await loadSearchData(searchNeed(state));
  } catch {
    if (live()) showStatus(view, '搜索数据未能加载，请检查网络后重试。');
    return;
  }
  const { data, chars } = loaded;
  const convert = await displayConverter(data.keepNames);
  if (!live()) return;
  const run: Run = { state, view, data, chars, byUrl: new Map(data.articles.flatMap((a) => ('url' in a ? [[a.url, a]] : []))), convert, live };

  if (!state.q && !isFiltered(state)) {
    setMenus(view, null, state.filter, convert);
    replaceChildren(view.entities);
    replaceChildren(view.results);
    showStatus(view, convert('输入项目、区域、产业或人物的名称（简体繁体均可），或任意词语，例如“117项目”“天開園”“冷链”。'));
    return;
  }
  showPassing(view, null);
  const matches = matchNames(data.entries, state.q, chars);
  if (answeredByName(state, matches)) await nameResults(run, matches.exact);
  else await textResults(run, matches);
}
