/**
 * The name strategy: a query naming entities (or filters alone) lists exactly the
 * articles tagged with them, straight from the name index, most mentions first or
 * newest first; excerpts follow from Pagefind, and the articles that name them only
 * in passing come under a heading of their own.
 */
import { containsAll, makeExcerpt } from '../../search/excerpt.ts';
import type { IndexedArticle, NameEntry } from '../../search/model.ts';
import { filterKey } from '../../search/pagefind-fields.ts';
import { applyFilter, facetOptions, hitsForEntries, sortHits } from '../../search/results.ts';
import { unsegment } from '../../search/segment.ts';
import type { PagefindApi } from '../../search/text-search.ts';
import { h, replaceChildren } from './dom.ts';
import { kindLabel } from './labels.ts';
import { loadPagefind } from './load.ts';
import { PAGE_SIZE, renderEntities, renderRow, setMenus, showPages, showPassing, showStatus, type Row, type ShownRow } from './render.ts';
import { isFiltered, searchTerms, type Run } from './search-state.ts';

export async function nameResults(run: Run, entries: NameEntry[]): Promise<void> {
  const { state, view, data, convert } = run;
  const hits = state.q ? hitsForEntries(data, entries) : data.articles.map((article) => ({ article, mentions: 0 }));
  const shown = sortHits(applyFilter(hits, state.filter), state.sort);
  setMenus(view, facetOptions(hits, state.filter), state.filter, convert);
  renderEntities(view, [{ heading: '名称', entries }], convert);

  const what = entries.length === 1 ? `${kindLabel[entries[0]!.kind]}“${entries[0]!.name}”` : `“${state.q}”`;
  const total = state.q ? `${what}：共 ${hits.length} 篇报道提到` : `共 ${hits.length} 篇报道`;
  showStatus(view, convert(isFiltered(state) ? `${total}，符合筛选条件的 ${shown.length} 篇` : total));
  if (shown.length === 0) {
    showPassing(view, state.q ? passingSection(run, entries, new Set()) : null);
    replaceChildren(view.results, h('li', { class: 'search-empty' }, convert(hits.length === 0 ? '暂无报道以它为主题。' : '没有符合筛选条件的报道，可以放宽筛选条件。')));
    return;
  }
  showPassing(view, state.q ? passingSection(run, entries, new Set(hits.map((hit) => hit.article.id))) : null);
  const needles = [...entries.flatMap((e) => [e.name, ...e.aliases]), ...searchTerms(run)];
  const rows = shown.map(({ article, mentions }): Row => ({ url: article.url, title: article.title, date: article.date, mentions: state.q ? mentions : undefined }));
  let at = 0;
  await showPages(view, convert, {
    next: async () => {
      const page = rows.slice(at, at + PAGE_SIZE);
      at += page.length;
      return page;
    },
    more: () => at < rows.length,
    shown: async (page) => {
      if (run.live()) await addExcerpts(run, page, entries, needles);
    },
  });
}

/**
 * Excerpts for name results. The rows are already shown; their text comes from
 * Pagefind, narrowed by the entities' tags, walked newest first and loaded only
 * until every row of the page has its excerpt (with a cap, so a long list sorted
 * by mentions cannot make the reader download the whole index).
 */
async function addExcerpts(run: Run, page: ShownRow[], entries: NameEntry[], needles: string[]): Promise<void> {
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
    const content = unsegment(fragment.content);
    const present = needles.filter((n) => containsAll(content, [n]));
    if (present.length === 0 || !run.live()) continue;
    target.row.excerpt = makeExcerpt(content, present, { skip: target.row.title });
    const item = renderRow(target.row, run.convert);
    target.item.replaceWith(item);
    target.item = item;
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
