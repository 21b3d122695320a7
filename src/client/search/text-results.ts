/**
 * The full-text strategy: a query that names no entity outright goes to Pagefind;
 * the names it mentions or partly matches are shown first, and every result is
 * checked against its text before it is listed.
 */
import { makeExcerpt } from '../../search/excerpt.ts';
import { suggestNames, type NameMatches } from '../../search/match-names.ts';
import { searchText, verify, type PagefindApi } from '../../search/text-search.ts';
import { searchStateUrl } from '../../search/url-state.ts';
import { h, replaceChildren } from './dom.ts';
import { loadPagefind } from './load.ts';
import { PAGE_SIZE, renderEntities, setMenus, showPages, showStatus, type Row } from './render.ts';
import { isFiltered, searchTerms, type Run } from './search-state.ts';

export async function textResults(run: Run, matches: NameMatches): Promise<void> {
  const { state, view, convert } = run;
  const terms = searchTerms(run);
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
  const found = await searchText(pagefind, terms, state.filter, state.sort, run.data.values);
  if (!run.live()) return;
  setMenus(view, found.counts ?? found.allValues, state.filter, convert, found.counts !== null);
  const quoted = terms.map((t) => `“${t}”`).join('和');
  const namesShown = matches.named.length + matches.partial.length > 0;
  if (found.results.length === 0) {
    showNothing(run, quoted, namesShown);
    return;
  }

  let total = found.results.length;
  const status = (): void => showStatus(view, convert(`找到 ${total} 篇包含${quoted}的报道${isFiltered(state) ? '（已筛选）' : ''}`));
  status();
  const pending = [...found.results];
  await showPages(view, convert, {
    next: async () => {
      const rows: Row[] = [];
      // Results are checked literally as their text loads; one that fails (its phrase
      // straddled punctuation) is dropped and the next one takes its place.
      while (rows.length < PAGE_SIZE && pending.length > 0) {
        const checked = await Promise.all(pending.splice(0, PAGE_SIZE - rows.length).map((r) => verify(r, terms)));
        if (!run.live()) return null;
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
        return null;
      }
      return rows;
    },
    more: () => pending.length > 0,
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
