/**
 * Drawing the search page: its elements, the status line, the filter menus, the
 * entity cards and the result rows, a page at a time. Every text goes through the
 * display converter (简/繁); nothing here decides what is found.
 */
import { formatDate } from '../../utils/dates.ts';
import { compareStrings, descending } from '../../lib/compare.ts';
import type { ExcerptPiece } from '../../search/excerpt.ts';
import { facets, type Facet, type NameEntry } from '../../search/model.ts';
import type { FacetCounts, FacetFilter } from '../../search/results.ts';
import { h, replaceChildren } from './dom.ts';
import { facetLabel, kindLabel } from './labels.ts';
import type { Convert } from './script-converter.ts';

/** Rows a page of results shows, and a press of 更多 adds. */
export const PAGE_SIZE = 10;

export interface View {
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
export interface Row {
  url: string;
  title: string;
  date: string | null;
  mentions?: number;
  excerpt?: ExcerptPiece[];
}

export function bindView(root: HTMLElement): View {
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

export function showStatus(view: View, message: string): void {
  delete view.status.dataset.pending;
  view.status.textContent = message;
}

/** Menus offer the values with their counts; a selected value stays even when nothing has it. */
export function setMenus(view: View, counts: FacetCounts | null, filter: FacetFilter, convert: Convert, withCounts = true): void {
  for (const facet of facets) {
    const select = view.selects[facet];
    const selected = filter[facet];
    // Pagefind reports every value, with 0 for those the results lack; offer only the others.
    const values = Object.fromEntries(Object.entries(counts?.[facet] ?? {}).filter(([v, n]) => n > 0 || !withCounts || v === selected));
    if (selected && !(selected in values)) values[selected] = 0;
    // Years newest first; other values most frequent first, then by name.
    const order = Object.keys(values).sort(facet === 'year' ? descending(compareStrings) : (a, b) => values[b]! - values[a]! || compareStrings(a, b));
    replaceChildren(
      select,
      h('option', { value: '' }, convert(`全部${facetLabel[facet]}`)),
      ...order.map((value) => h('option', { value }, convert(withCounts ? `${value}（${values[value]}）` : value))),
    );
    select.value = selected ?? '';
    select.disabled = order.length === 0;
  }
}

/** Groups of entity cards under their headings; empty groups are left out. */
export function renderEntities(view: View, groups: { heading: string; entries: NameEntry[] }[], convert: Convert): void {
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

function renderEntity(entry: NameEntry, convert: Convert): HTMLLIElement {
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

export function renderRow(row: Row, convert: Convert): HTMLLIElement {
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

/** Puts the passing-mentions section after the result list, or removes it. */
export function showPassing(view: View, section: HTMLElement | null): void {
  view.root.querySelector('[data-search-passing]')?.remove();
  if (section) view.results.after(section);
}

/** How a result strategy feeds the list: the next page's rows, and whether more remain. */
export interface Pages {
  /**
   * Draws the next page's rows with `draw`, in order, each as soon as it is known (a page of
   * full-text results shows its first row while the text of later ones is still loading);
   * false when the run is no longer current or has shown something else instead.
   */
  next(draw: (row: Row) => void): Promise<boolean>;
  more(): boolean;
}

/** Empties the result list and shows the first page; 更多 shows the next, while there is one. */
export async function showPages(view: View, convert: Convert, pages: Pages): Promise<void> {
  replaceChildren(view.results);
  const showNext = async (): Promise<void> => {
    view.more.hidden = true;
    if (!(await pages.next((row) => view.results.append(renderRow(row, convert))))) return;
    view.more.hidden = !pages.more();
    view.more.onclick = () => void showNext();
  };
  await showNext();
}
