/**
 * Astro integration for site search.
 *
 * On every page it adds the small script that enhances the header's search box
 * (name suggestions; src/client/search/header.ts). For the full-text index it takes
 * the article records from the content loader (`offerSearchRecords` in search-records.ts,
 * called once the collection is loaded) and feeds them to Pagefind's Node API as custom records
 * (src/search/pagefind-record.ts) as soon as the build starts, so that Pagefind's
 * own process indexes on one core while Astro renders the pages on the other; when
 * the pages are written it waits for the index and writes the bundle to
 * dist/pagefind/. A large archive is indexed in parts by date, one Pagefind process
 * after another, so none grows with the whole archive (src/search/pagefind-parts.ts).
 * Each part's records are hashed: a part whose records are the same as in an earlier
 * build is copied from Astro's cache folder instead of being indexed again.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { UNDATED_SORT_KEY } from '../search/pagefind-fields.ts';
import { MAX_PART_PAGES, PART_FILTER, partitionByDate, type PartsFile } from '../search/pagefind-parts.ts';
import type { PagefindRecord } from '../search/pagefind-record.ts';
import { linkTree } from '../io/link-tree.ts';
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

/** One Pagefind process for one part: its memory grows with the part, not the archive. */
async function indexPart(records: readonly PagefindRecord[], outputPath: string): Promise<void> {
  const created = await pagefind.createIndex({});
  if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
  const { index } = created;
  const problems: string[] = [];
  try {
    for (const record of records) {
      const added = await index.addCustomRecord(record);
      problems.push(...added.errors.map((e) => `${record.url}: ${e}`));
    }
    const written = await index.writeFiles({ outputPath });
    problems.push(...written.errors);
  } finally {
    await pagefind.close();
  }
  if (problems.length > 0) throw new Error(`Pagefind indexing failed:\n${problems.join('\n')}`);
}

/**
 * Writes the Pagefind bundle for `records` to `outputPath`: the newest part there,
 * the others under part/<key>/, and parts.json naming them. Each part is copied
 * from the one kept under `cacheDir` for the same records, or indexed afresh.
 * Errors name the record they concern.
 */
export async function writeSearchIndex(records: readonly PagefindRecord[], outputPath: string, cacheDir: string | null, maxPages: number = MAX_PART_PAGES): Promise<IndexResult> {
  const sorted = [...records].sort((a, b) => compareStrings(a.url, b.url));
  const split = partitionByDate(sorted, (r) => (r.sort.date === UNDATED_SORT_KEY ? null : (r.sort.date ?? null)), maxPages);
  // A page names its part only when there are several (sortedAcrossParts asks part by part).
  const parts = split.length === 1 ? split : split.map((p) => ({ key: p.key, items: p.items.map((r) => ({ ...r, filters: { ...r.filters, [PART_FILTER]: [p.key] } })) }));
  rmSync(outputPath, { recursive: true, force: true });
  if (cacheDir) mkdirSync(cacheDir, { recursive: true });
  // Beside the cache when there is one, so a fresh part is renamed into it rather than copied.
  const staging = mkdtempSync(join(cacheDir ?? tmpdir(), '.staging-'));
  const kept = new Set<string>();
  let indexed = 0;
  try {
    for (const [i, part] of parts.entries()) {
      const digest = recordsDigest(part.items);
      kept.add(digest);
      let bundle = cacheDir ? join(cacheDir, digest) : join(staging, part.key);
      if (!existsSync(join(bundle, 'pagefind.js'))) {
        const fresh = join(staging, `${part.key}.fresh`);
        await indexPart(part.items, fresh);
        indexed += 1;
        if (cacheDir) move(fresh, bundle);
        else bundle = fresh;
      }
      // Linked, not copied: a rebuild that reuses every part writes none of its files again.
      if (i === 0) linkTree(bundle, outputPath);
      else linkTree(bundle, join(outputPath, 'part', part.key), (name) => PART_FILES.test(name));
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  const list: PartsFile = { parts: parts.map((p) => p.key) };
  writeFileSync(join(outputPath, 'parts.json'), JSON.stringify(list));
  if (cacheDir && existsSync(cacheDir)) {
    // Only the parts of the latest index are kept: a changed part replaces its old bundle.
    for (const old of readdirSync(cacheDir)) if (!kept.has(old)) rmSync(join(cacheDir, old), { recursive: true, force: true });
  }
  return { pages: sorted.length, cached: indexed === 0, parts: parts.length, indexed };
}

export function searchIndex(options: SearchIndexOptions = {}): AstroIntegration {
  const outputDir = options.outputDir ?? 'pagefind';
  let cacheDir: string | null = null;
  // Astro empties dist when it starts writing pages, so the index is written aside and moved in at the end.
  let building = '';
  let pending: Promise<IndexResult> | null = null;
  let started = 0;
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
      'astro:build:start': () => {
        const records = offeredRecords();
        if (!records) return;
        started = performance.now();
        pending = writeSearchIndex(records, building, cacheDir);
        pending.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!pending) throw new Error('search index: the content loader offered no article records (is offerSearchRecords wired in content.config.ts?)');
        const result = await pending;
        move(building, join(fileURLToPath(dir), outputDir));
        const how = result.cached ? 'unchanged, index reused' : result.indexed < result.parts ? `indexed (${result.indexed} of ${result.parts} parts changed)` : 'indexed';
        logger.info(`/${outputDir}/: ${result.pages} article pages in ${result.parts} part${result.parts === 1 ? '' : 's'} ${how} in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
