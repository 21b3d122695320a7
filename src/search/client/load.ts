/**
 * What the search loads, each once per page and only when a reader searches:
 * the name index (one small JSON file) and Pagefind's JS API.
 */
import { decodeCharMap, type CharMap } from '../normalize.ts';
import { SEARCH_DATA_PATH, type SearchData } from '../model.ts';
import type { PagefindApi } from '../text-search.ts';

export interface LoadedSearchData {
  data: SearchData;
  chars: CharMap;
}

let names: Promise<LoadedSearchData> | null = null;
let engine: Promise<PagefindApi> | null = null;

export function loadSearchData(): Promise<LoadedSearchData> {
  names ??= fetch(SEARCH_DATA_PATH)
    .then((response) => {
      if (!response.ok) throw new Error(`${SEARCH_DATA_PATH}: HTTP ${response.status}`);
      return response.json() as Promise<SearchData>;
    })
    .then((data) => ({ data, chars: decodeCharMap(data.chars) }));
  names.catch(() => {
    names = null;
  });
  return names;
}

interface PagefindModule extends PagefindApi {
  init?: () => Promise<void>;
  filters?: () => Promise<unknown>;
}

/** Pagefind's bundle is written after the build, so it is loaded at run time, never bundled. */
export const PAGEFIND_PATH = '/pagefind/pagefind.js';

export function loadPagefind(): Promise<PagefindApi> {
  engine ??= (import(/* @vite-ignore */ PAGEFIND_PATH) as Promise<PagefindModule>).then(async (pagefind) => {
    await pagefind.init?.();
    // Searches report filter counts only once the filter index is loaded.
    await pagefind.filters?.();
    return pagefind;
  });
  engine.catch(() => {
    engine = null;
  });
  return engine;
}
