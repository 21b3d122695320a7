/**
 * The full-text strategy: a query that names no entity outright goes to Pagefind;
 * the names it mentions or partly matches are shown first, and every result is
 * checked against its text before it is listed.
 *
 * A large archive's index is in parts by date, and each part costs a query one index
 * chunk per character: the search starts with the newest part and takes in older ones
 * (load.ts, TextIndex) only until it has a page of results, then again when the
 * reader asks for more. Until every part is searched the status line says which
 * months or years were, and 显示更多 goes on into older ones.
 */
import { makeExcerpt } from '../../search/excerpt.ts';
import { suggestNames, type NameMatches } from '../../search/match-names.ts';
import { partMayHold, partsSpan } from '../../search/pagefind-parts.ts';
import { locatingQuery, searchText, type PagefindResult, type TextResults } from '../../search/text-search.ts';
import { searchStateUrl } from '../../search/url-state.ts';
import { h, replaceChildren } from './dom.ts';
import { loadPagefind, verifyOnce, type TextIndex } from './load.ts';
import { PAGE_SIZE, renderEntities, setMenus, showPages, showStatus } from './render.ts';
import { isFiltered, searchTerms, type Run } from './search-state.ts';

export async function textResults(run: Run, matches: NameMatches): Promise<void> {
  const { state, view, convert } = run;
  const terms = searchTerms(run);
  // Pagefind's files start loading before the name cards are drawn.
  const loading = loadPagefind(terms.map(locatingQuery));
  renderEntities(
    view,
    [
      { heading: '查询中的名称', entries: matches.named },
      { heading: '名称相近的条目', entries: matches.partial.slice(0, 6) },
    ],
    convert,
  );
  let index: TextIndex;
  try {
    index = await loading;
  } catch {
    if (run.live()) showStatus(view, convert('全文索引未能加载；仍可按名称搜索项目、区域和产业。'));
    return;
  }
  const may = (key: string): boolean => partMayHold(key, state.filter.year);
  const search = (): Promise<TextResults> => searchText(index.pagefind, terms, state.filter, state.sort, run.data.values);
  // Older parts join until there is a page of results (or none is left).
  let found = await search();
  while (found.results.length < PAGE_SIZE && (await index.widen(may))) found = await search();
  if (!run.live()) return;
  setMenus(view, found.counts ?? found.allValues, state.filter, convert, found.counts !== null);
  const quoted = terms.map((t) => `“${t}”`).join('和');
  const namesShown = matches.named.length + matches.partial.length > 0;
  const whole = (): boolean => index.searched(may).length === index.parts.length;
  if (found.results.length === 0) {
    showNothing(run, quoted, namesShown);
    return;
  }

  const listed = new Set<string>();
  let pending: PagefindResult[] = [...found.results];
  let shownCount = 0;
  const status = (): void => {
    const total = shownCount + pending.length;
    const where = whole() ? '' : `在${partsSpan(index.searched(may).filter(may))}的报道中`;
    const rest = whole() ? '' : '；更早的报道，点“显示更多”继续搜索';
    showStatus(view, convert(`${where}找到 ${total} 篇包含${quoted}的报道${isFiltered(state) ? '（已筛选）' : ''}${rest}`));
  };
  status();
  /** Takes in the next older part: the new results not listed yet join the queue; false when no part is left. */
  const widen = async (): Promise<boolean> => {
    if (!(await index.widen(may))) return false;
    found = await search();
    pending = found.results.filter((r) => !listed.has(r.id));
    return true;
  };
  await showPages(view, convert, {
    next: async (draw) => {
      let drawn = 0;
      // Results are checked literally as their text loads; one that fails (its phrase
      // straddled punctuation) is dropped and the next one takes its place. Each is drawn
      // as soon as it and those before it are checked.
      while (drawn < PAGE_SIZE && (pending.length > 0 || (await widen()))) {
        const batch = pending.splice(0, PAGE_SIZE - drawn);
        for (const r of batch) listed.add(r.id);
        const checks = batch.map((r) => verifyOnce(r, terms));
        for (const check of checks) {
          const hit = await check;
          if (!run.live()) return false;
          if (!hit) continue;
          shownCount += 1;
          drawn += 1;
          const known = run.byUrl.get(hit.url);
          // The index's title is the page's, as written (pagefind-record.ts); only the name index's rows are loaded.
          const title = known?.title ?? hit.meta.title ?? hit.url;
          draw({ url: hit.url, title, date: known?.date ?? hit.meta.date ?? null, excerpt: makeExcerpt(hit.text, terms, { skip: title }) });
        }
      }
      if (!run.live()) return false;
      status();
      if (shownCount === 0 && pending.length === 0) {
        showNothing(run, quoted, namesShown);
        return false;
      }
      return true;
    },
    more: () => pending.length > 0 || !whole(),
  });
}

/** No result: says so, and suggests names close to the query unless names are shown already. */
function showNothing(run: Run, quoted: string, namesShown: boolean): void {
  const { state, view, convert } = run;
  const filtered = isFiltered(state);
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
