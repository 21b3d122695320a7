/**
 * Astro integration for site search.
 *
 * On every page it adds the small script that enhances the header's search box
 * (name suggestions; src/client/search/header.ts). For the full-text index it takes
 * the article records from the content loader (`offerSearchRecords` in search-records.ts,
 * called once the collection is loaded) and, as soon as the build starts, hands them
 * as custom records (src/search/pagefind-record.ts) to worker threads that feed
 * Pagefind's Node API (pagefind-workers.ts), so the index is made while Astro renders
 * the pages and does not wait on the busy main thread; when the pages are written it
 * waits for the index and moves the bundle to dist/pagefind/. A large archive is
 * indexed in parts by date, several at once, each by its own Pagefind process, so
 * none grows with the whole archive (src/search/pagefind-parts.ts).
 * Each part's records are hashed: a part whose records are the same as in an earlier
 * build is linked from Astro's cache folder instead of being indexed again.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { UNDATED_SORT_KEY } from '../search/pagefind-fields.ts';
import { MAX_PART_PAGES, PART_FILTER, partitionByDate, type IndexChunk, type PartsFile } from '../search/pagefind-parts.ts';
import { readIndexChunks } from './pagefind-chunks.ts';
import type { PagefindRecord } from '../search/pagefind-record.ts';
import { linkTree } from '../io/link-tree.ts';
import { indexParts, type IndexPartsOptions, type PartJob } from './pagefind-workers.ts';
import { offeredRecords, openRecordSink } from './search-records.ts';
import { compareStrings } from '../lib/compare.ts';

export interface SearchIndexOptions {
  /** Output folder inside dist; the client loads /<outputDir>/pagefind.js. */
  outputDir?: string;
  /** Add the header box enhancement to every page (default true). */
  headerScript?: boolean;
}

const HEADER_SCRIPT = fileURLToPath(new URL('../client/search/header.ts', import.meta.url));

/** Bumped when what is written for the same records changes (Pagefind's version is hashed too). */
const FORMAT = 2;
const PAGEFIND_VERSION = (JSON.parse(readFileSync(new URL('../../node_modules/pagefind/package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** Moves a folder, copying where a rename cannot cross file systems. */
function move(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  try {
    renameSync(from, to);
  } catch {
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}

export interface IndexResult {
  pages: number;
  /** Every part reused from the cache. */
  cached: boolean;
  /** How many parts the index is in (see src/search/pagefind-parts.ts), and how many were indexed afresh. */
  parts: number;
  indexed: number;
}

/** Digest of what determines the bundle. */
export function recordsDigest(records: readonly PagefindRecord[]): string {
  const hash = createHash('sha256').update(`${FORMAT}:${PAGEFIND_VERSION}\n`);
  for (const record of records) hash.update(JSON.stringify(record)).update('\n');
  return hash.digest('hex').slice(0, 32);
}

/** What a merged part needs; the scripts, styles and WebAssembly come with the main bundle. */
const PART_FILES = /^(?:pagefind-entry\.json|.*\.pf_meta|index|filter|fragment)$/;

/**
 * Writes the Pagefind bundle for `records` to `outputPath`: the newest part there,
 * the others under part/<key>/, and parts.json naming them. Each part is copied
 * from the one kept under `cacheDir` for the same records, or indexed afresh.
 * Errors name the record they concern.
 */
export async function writeSearchIndex(
  records: readonly PagefindRecord[],
  outputPath: string,
  cacheDir: string | null,
  maxPages: number = MAX_PART_PAGES,
  workers: IndexPartsOptions = {},
): Promise<IndexResult> {
  const sorted = [...records].sort((a, b) => compareStrings(a.url, b.url));
  const split = partitionByDate(sorted, (r) => (r.sort.date === UNDATED_SORT_KEY ? null : (r.sort.date ?? null)), maxPages);
  // A page names its part only when there are several (sortedAcrossParts asks part by part).
  const parts = split.length === 1 ? split : split.map((p) => ({ key: p.key, items: p.items.map((r) => ({ ...r, filters: { ...r.filters, [PART_FILTER]: [p.key] } })) }));
  rmSync(outputPath, { recursive: true, force: true });
  if (cacheDir) mkdirSync(cacheDir, { recursive: true });
  // Beside the cache when there is one, so a fresh part is renamed into it rather than copied.
  const staging = mkdtempSync(join(cacheDir ?? tmpdir(), '.staging-'));
  const kept = new Set<string>();
  const bundles: string[] = [];
  const jobs: PartJob[] = [];
  /** Where each fresh part is kept: its cache folder. */
  const keepAt = new Map<PartJob, string>();
  try {
    for (const part of parts) {
      const digest = recordsDigest(part.items);
      kept.add(digest);
      const cached = cacheDir ? join(cacheDir, digest) : null;
      if (cached && existsSync(join(cached, 'pagefind.js'))) {
        bundles.push(cached);
        continue;
      }
      const fresh = join(staging, `${part.key}.fresh`);
      const job = { key: part.key, records: part.items, outputPath: fresh };
      jobs.push(job);
      if (cached) keepAt.set(job, cached);
      bundles.push(cached ?? fresh);
    }
    await indexParts(jobs, workers);
    for (const [job, cached] of keepAt) move(job.outputPath, cached);
    // Linked, not copied: a rebuild that reuses every part writes none of its files again.
    for (const [i, part] of parts.entries()) {
      if (i === 0) linkTree(bundles[i]!, outputPath);
      else linkTree(bundles[i]!, join(outputPath, 'part', part.key), (name) => PART_FILES.test(name));
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  const { languages } = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as Pick<PartsFile, 'languages'>;
  // The main bundle's chunks, so the search page can ask for a query's chunks before Pagefind can name them.
  const chunksOf = (hash: string): { chunks?: IndexChunk[] } => {
    const meta = join(outputPath, `pagefind.${hash}.pf_meta`);
    const chunks = existsSync(meta) ? readIndexChunks(readFileSync(meta)) : null;
    return chunks ? { chunks } : {};
  };
  const list: PartsFile = {
    parts: parts.map((p) => p.key),
    languages: Object.fromEntries(Object.entries(languages).map(([lang, { hash, wasm, page_count }]) => [lang, { hash, wasm, page_count, ...chunksOf(hash) }])),
  };
  writeFileSync(join(outputPath, 'parts.json'), JSON.stringify(list));
  if (cacheDir && existsSync(cacheDir)) {
    // Only the parts of the latest index are kept: a changed part replaces its old bundle.
    for (const old of readdirSync(cacheDir)) if (!kept.has(old)) rmSync(join(cacheDir, old), { recursive: true, force: true });
  }
  return { pages: sorted.length, cached: jobs.length === 0, parts: parts.length, indexed: jobs.length };
}

export function searchIndex(options: SearchIndexOptions = {}): AstroIntegration {
  const outputDir = options.outputDir ?? 'pagefind';
  let cacheDir: string | null = null;
  // Astro empties dist when it starts writing pages, so the index is written aside and moved in at the end.
  let building = '';
  let pending: Promise<IndexResult> | null = null;
  let started = 0;
  let finished = 0;
  return {
    name: 'search-index',
    hooks: {
      'astro:config:setup': ({ injectScript, command }) => {
        if (options.headerScript !== false) {
          injectScript('page', `import { enhanceHeaderSearch } from ${JSON.stringify(HEADER_SCRIPT)}; enhanceHeaderSearch();`);
        }
        if (command === 'build') openRecordSink();
      },
      'astro:config:done': ({ config }) => {
        cacheDir = join(fileURLToPath(config.cacheDir), 'search-index');
        building = join(fileURLToPath(config.cacheDir), `search-index-building-${process.pid}`);
      },
      'astro:build:start': ({ logger }) => {
        const records = offeredRecords();
        if (!records) return;
        started = performance.now();
        pending = writeSearchIndex(records, building, cacheDir, MAX_PART_PAGES, { log: logger });
        pending.then(() => (finished = performance.now())).catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!pending) throw new Error('search index: the content loader offered no article records (is offerSearchRecords wired in content.config.ts?)');
        const waitFrom = performance.now();
        const result = await pending;
        // What the index cost the build: the time it made build:done wait, beside the time it took.
        const waited = Math.max(0, Math.round(performance.now() - waitFrom));
        move(building, join(fileURLToPath(dir), outputDir));
        const how = result.cached ? 'unchanged, index reused' : result.indexed < result.parts ? `indexed (${result.indexed} of ${result.parts} parts changed)` : 'indexed';
        logger.info(`/${outputDir}/: ${result.pages} article pages in ${result.parts} part${result.parts === 1 ? '' : 's'} ${how} in ${Math.round(finished - started)} ms, ${waited > 0 ? `the build waited ${waited} ms for it` : 'done before the pages'}`);
      },
    },
  };
}
