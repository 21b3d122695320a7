/**
 * The search box in every page's header. Without scripts it is a plain GET form
 * to /search/. With them, the name index is fetched the first time the reader
 * focuses the box, and the projects, districts, industries and people matching
 * what they type are offered below it (straight to the entity's page, with its
 * article count), then "search all text". Pagefind is not loaded here: full-text
 * search happens on /search/.
 */
// Injected scripts cannot bring a stylesheet along, so the few rules travel as text.
import styles from './header.css?raw';
import { matchNames } from '../../search/match-names.ts';
import type { NameEntry } from '../../search/model.ts';
import { searchStateUrl } from '../../search/url-state.ts';
import { h, replaceChildren } from './dom.ts';
import { kindLabel } from './labels.ts';
import { loadSearchData } from './load.ts';
import { displayConverter, type Convert } from './script-converter.ts';

const MAX_NAMES = 6;
let boxes = 0;

export function enhanceHeaderSearch(): void {
  for (const form of document.querySelectorAll<HTMLFormElement>('form[role="search"]')) {
    // The search page's own form gets the same suggestions from the page's script.
    if (form.hasAttribute('data-search-form')) continue;
    const input = form.querySelector<HTMLInputElement>('input[name="q"]');
    if (input) attachSuggestions(form, input);
  }
}

let styled = false;

/** Name suggestions under a search box: a combobox whose options go straight to an entity's page. */
export function attachSuggestions(form: HTMLFormElement, input: HTMLInputElement): void {
  if (!styled) document.head.append(h('style', {}, styles));
  styled = true;
  // Named after the box, so two scripts attaching lists never make the same id.
  const id = `${input.id || `search-box-${++boxes}`}-suggest`;
  const list = h('ul', { id, role: 'listbox', class: 'search-suggest-list', hidden: true, 'aria-label': '名称建议' });
  form.classList.add('search-suggest-host');
  form.append(list);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', id);

  let active = -1;
  let options: HTMLLIElement[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let run = 0;

  const close = (): void => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const highlight = (index: number): void => {
    options.forEach((o, i) => o.setAttribute('aria-selected', String(i === index)));
    active = index;
    if (index >= 0) input.setAttribute('aria-activedescendant', options[index]!.id);
    else input.removeAttribute('aria-activedescendant');
  };

  const update = async (): Promise<void> => {
    const token = ++run;
    const q = input.value.trim();
    if (!q) return close();
    let loaded;
    try {
      loaded = await loadSearchData();
    } catch {
      return close();
    }
    const convert = await displayConverter(loaded.data.keepNames);
    if (token !== run) return;
    const m = matchNames(loaded.data.entries, q, loaded.chars);
    const entries = [...m.exact, ...m.named, ...m.partial].slice(0, MAX_NAMES);
    const all = searchStateUrl({ q, filter: {}, sort: 'relevance' });
    options = [
      ...entries.map((e, i) => option(`${id}-${i}`, e.url ?? searchStateUrl({ q: e.name, filter: {}, sort: 'relevance' }), entryLabel(e, convert))),
      option(`${id}-all`, all, [h('span', { class: 'search-kind' }, convert('全文')), convert(`搜索“${q}”`)]),
    ];
    replaceChildren(list, ...options);
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    highlight(-1);
  };

  input.addEventListener('focus', () => void loadSearchData().catch(() => undefined), { once: true });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void update(), 60);
  });
  input.addEventListener('keydown', (event) => {
    if (list.hidden) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      // Positions cycle through -1 (the box itself) and 0 … n-1.
      const n = options.length;
      highlight(((active + 1 + step + n + 1) % (n + 1)) - 1);
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      location.href = options[active]!.querySelector('a')!.href;
    } else if (event.key === 'Escape') {
      close();
    }
  });
  // Keep focus in the box while a suggestion is clicked, so the click lands.
  list.addEventListener('pointerdown', (event) => event.preventDefault());
  input.addEventListener('blur', close);
  form.addEventListener('submit', close);
}

function option(id: string, href: string, content: (Node | string)[]): HTMLLIElement {
  return h('li', { id, role: 'option', 'aria-selected': 'false' }, h('a', { href, tabindex: '-1' }, ...content));
}

function entryLabel(entry: NameEntry, convert: Convert): (Node | string)[] {
  return [
    h('span', { class: 'search-kind' }, convert(kindLabel[entry.kind])),
    h('span', { class: 'search-suggest-name' }, convert(entry.name)),
    h('span', { class: 'count' }, convert(entry.count > 0 ? `${entry.count} 篇` : '暂无报道')),
  ];
}
