/**
 * What the search loads, each once per page and only when a reader searches: the
 * name index in parts (search-parts.ts: the names, then only the article lists of
 * the entities a query names) and Pagefind's JS API.
 */
import { matchNames } from '../../search/match-names.ts';
import { decodeCharMap, type CharMap } from '../../search/query-fold.ts';
import type { ArticleFacets, IndexedArticle, NameEntry, SearchData } from '../../search/model.ts';
import { ALL_ARTICLES_PATH, hitsPath, mergeSearchData, NAMES_PATH, rowPlace, rowsPath, type HitsFile, type NamesFile, type RowData } from '../../search/search-parts.ts';
import { partBundlePath, PARTS_PATH, sortedAcrossParts, type PartsFile } from '../../search/pagefind-parts.ts';
import type { PagefindApi } from '../../search/text-search.ts';

export interface LoadedSearchData {
  /** Every article's whole row when browsing by filters ('all'), else the facets of the named entries' articles. */
  data: SearchData<ArticleFacets | IndexedArticle>;
  chars: CharMap;
}

/**
 * What a search needs: the names alone (suggestions), the article lists of the
 * entities a query names, or every article (browsing by filters without a query).
 */
export type SearchNeed = 'names' | { query: string; firstPage?: boolean } | 'all';

/**
 * What is loaded, once per page. The search page's head script (head-script.ts) is a bundle
 * of its own, inlined into the page, that starts a search's loads before the page's modules
 * arrive; both bundles keep their loads here, on the window under a registered symbol, so the
 * modules take the requests already on their way instead of making them again.
 */
interface Loads {
  files: Map<string, Promise<unknown>>;
  engine: Promise<TextIndex> | null;
}
const loads: Loads = ((globalThis as unknown as Record<symbol, Loads | undefined>)[Symbol.for('tianjin-news/search-loads')] ??= { files: new Map(), engine: null });
const cache = loads.files;

/** One fetch per file and page; a failed one is tried again next time. */
function fetchJson<T>(path: string): Promise<T> {
  let pending = cache.get(path) as Promise<T> | undefined;
  if (!pending) {
    pending = fetch(path).then((response) => {
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
      return response.json() as Promise<T>;
    });
    pending.catch(() => cache.delete(path));
    cache.set(path, pending);
  }
  return pending;
}

export async function loadSearchData(need: SearchNeed = 'names'): Promise<LoadedSearchData> {
  const names = await fetchJson<NamesFile>(NAMES_PATH);
  const chars = decodeCharMap(names.chars);
  const hits = new Map<number, HitsFile>();
  let all: IndexedArticle[] | undefined;
  if (need === 'all') {
    all = await fetchJson<IndexedArticle[]>(ALL_ARTICLES_PATH);
  } else if (need !== 'names') {
    // The page lists articles only for entities the whole query names; others it shows as links with counts.
    const wanted = matchNames(names.entries, need.query, chars).exact.map((e) => names.entries.indexOf(e));
    // Unfiltered and by relevance, the first page is the start of the entry's own list, its first
    // rows file: fetched beside the hits instead of after them.
    if (need.firstPage) for (const n of wanted) if (names.entries[n]!.count > 0) fetchJson<RowData[]>(rowsPath(n, 0)).catch(() => undefined);
    const files = await Promise.all(wanted.map((n) => fetchJson<HitsFile>(hitsPath(n))));
    wanted.forEach((n, k) => hits.set(n, files[k]!));
  }
  return { data: mergeSearchData(names, hits, all), chars };
}

const isRow = (article: ArticleFacets | IndexedArticle): article is IndexedArticle => 'url' in article;

/**
 * The rows (title, link, excerpt) of the articles at `places` in `data`: from the
 * article itself when every row is loaded, else from the rows files of `entries`
 * that list them, each file fetched once.
 */
export async function loadRows(data: LoadedSearchData['data'], entries: readonly NameEntry[], places: readonly number[]): Promise<Map<number, RowData>> {
  const rows = new Map<number, RowData>();
  const wanted: { place: number; path: string; row: number }[] = [];
  for (const place of places) {
    const article = data.articles[place]!;
    if (isRow(article)) {
      rows.set(place, { url: article.url, title: article.title });
      continue;
    }
    for (const entry of entries) {
      const at = rowPlace(entry, place);
      if (!at) continue;
      wanted.push({ place, path: rowsPath(data.entries.indexOf(entry), at[0]), row: at[1] });
      break;
    }
  }
  const files = await Promise.all(wanted.map((w) => fetchJson<RowData[]>(w.path)));
  wanted.forEach((w, k) => rows.set(w.place, files[k]![w.row]!));
  return rows;
}

/**
 * The full-text index as far as it is loaded. A large archive is indexed in parts by
 * date (pagefind-parts.ts), and every part costs a query its own index chunks, one per
 * character: so a search starts with the newest part (Pagefind's main bundle) and
 * merges older ones (Pagefind's mergeIndex) only while it needs more results.
 */
export interface TextIndex {
  /** Every part's key, newest first. */
  parts: readonly string[];
  /**
   * The newest parts up to the first that is neither merged nor ruled out by `may`
   * (it cannot hold matches): what a search has looked through, newest first.
   */
  searched(may?: (key: string) => boolean): readonly string[];
  /** Merges the newest part not yet merged that `may` hold matches; false when there is none. */
  widen(may?: (key: string) => boolean): Promise<boolean>;
  /** Searches the merged parts. */
  pagefind: PagefindApi;
}

interface PagefindModule extends PagefindApi {
  options?: (options: { noWorker?: boolean; metaCacheTag?: string }) => Promise<void>;
  init?: () => Promise<void>;
  mergeIndex?: (path: string) => Promise<void>;
  preload?: (term: string) => Promise<void>;
}

/** Pagefind's bundle is written after the build, so it is loaded at run time, never bundled. */
const PAGEFIND_DIR = '/pagefind/';
const PAGEFIND_PATH = `${PAGEFIND_DIR}pagefind.js`;
const PAGEFIND_ENTRY_PATH = `${PAGEFIND_DIR}pagefind-entry.json`;

/**
 * Pagefind's search waits for its setup (entry file, metadata, WebAssembly) by looking
 * every 50 ms, from the moment it is called, and its API has no promise for the end of that
 * setup. Preloading the query's index chunks (Pagefind's own preload) as soon as Pagefind is
 * started, several times a quarter of that period apart, means one of them looks soon after
 * the setup is done and asks for the chunks at once; the search that follows finds the setup
 * done and the chunks on their way.
 */
const SETUP_LOOKS = [0, 12, 25, 37];

function preloadChunks(pagefind: PagefindModule, terms: readonly string[]): void {
  if (!pagefind.preload || terms.length === 0) return;
  for (const delay of SETUP_LOOKS) {
    setTimeout(() => {
      for (const term of terms) pagefind.preload!(term).catch(() => undefined);
    }, delay);
  }
}

/** Asks for a file the page will fetch soon, so its request starts now (the later fetch takes the response). */
function preload(href: string): void {
  document.head.append(Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href }));
}

interface PagefindEntry {
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
}

/**
 * Pagefind asks for its metadata and WebAssembly only once its script has loaded and run
 * and its entry file has come back: asked for here beside its script instead, named as
 * Pagefind names them (the page's language's index, else the largest; its own
 * WebAssembly, else the language-neutral one). A wrong guess costs a wasted request.
 */
async function preloadPagefindFiles(): Promise<void> {
  const { languages } = await fetchJson<PagefindEntry>(PAGEFIND_ENTRY_PATH);
  const lang = document.documentElement.lang.toLowerCase();
  const index = languages[lang] ?? languages[lang.split('-')[0]!] ?? Object.values(languages).sort((a, b) => b.page_count - a.page_count)[0];
  if (!index) return;
  preload(`${PAGEFIND_DIR}pagefind.${index.hash}.pf_meta`);
  preload(`${PAGEFIND_DIR}wasm.${index.wasm ?? 'unknown'}.pagefind`);
}

/**
 * Pagefind splits every query with the browser's word segmenter for the page's language
 * (`Intl.Segmenter`, a new one each search). The first one made for Chinese loads ICU's
 * dictionary, 40–60 ms of the main thread on this machine (later ones take well under
 * 1 ms): made here, while Pagefind's files are on their way, instead of in the first search.
 */
function warmWordSegmenter(): void {
  if (typeof Intl.Segmenter !== 'function') return;
  const segmenter = new Intl.Segmenter(document.documentElement.lang || undefined, { granularity: 'word' });
  for (const _ of segmenter.segment('搜索')) break;
}

/** `terms`: the words the first search will ask for (as Pagefind is asked), whose index chunks load as soon as Pagefind can name them. */
export function loadPagefind(terms: readonly string[] = []): Promise<TextIndex> {
  // The tag Pagefind puts on its entry file's URL (`?ts=`, to get past caches; by default the
  // time it asks): chosen here and handed to Pagefind, so that the file is asked for now,
  // beside Pagefind's script, and Pagefind's own request takes that response.
  let tag = '';
  if (!loads.engine) {
    tag = String(Date.now());
    preload(`${PAGEFIND_ENTRY_PATH}?ts=${tag}`);
    // Once Pagefind's files are asked for, so that its requests are on their way first.
    void preloadPagefindFiles()
      .catch(() => undefined)
      .then(() => setTimeout(warmWordSegmenter, 0));
  }
  const engine = (loads.engine ??= Promise.all([import(/* @vite-ignore */ PAGEFIND_PATH) as Promise<PagefindModule>, fetchJson<PartsFile>(PARTS_PATH)]).then(async ([pagefind, { parts }]) => {
    // On the page's own thread: the worker would be one more script (12 KB gzip) to fetch
    // before the first result, and the searches here are small.
    await pagefind.options?.({ noWorker: true, metaCacheTag: tag });
    await pagefind.init?.();
    preloadChunks(pagefind, terms);
    // Pagefind's filter index is not loaded up front: it only counts, grows with every article
    // (140 KB gzip at 10,000), and the menus take their values from names.json. A search with
    // a filter loads that filter's part of it.
    const merged = parts.slice(0, 1);
    let widening: Promise<boolean> = Promise.resolve(true);
    const any = (): boolean => true;
    return {
      parts,
      searched: (may = any) => {
        const upTo = parts.findIndex((key) => !merged.includes(key) && may(key));
        return upTo === -1 ? parts : parts.slice(0, upTo);
      },
      widen: (may = any) => {
        // One merge at a time, in date order, however many searches ask.
        const next = widening.then(async () => {
          const key = parts.find((k) => !merged.includes(k) && may(k));
          if (key === undefined) return false;
          await pagefind.mergeIndex?.(partBundlePath(key));
          merged.push(key);
          // Newest first, as sortedAcrossParts joins them.
          merged.sort((a, b) => parts.indexOf(a) - parts.indexOf(b));
          return true;
        });
        // A failed merge fails this search, not the next ones.
        widening = next.catch(() => false);
        return next;
      },
      pagefind: sortedAcrossParts(pagefind, () => merged),
    };
  }));
  engine.catch(() => {
    if (loads.engine === engine) loads.engine = null;
  });
  return engine;
}
