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
 * dist/pagefind/. The records are hashed: when they are the same as in an earlier
 * build, the bundle kept in Astro's cache folder is copied instead of indexing again.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import type { PagefindRecord } from '../search/pagefind-record.ts';
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
const FORMAT = 1;
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
  cached: boolean;
}

/** Digest of what determines the bundle. */
export function recordsDigest(records: readonly PagefindRecord[]): string {
  const hash = createHash('sha256').update(`${FORMAT}:${PAGEFIND_VERSION}\n`);
  for (const record of records) hash.update(JSON.stringify(record)).update('\n');
  return hash.digest('hex').slice(0, 32);
}

/**
 * Writes the Pagefind bundle for `records` to `outputPath`, or copies the one kept
 * under `cacheDir` for the same records. Errors name the record they concern.
 */
export async function writeSearchIndex(records: readonly PagefindRecord[], outputPath: string, cacheDir: string | null): Promise<IndexResult> {
  const sorted = [...records].sort((a, b) => compareStrings(a.url, b.url));
  const digest = recordsDigest(sorted);
  const kept = cacheDir ? join(cacheDir, digest) : null;
  rmSync(outputPath, { recursive: true, force: true });
  if (kept && existsSync(join(kept, 'pagefind.js'))) {
    cpSync(kept, outputPath, { recursive: true });
    return { pages: sorted.length, cached: true };
  }
  const created = await pagefind.createIndex({});
  if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
  const { index } = created;
  const problems: string[] = [];
  try {
    for (const record of sorted) {
      const added = await index.addCustomRecord(record);
      problems.push(...added.errors.map((e) => `${record.url}: ${e}`));
    }
    const written = await index.writeFiles({ outputPath });
    problems.push(...written.errors);
  } finally {
    await pagefind.close();
  }
  if (problems.length > 0) throw new Error(`Pagefind indexing failed:\n${problems.join('\n')}`);
  if (cacheDir && kept) {
    // Only the latest bundle is kept: a new one replaces the old.
    mkdirSync(cacheDir, { recursive: true });
    for (const old of readdirSync(cacheDir)) rmSync(join(cacheDir, old), { recursive: true, force: true });
    const partial = `${kept}.partial`;
    cpSync(outputPath, partial, { recursive: true });
    move(partial, kept);
  }
  return { pages: sorted.length, cached: false };
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
        logger.info(`/${outputDir}/: ${result.pages} article pages ${result.cached ? 'unchanged, index reused' : 'indexed'} in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
