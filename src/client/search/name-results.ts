/**
 * The name strategy: a query naming entities (or filters alone) lists exactly the
 * articles tagged with them, straight from the name index, most mentions first or
 * newest first, then, under a heading of their own, the articles that name them only
 * in passing. The index brings each hit's facets; the rows of a page (title, link,
 * the excerpt around the name) come from the few rows files that page needs, so a
 * name search loads neither every row of a long list nor the full-text index.
 */
import { markPassage } from '../../search/excerpt.ts';
import type { NameEntry } from '../../search/model.ts';
import { applyFilter, facetOptions, hitsForEntries, sortHits, type NameHit } from '../../search/results.ts';
import { h, replaceChildren } from './dom.ts';
import { kindLabel } from './labels.ts';
import { loadRows } from './load.ts';
import { PAGE_SIZE, renderEntities, renderRow, setMenus, showPages, showPassing, showStatus } from './render.ts';
import { isFiltered, searchTerms, type Run } from './search-state.ts';

export async function nameResults(run: Run, entries: NameEntry[]): Promise<void> {
  const { state, view, data, convert } = run;
  const hits: NameHit[] = state.q ? hitsForEntries(data, entries) : data.articles.map((article, place) => ({ place, article, mentions: 0 }));
  const shown = sortHits(applyFilter(hits, state.filter), state.sort);
  setMenus(view, facetOptions(hits, state.filter), state.filter, convert);
  renderEntities(view, [{ heading: '名称', entries }], convert);

  const what = entries.length === 1 ? `${kindLabel[entries[0]!.kind]}“${entries[0]!.name}”` : `“${state.q}”`;
  const total = state.q ? `${what}：共 ${hits.length} 篇报道提到` : `共 ${hits.length} 篇报道`;
  showStatus(view, convert(isFiltered(state) ? `${total}，符合筛选条件的 ${shown.length} 篇` : total));
  const tagged = new Set(hits.map((hit) => hit.place));
  const passing = state.q ? passingHits(run, entries, tagged) : [];
  if (shown.length === 0) {
    replaceChildren(view.results, h('li', { class: 'search-empty' }, convert(hits.length === 0 ? '暂无报道以它为主题。' : '没有符合筛选条件的报道，可以放宽筛选条件。')));
  }
  showPassing(view, null);
  // Loaded beside the first page of tagged results, shown after it.
  const section = passing.length > 0 ? passingSection(run, entries, passing) : Promise.resolve(null);
  if (shown.length > 0) await showTagged(run, entries, shown);
  const passingList = await section;
  if (run.live()) showPassing(view, passingList);
}

/** The tagged results a page at a time, each page's rows loaded as it is shown. */
async function showTagged(run: Run, entries: NameEntry[], shown: NameHit[]): Promise<void> {
  const { state, view, data, convert } = run;
  const needles = [...entries.flatMap((e) => [e.name, ...e.aliases]), ...searchTerms(run)];
  let at = 0;
  await showPages(view, convert, {
    next: async (draw) => {
      const page = shown.slice(at, at + PAGE_SIZE);
      at += page.length;
      const rows = await loadRows(data, entries, page.map((hit) => hit.place));
      if (!run.live()) return false;
      for (const { place, article, mentions } of page) {
        const row = rows.get(place)!;
        draw({ url: row.url, title: row.title, date: article.date, mentions: state.q ? mentions : undefined, excerpt: row.excerpt === undefined ? undefined : markPassage(row.excerpt, needles) });
      }
      return true;
    },
    more: () => at < shown.length,
  });
}

/** The articles that name the entities only in passing and are not among their tagged ones, narrowed by the filters, newest first. */
function passingHits(run: Run, entries: NameEntry[], tagged: Set<number>): NameHit[] {
  const { data, state } = run;
  const seen = new Set<number>();
  const list: NameHit[] = [];
  for (const e of entries) {
    for (const place of e.passing ?? []) {
      if (seen.has(place) || tagged.has(place)) continue;
      seen.add(place);
      list.push({ place, article: data.articles[place]!, mentions: 0 });
    }
  }
  return sortHits(applyFilter(list, state.filter), 'date');
}

/**
 * The articles that name the entities only in passing (inside another name, in a list),
 * under a heading of their own after the tagged ones, so no article naming them is
 * missing; a page at a time, like the tagged ones, since a common name has hundreds.
 */
async function passingSection(run: Run, entries: NameEntry[], passing: NameHit[]): Promise<HTMLElement> {
  const { convert, data } = run;
  const what = entries.length === 1 ? `“${entries[0]!.name}”` : '这些名称';
  const list = h('ol', { class: 'list search-results' });
  const more = h('button', { type: 'button', class: 'search-more', hidden: true }, convert('显示更多'));
  let at = 0;
  const showNext = async (): Promise<void> => {
    more.hidden = true;
    const page = passing.slice(at, at + PAGE_SIZE);
    at += page.length;
    const rows = await loadRows(data, entries, page.map((hit) => hit.place));
    if (!run.live()) return;
    for (const hit of page) {
      const row = rows.get(hit.place)!;
      const item = renderRow({ url: row.url, title: row.title, date: hit.article.date }, convert);
      // Not a hit of the name: its own class keeps it apart from the tagged results.
      item.className = 'search-passing-hit';
      list.append(item);
    }
    more.hidden = at >= passing.length;
  };
  more.addEventListener('click', () => void showNext());
  await showNext();
  return h(
    'section',
    { class: 'search-passing', 'data-search-passing': '' },
    h('h2', { class: 'search-entity-heading' }, convert(`顺带提及${what}的其他报道（${passing.length} 篇）`)),
    list,
    more,
  );
}
