/**
 * What the search loads, each once per page and only when a reader searches: the
 * name index in parts (search-parts.ts: the names, then only the article lists of
 * the entities a query names) and Pagefind's JS API.
 */
import { matchNames } from '../../search/match-names.ts';
import { decodeCharMap, type CharMap } from '../../search/query-fold.ts';
import type { ArticleFacets, IndexedArticle, NameEntry, SearchData } from '../../search/model.ts';
import { ALL_ARTICLES_PATH, hitsPath, mergeSearchData, NAMES_PATH, rowPlace, rowsPath, type HitsFile, type NamesFile, type RowData } from '../../search/search-parts.ts';
import { partBundlePath, PARTS_PATH, queryChunks, sortedAcrossParts, type PartsFile } from '../../search/pagefind-parts.ts';
import { verify, type PagefindApi, type PagefindResponse, type PagefindResult, type VerifiedResult } from '../../search/text-search.ts';

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
  /** Merged search data, by need (see `loadSearchData`). */
  data: Map<string, Promise<LoadedSearchData>>;
  /** Pagefind's answers, by query, options and merged parts (see `remembered`). */
  searches: Map<string, Promise<PagefindResponse | null>>;
  /** Checked results, by result and terms (see `verifyOnce`). */
  verified: Map<string, Promise<VerifiedResult | null>>;
  /** The tag of Pagefind's entry file once its files are asked for (see `preloadPagefind`). */
  pagefindTag: string | null;
  /** The index chunks asked for (see `preloadPagefind`), by hash. */
  chunks: Set<string>;
  segmenterWarmed: boolean;
}
const loads: Loads = ((globalThis as unknown as Record<symbol, Loads | undefined>)[Symbol.for('tianjin-news/search-loads')] ??= {
  files: new Map(),
  engine: null,
  data: new Map(),
  searches: new Map(),
  verified: new Map(),
  pagefindTag: null,
  chunks: new Set(),
  segmenterWarmed: false,
});
const cache = loads.files;

/**
 * `make()` once per key and page, kept in `store` (one of the shared maps above): a failed
 * one is made again next time; beyond `limit` keys the oldest are let go.
 */
function once<T>(store: Map<string, Promise<unknown>>, key: string, make: () => Promise<T>, limit = Infinity): Promise<T> {
  let pending = store.get(key) as Promise<T> | undefined;
  if (!pending) {
    const made = make();
    made.catch(() => {
      if (store.get(key) === made) store.delete(key);
    });
    store.set(key, made);
    for (const old of store.keys()) {
      if (store.size <= limit) break;
      store.delete(old);
    }
    pending = made;
  }
  return pending;
}

/** One fetch per file and page. */
function fetchJson<T>(path: string): Promise<T> {
  return once(cache, path, () =>
    fetch(path).then((response) => {
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
      return response.json() as Promise<T>;
    }),
  );
}

/** Searches whose data and answers are kept per page: the last few (a reader going back and forth, or typing). */
const KEPT = 16;

/**
 * The search data a search needs, merged once per need and page: the head script's
 * answer for a search in the URL is the page's modules' answer too.
 */
export function loadSearchData(need: SearchNeed = 'names'): Promise<LoadedSearchData> {
  return once(loads.data, JSON.stringify(need), () => mergeLoaded(need), KEPT);
}

async function mergeLoaded(need: SearchNeed): Promise<LoadedSearchData> {
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
 * the setup is done and asks for the chunks at once. The first of them to finish is the end
 * of the setup with the chunks in: a search made then finds both and does not wait.
 */
const SETUP_LOOKS = [0, 12, 25, 37];

function setupDone(pagefind: PagefindModule, terms: readonly string[]): Promise<void> {
  if (!pagefind.preload || terms.length === 0) return Promise.resolve();
  const looks = SETUP_LOOKS.map(
    (delay) =>
      new Promise<void>((resolve, reject) => {
        setTimeout(() => void Promise.all(terms.map((term) => pagefind.preload!(term))).then(() => resolve(), reject), delay);
      }),
  );
  // Pagefind's setup failed when every look does: its searches would fail the same way.
  return Promise.any(looks).catch((error: unknown) => Promise.reject(error instanceof AggregateError ? error.errors[0] : error));
}

/**
 * Pagefind's search, each query (with its options, over the parts merged so far) made
 * once per page: the head script starts a search in the URL as soon as Pagefind is set
 * up, and the page's modules, which arrive later, take its answer.
 */
function remembered(pagefind: PagefindApi, merged: () => readonly string[]): PagefindApi {
  return { search: (query, options) => once(loads.searches, JSON.stringify([query, options ?? {}, merged()]), () => pagefind.search(query, options), KEPT) };
}

/** `verify`, once per result and terms on a page (the head script checks the first page of results ahead of the page's modules). */
export function verifyOnce(result: PagefindResult, terms: readonly string[]): Promise<VerifiedResult | null> {
  return once(loads.verified, JSON.stringify([result.id, terms]), () => verify(result, terms));
}

/** Asks for a file the page will fetch soon, so its request starts now (the later fetch takes the response). */
function preload(href: string, rel = 'preload'): void {
  document.head.append(Object.assign(document.createElement('link'), rel === 'preload' ? { rel, as: 'fetch', crossOrigin: 'anonymous', href } : { rel, href }));
}

/** Pagefind's WebAssembly for a language without one of its own (Chinese has none). */
const NEUTRAL_WASM = 'unknown';
const wasmPath = (name: string): string => `${PAGEFIND_DIR}wasm.${name}.pagefind`;

/** The main bundle's index the page's Pagefind will pick, as Pagefind picks it: the page's language's, else the largest. */
function pagefindIndex({ languages }: PartsFile): PartsFile['languages'][string] | undefined {
  const lang = document.documentElement.lang.toLowerCase();
  return languages[lang] ?? languages[lang.split('-')[0]!] ?? Object.values(languages).sort((a, b) => b.page_count - a.page_count)[0];
}

/**
 * Pagefind asks for its metadata and WebAssembly only once its script has loaded and run
 * and its entry file has come back: asked for here instead, as soon as the list of parts
 * (which names the main bundle's indexes as its entry file does) is in, named as Pagefind
 * names them (its own WebAssembly, else the language-neutral one, which is asked for at
 * once, before the list can say so). A wrong guess costs a wasted request.
 */
async function preloadPagefindFiles(): Promise<void> {
  preload(wasmPath(NEUTRAL_WASM));
  const index = pagefindIndex(await fetchJson<PartsFile>(PARTS_PATH));
  if (!index) return;
  preload(`${PAGEFIND_DIR}pagefind.${index.hash}.pf_meta`);
  if (index.wasm) preload(wasmPath(index.wasm));
}

/**
 * The index chunks of `terms` (as Pagefind is asked), each once per page: the list of parts
 * names the main bundle's chunks (search/pagefind-parts.ts, queryChunks), where Pagefind could
 * name them only once its metadata is in and decoded.
 */
async function preloadChunks(terms: readonly string[]): Promise<void> {
  const index = pagefindIndex(await fetchJson<PartsFile>(PARTS_PATH));
  for (const hash of terms.flatMap((term) => queryChunks(index?.chunks ?? [], term))) {
    if (loads.chunks.has(hash)) continue;
    loads.chunks.add(hash);
    preload(`${PAGEFIND_DIR}index/${hash}.pf_index`);
  }
}

/**
 * Pagefind splits every query with the browser's word segmenter for the page's language
 * (`Intl.Segmenter`). The first one a page makes loads ICU's break data, 30–60 ms on this
 * machine, and ICU keeps it for the whole renderer process: so it is made on a worker
 * thread, beside the page's own work, and the page's first search finds it loaded. Without
 * workers it is made on the page's thread while Pagefind's files are on their way.
 */
function warmWordSegmenter(): void {
  if (loads.segmenterWarmed || typeof Intl.Segmenter !== 'function') return;
  loads.segmenterWarmed = true;
  const lang = document.documentElement.lang || 'zh-CN';
  const warm = `for(const _ of new Intl.Segmenter(${JSON.stringify(lang)},{granularity:'word'}).segment('搜索'))break;postMessage(0)`;
  const onThisThread = (): void => {
    setTimeout(() => {
      for (const _ of new Intl.Segmenter(lang, { granularity: 'word' }).segment('搜索')) break;
    }, 0);
  };
  try {
    const url = URL.createObjectURL(new Blob([warm], { type: 'text/javascript' }));
    const worker = new Worker(url);
    const done = (): void => {
      worker.terminate();
      URL.revokeObjectURL(url);
    };
    worker.onmessage = done;
    worker.onerror = () => {
      done();
      onThisThread();
    };
  } catch {
    onThisThread();
  }
}

/**
 * Asks for Pagefind's files, each once per page, without running any of it: its script, its
 * entry file, the list of parts, then its metadata, WebAssembly and the index chunks of
 * `terms` (as Pagefind is asked). The head script does so as soon as the name index says a
 * search in the URL names no entity.
 *
 * The entry file's URL carries a tag (`?ts=`, to get past caches; by default the time
 * Pagefind asks): chosen here and handed to Pagefind when it starts, so that Pagefind's
 * own request takes this response.
 */
function preloadPagefind(terms: readonly string[]): string {
  if (loads.pagefindTag === null) {
    loads.pagefindTag = String(Date.now());
    preload(`${PAGEFIND_ENTRY_PATH}?ts=${loads.pagefindTag}`);
    preload(PAGEFIND_PATH, 'modulepreload');
    void preloadPagefindFiles().catch(() => undefined);
  }
  void preloadChunks(terms).catch(() => undefined);
  return loads.pagefindTag;
}

/** `terms`: the words the first search will ask for (as Pagefind is asked), whose index chunks load as soon as Pagefind can name them. */
export function loadPagefind(terms: readonly string[] = []): Promise<TextIndex> {
  const tag = preloadPagefind(terms);
  warmWordSegmenter();
  const engine = (loads.engine ??= Promise.all([import(/* @vite-ignore */ PAGEFIND_PATH) as Promise<PagefindModule>, fetchJson<PartsFile>(PARTS_PATH)]).then(async ([pagefind, { parts }]) => {
    // On the page's own thread: the worker would be one more script (12 KB gzip) to fetch
    // before the first result, and the searches here are small.
    await pagefind.options?.({ noWorker: true, metaCacheTag: tag });
    await pagefind.init?.();
    await setupDone(pagefind, terms);
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
      pagefind: sortedAcrossParts(remembered(pagefind, () => merged), () => merged),
    };
  }));
  engine.catch(() => {
    if (loads.engine === engine) loads.engine = null;
  });
  return engine;
}
