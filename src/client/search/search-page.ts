/**
 * The /search/ page. The URL holds the search (q, one value per facet, sort);
 * the page reads it, answers from the name index first, then from Pagefind, and
 * writes every change back to the URL so a search can be shared and reloaded.
 *
 * The root element's data-search-state is "busy" while a search runs and "done"
 * once its first page of results (with excerpts) is shown; tests wait on it.
 */
import { formatDate } from '../../utils/dates.ts';
import { containsAll, makeExcerpt, type ExcerptPiece } from '../../search/excerpt.ts';
import { matchNames, suggestNames, type NameMatches } from '../../search/match-names.ts';
import { facets, type Facet, type IndexedArticle, type NameEntry, type SearchData } from '../../search/model.ts';
import { normalizeQuery, queryTerms, toSimplified, type CharMap } from '../../search/normalize.ts';
import { filterKey } from '../../search/pagefind-fields.ts';
import { applyFilter, facetOptions, hitsForEntries, sortHits, type FacetCounts, type FacetFilter } from '../../search/results.ts';
import { unsegment } from '../../search/segment.ts';
import { searchText, verify, type PagefindApi } from '../../search/text-search.ts';
import { parseSearchState, searchStateUrl, type SearchState } from '../../search/url-state.ts';
import { h, replaceChildren } from './dom.ts';
import { attachSuggestions } from './header.ts';
import { facetLabel, kindLabel } from './labels.ts';
import { loadPagefind, loadSearchData } from './load.ts';
import { displayConverter, onScriptChange } from './script.ts';

const PAGE_SIZE = 10;
/** Milliseconds without a key press before the typed query is searched. */
const TYPING_PAUSE = 350;

interface View {
  root: HTMLElement;
  form: HTMLFormElement;
  input: HTMLInputElement;
  selects: Record<Facet, HTMLSelectElement>;
  sort: HTMLSelectElement;
  status: HTMLElement;
  entities: HTMLElement;
  results: HTMLOListElement;
  more: HTMLButtonElement;
}

/** One row of the result list, whichever index it came from. */
interface Row {
  url: string;
  title: string;
  date: string | null;
  mentions?: number;
  excerpt?: ExcerptPiece[];
}

/** What one run of the search needs: the state, the loaded data, the display converter, and whether it is still current. */
interface Run {
  state: SearchState;
  view: View;
  data: SearchData;
  chars: CharMap;
  byUrl: Map<string, IndexedArticle>;
  convert: (text: string) => string;
  live: () => boolean;
}

export function startSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search-page]');
  if (!root) return;
  const view = bindView(root);
  root.querySelector('[data-search-fallback]')?.setAttribute('hidden', '');
  root.querySelector('[data-search-controls]')?.removeAttribute('hidden');

  const pageTitle = document.title;
  let state = parseSearchState(new URLSearchParams(location.search));
  let runs = 0;

  const search = async (): Promise<void> => {
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

  // Every search the reader asks for is a history entry, so Back undoes a filter or a
  // query; while they type, one entry is kept for the whole word, not one per key.
  let typing = false;
  const go = (next: SearchState, how: 'push' | 'typing'): void => {
    state = next;
    const url = searchStateUrl(state);
    if (how === 'typing' && typing) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    typing = how === 'typing';
    void search();
  };
  // A new query starts without filters: values chosen for another query rarely fit.
  const submitQuery = (q: string, how: 'push' | 'typing' = 'push'): void => {
    if (how === 'push' && q.trim() === state.q && typing) {
      // Enter after typing: the search is already shown and in the URL.
      typing = false;
      return;
    }
    go({ q: q.trim(), filter: {}, sort: state.sort }, how);
  };

  view.form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typed);
    submitQuery(view.input.value);
  });
  attachSuggestions(view.form, view.input);
  // Search as you type, once the reader pauses.
  let typed: ReturnType<typeof setTimeout> | undefined;
  view.input.addEventListener('input', () => {
    clearTimeout(typed);
    typed = setTimeout(() => {
      if (view.input.value.trim() !== state.q) submitQuery(view.input.value, 'typing');
    }, TYPING_PAUSE);
  });
  // The header's box submits to this page too: search in place instead of reloading.
  for (const form of document.querySelectorAll<HTMLFormElement>('form[role="search"]')) {
    if (form === view.form || new URL(form.action, location.href).pathname !== location.pathname) continue;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const q = new FormData(form).get('q');
      submitQuery(typeof q === 'string' ? q : '');
    });
  }
  for (const facet of facets) {
    view.selects[facet].addEventListener('change', () => {
      const filter: FacetFilter = { ...state.filter };
      const value = view.selects[facet].value;
      if (value) filter[facet] = value;
      else delete filter[facet];
      go({ ...state, filter }, 'push');
    });
  }
  view.sort.addEventListener('change', () => go({ ...state, sort: view.sort.value === 'date' ? 'date' : 'relevance' }, 'push'));
  window.addEventListener('popstate', () => {
    typing = false;
    state = parseSearchState(new URLSearchParams(location.search));
    void search();
  });
  onScriptChange(() => void search());
  void search();
}

async function runSearch(state: SearchState, view: View, live: () => boolean): Promise<void> {
  let loaded;
  try {
    loaded = await loadSearchData(state.q ? { query: state.q } : Object.keys(state.filter).length > 0 ? 'all' : 'names');
  } catch {
    if (live()) showStatus(view, '搜索数据未能加载，请检查网络后重试。');
    return;
  }
  const convert = await displayConverter();
  if (!live()) return;
  const { data, chars } = loaded;
  const run: Run = { state, view, data, chars, byUrl: new Map(data.articles.map((a) => [a.url, a])), convert, live };

  if (!state.q && Object.keys(state.filter).length === 0) {
    setMenus(view, null, state.filter, convert);
    replaceChildren(view.entities);
    replaceChildren(view.results);
    showStatus(view, convert('输入项目、区域、产业或人物的名称（简体繁体均可），或任意词语，例如“117项目”“天開園”“冷链”。'));
    return;
  }
  showPassing(view, null);
  const matches = matchNames(data.entries, state.q, chars);
  if (matches.exact.length > 0 || !state.q) await nameResults(run, matches.exact);
  else await textResults(run, matches);
}

/**
 * A name (or filters alone): exactly the articles tagged with the named entities,
 * listed straight from the name index, most mentions first or newest first.
 */
async function nameResults(run: Run, entries: NameEntry[]): Promise<void> {
  const { state, view, data, convert } = run;
  const hits = state.q ? hitsForEntries(data, entries) : data.articles.map((article) => ({ article, mentions: 0 }));
  const shown = sortHits(applyFilter(hits, state.filter), state.sort);
  setMenus(view, facetOptions(hits, state.filter), state.filter, convert);
  renderEntities(view, [{ heading: '名称', entries }], convert);

  const what = entries.length === 1 ? `${kindLabel[entries[0]!.kind]}“${entries[0]!.name}”` : `“${state.q}”`;
  const total = state.q ? `${what}：共 ${hits.length} 篇报道提到` : `共 ${hits.length} 篇报道`;
  const filtered = Object.keys(state.filter).length > 0;
  showStatus(view, convert(filtered ? `${total}，符合筛选条件的 ${shown.length} 篇` : total));
  if (shown.length === 0) {
    showPassing(view, state.q ? passingSection(run, entries, new Set()) : null);
    replaceChildren(view.results, h('li', { class: 'search-empty' }, convert(hits.length === 0 ? '暂无报道以它为主题。' : '没有符合筛选条件的报道，可以放宽筛选条件。')));
    return;
  }
  showPassing(view, state.q ? passingSection(run, entries, new Set(hits.map((h) => h.article.id))) : null);
  const needles = [...entries.flatMap((e) => [e.name, ...e.aliases]), ...queryTerms(toSimplified(normalizeQuery(state.q), run.chars))];
  const rows = shown.map(({ article, mentions }): Row => ({ url: article.url, title: article.title, date: article.date, mentions: state.q ? mentions : undefined }));
  let at = 0;
  replaceChildren(view.results);
  const nextPage = async (): Promise<void> => {
    const page = rows.slice(at, at + PAGE_SIZE).map((row) => ({ row, item: renderRow(row, convert) }));
    at += page.length;
    for (const p of page) view.results.append(p.item);
    view.more.hidden = at >= rows.length;
    view.more.onclick = () => void nextPage();
    if (run.live()) await addExcerpts(run, page, entries, needles);
  };
  await nextPage();
}

/**
 * Excerpts for name results. The rows are already shown; their text comes from
 * Pagefind, narrowed by the entities' tags, walked newest first and loaded only
 * until every row of the page has its excerpt (with a cap, so a long list sorted
 * by mentions cannot make the reader download the whole index).
 */
async function addExcerpts(run: Run, page: { row: Row; item: HTMLLIElement }[], entries: NameEntry[], needles: string[]): Promise<void> {
  if (entries.length === 0) return;
  let pagefind: PagefindApi;
  try {
    pagefind = await loadPagefind();
  } catch {
    return;
  }
  const wanted = new Map(page.map((p) => [p.row.url, p]));
  // Pagefind's compound filter: pages tagged with any of the entities.
  const any = entries.map((e) => ({ [filterKey[e.kind]]: e.name }));
  const response = await pagefind.search(null, { filters: { any } as unknown as Record<string, string>, sort: { date: 'desc' } });
  let budget = PAGE_SIZE * 3;
  for (const result of response?.results ?? []) {
    if (wanted.size === 0 || budget-- <= 0 || !run.live()) break;
    const fragment = await result.data();
    const target = wanted.get(fragment.url);
    if (!target) continue;
    wanted.delete(fragment.url);
    const text = unsegment(fragment.content);
    const present = needles.filter((n) => containsAll(text, [n]));
    if (present.length === 0 || !run.live()) continue;
    target.row.excerpt = makeExcerpt(text, present, { skip: target.row.title });
    const item = renderRow(target.row, run.convert);
    target.item.replaceWith(item);
    target.item = item;
  }
}

/** Free text: Pagefind, with the names the query mentions or partly matches shown first. */
async function textResults(run: Run, matches: NameMatches): Promise<void> {
  const { state, view, convert } = run;
  const terms = queryTerms(toSimplified(normalizeQuery(state.q), run.chars));
  renderEntities(
    view,
    [
      { heading: '查询中的名称', entries: matches.named },
      { heading: '名称相近的条目', entries: matches.partial.slice(0, 6) },
    ],
    convert,
  );
  let pagefind: PagefindApi;
  try {
    pagefind = await loadPagefind();
  } catch {
    if (run.live()) showStatus(view, convert('全文索引未能加载；仍可按名称搜索项目、区域和产业。'));
    return;
  }
  const found = await searchText(pagefind, terms, state.filter, state.sort);
  if (!run.live()) return;
  setMenus(view, found.counts ?? found.allValues, state.filter, convert, found.counts !== null);
  const quoted = terms.map((t) => `“${t}”`).join('和');
  const namesShown = matches.named.length + matches.partial.length > 0;
  if (found.results.length === 0) {
    showNothing(run, quoted, namesShown);
    return;
  }

  let total = found.results.length;
  const filtered = Object.keys(state.filter).length > 0;
  const status = (): void => showStatus(view, convert(`找到 ${total} 篇包含${quoted}的报道${filtered ? '（已筛选）' : ''}`));
  status();
  const pending = [...found.results];
  replaceChildren(view.results);
  const nextPage = async (): Promise<void> => {
    view.more.hidden = true;
    const rows: Row[] = [];
    // Results are checked literally as their text loads; one that fails (its phrase
    // straddled punctuation) is dropped and the next one takes its place.
    while (rows.length < PAGE_SIZE && pending.length > 0) {
      const checked = await Promise.all(pending.splice(0, PAGE_SIZE - rows.length).map((r) => verify(r, terms)));
      if (!run.live()) return;
      for (const hit of checked) {
        if (!hit) {
          total -= 1;
          continue;
        }
        const known = run.byUrl.get(hit.url);
        // The index's title is the page's, as written (pagefind-record.ts); only the name index's rows are loaded.
        const title = known?.title ?? hit.meta.title ?? hit.url;
        rows.push({ url: hit.url, title, date: known?.date ?? hit.meta.date ?? null, excerpt: makeExcerpt(hit.text, terms, { skip: title }) });
      }
    }
    status();
    if (total === 0) {
      showNothing(run, quoted, namesShown);
      return;
    }
    for (const row of rows) view.results.append(renderRow(row, convert));
    view.more.hidden = pending.length === 0;
    view.more.onclick = () => void nextPage();
  };
  await nextPage();
}

function bindView(root: HTMLElement): View {
  const get = <T extends Element>(selector: string): T => {
    const element = root.querySelector<T>(selector);
    if (!element) throw new Error(`search page: ${selector} missing`);
    return element;
  };
  return {
    root,
    form: get('form[data-search-form]'),
    input: get('input[name="q"]'),
    selects: Object.fromEntries(facets.map((f) => [f, get(`select[name="${f}"]`)])) as Record<Facet, HTMLSelectElement>,
    sort: get('select[name="sort"]'),
    status: get('[data-search-status]'),
    entities: get('[data-search-entities]'),
    results: get('ol[data-search-results]'),
    more: get('button[data-search-more]'),
  };
}

function showStatus(view: View, text: string): void {
  delete view.status.dataset.pending;
  view.status.textContent = text;
}

/** Menus offer the values with their counts; a selected value stays even when nothing has it. */
function setMenus(view: View, counts: FacetCounts | null, filter: FacetFilter, convert: (s: string) => string, withCounts = true): void {
  for (const facet of facets) {
    const select = view.selects[facet];
    const selected = filter[facet];
    // Pagefind reports every value, with 0 for those the results lack; offer only the others.
    const values = Object.fromEntries(Object.entries(counts?.[facet] ?? {}).filter(([v, n]) => n > 0 || !withCounts || v === selected));
    if (selected && !(selected in values)) values[selected] = 0;
    const order = Object.keys(values).sort((a, b) =>
      facet === 'year' ? (a < b ? 1 : -1) : values[b]! - values[a]! || (a < b ? -1 : a > b ? 1 : 0),
    );
    replaceChildren(
      select,
      h('option', { value: '' }, convert(`全部${facetLabel[facet]}`)),
      ...order.map((value) => h('option', { value }, convert(withCounts ? `${value}（${values[value]}）` : value))),
    );
    select.value = selected ?? '';
    select.disabled = order.length === 0;
  }
}

/**
 * The articles that name the entities only in passing (inside another name, in a list),
 * under a heading of their own after the tagged ones, so no article naming them is missing.
 */
function passingSection(run: Run, entries: NameEntry[], shownIds: Set<string>): HTMLElement | null {
  const { data, state, convert } = run;
  const seen = new Set<number>();
  const rows: IndexedArticle[] = [];
  for (const e of entries) {
    for (const i of e.passing ?? []) {
      const article = data.articles[i]!;
      if (seen.has(i) || shownIds.has(article.id)) continue;
      seen.add(i);
      rows.push(article);
    }
  }
  const shown = sortHits(applyFilter(rows.map((article) => ({ article, mentions: 0 })), state.filter), 'date');
  if (shown.length === 0) return null;
  const what = entries.length === 1 ? `“${entries[0]!.name}”` : '这些名称';
  return h(
    'section',
    { class: 'search-passing', 'data-search-passing': '' },
    h('h2', { class: 'search-entity-heading' }, convert(`顺带提及${what}的其他报道（${shown.length} 篇）`)),
    h(
      'ol',
      { class: 'list search-results' },
      ...shown.map(({ article }) => {
        const row = renderRow({ url: article.url, title: article.title, date: article.date }, convert);
        // Not a hit of the name: its own class keeps it apart from the tagged results.
        row.className = 'search-passing-hit';
        return row;
      }),
    ),
  );
}

/** Puts the passing-mentions section after the result list, or removes it. */
function showPassing(view: View, section: HTMLElement | null): void {
  view.root.querySelector('[data-search-passing]')?.remove();
  if (section) view.results.after(section);
}

function renderEntities(view: View, groups: { heading: string; entries: NameEntry[] }[], convert: (s: string) => string): void {
  const sections = groups
    .filter((g) => g.entries.length > 0)
    .map((g) =>
      h(
        'section',
        { class: 'search-entity-group' },
        h('h2', { class: 'search-entity-heading' }, convert(g.heading)),
        h('ul', { class: 'search-entities' }, ...g.entries.map((e) => renderEntity(e, convert))),
      ),
    );
  replaceChildren(view.entities, ...sections);
}

function renderEntity(entry: NameEntry, convert: (s: string) => string): HTMLLIElement {
  const name = convert(entry.name);
  return h(
    'li',
    { class: 'search-entity' },
    h('span', { class: 'search-kind' }, convert(kindLabel[entry.kind])),
    entry.url ? h('a', { href: entry.url, class: 'search-entity-name' }, name) : h('strong', { class: 'search-entity-name' }, name),
    entry.discovered && h('span', { class: 'discovered-badge', 'data-discovered': '', title: convert('由程序根据报道中名称的形式识别，尚未经编辑核实') }, convert('自动识别、未经编辑确认')),
    h('span', { class: 'count' }, convert(entry.count > 0 ? `${entry.count} 篇报道` : '暂无报道')),
    entry.aliases.length > 0 && h('span', { class: 'search-aliases' }, convert(`又称 ${entry.aliases.join('、')}`)),
  );
}

function renderRow(row: Row, convert: (s: string) => string): HTMLLIElement {
  const meta = [row.date ? formatDate(row.date) : '日期不详', row.mentions ? `提及 ${row.mentions} 次` : null].filter(Boolean).join(' · ');
  return h(
    'li',
    { class: 'search-hit' },
    h('a', { class: 'title', href: row.url }, convert(row.title)),
    h('span', { class: 'meta' }, convert(meta)),
    row.excerpt &&
      h('p', { class: 'search-excerpt' }, ...row.excerpt.map((piece) => (piece.mark ? h('mark', {}, convert(piece.text)) : convert(piece.text)))),
  );
}

function showNothing(run: Run, quoted: string, namesShown: boolean): void {
  const { state, view, convert } = run;
  const filtered = Object.keys(state.filter).length > 0;
  showStatus(view, convert(`没有找到包含${quoted}的报道${filtered ? '（在当前筛选条件下）' : ''}。`));
  const suggestions = namesShown ? [] : suggestNames(run.data.entries, state.q, run.chars);
  replaceChildren(
    view.results,
    h(
      'li',
      { class: 'search-empty' },
      convert(filtered ? '可以清除筛选条件后再试。' : '请换个说法，或检查是否有错别字。'),
      suggestions.length > 0 &&
        h(
          'span',
          { class: 'search-suggest' },
          convert('您是不是要找：'),
          ...suggestions.flatMap((e, i) => [i > 0 ? '、' : '', h('a', { href: searchStateUrl({ q: e.name, filter: {}, sort: 'relevance' }) }, convert(e.name))]),
        ),
    ),
  );
}
