/**
 * Astro integration: writes the site's data files (integrations/data-file-list.ts: the
 * search's JSON and the JSON export, about 4,200 files at 10,000 articles) straight from
 * the loaded records once the pages are built, instead of rendering each as a route.
 * Astro spent on each of those small files about what it spends on a page (a request, a
 * response and its stream, the write, and a second write into its incremental cache), on
 * the one thread that renders every page; here a file costs its JSON and one write.
 *
 * The files are kept in Astro's cache folder under a key of everything they are made of:
 * the site's data as the pages see it (the digest routes/cached-paths.ts computes for the
 * page cache anyway), the site's name and URL, the code that makes them (this module's
 * imports, followed as the loader's cache key follows its own), the lock file and the
 * Node version. A build whose key is kept links them into dist instead of making them.
 *
 * `astro dev` serves the same files from the same list, made from the records the dev
 * server has loaded (remade when a paper or the taxonomy is edited).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { site } from '../config/site.ts';
import { codeInputs } from '../io/code-digest.ts';
import { linkTree } from '../io/link-tree.ts';
import { siteRecords, type SiteRecords } from '../loaders/site-records.ts';
import { pageCacheBuild } from '../routes/page-cache-build.ts';
import { dataFiles, type DataFiles } from './data-file-list.ts';

/** Bumped when what is written for the same inputs changes in a way the code digest cannot see. */
const FORMAT = 1;
/** Beside the kept files: how many and their bytes, for the log of a build that links them. */
const TALLY = '.tally.json';

interface Tally {
  files: number;
  bytes: number;
}

/** Writes every file under `root` (a site path /a/b.json goes to root/a/b.json); returns how many and their bytes. */
function writeDataFiles(files: DataFiles, root: string): Tally {
  const made = new Set<string>();
  let bytes = 0;
  for (const [path, body] of files) {
    const target = join(root, path);
    const folder = dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    const text = body();
    bytes += Buffer.byteLength(text);
    writeFileSync(target, text);
  }
  return { files: files.size, bytes };
}

/**
 * The files for `key` linked into `out`: from `cacheDir/key` when a build made them, else
 * made there now (and every other key's removed). Folders are renamed into place whole, so
 * a build that stops half-way leaves no folder that looks complete.
 */
export function linkDataFiles(make: () => DataFiles, key: string, cacheDir: string, out: string): Tally & { cached: boolean } {
  const kept = join(cacheDir, key);
  const cached = existsSync(join(kept, TALLY));
  if (!cached) {
    mkdirSync(cacheDir, { recursive: true });
    for (const old of readdirSync(cacheDir)) {
      if (old.startsWith('.')) continue;
      const aside = join(cacheDir, `.old-${process.pid}-${old}`);
      renameSync(join(cacheDir, old), aside);
      rmSync(aside, { recursive: true, force: true });
    }
    const staging = mkdtempSync(join(cacheDir, '.staging-'));
    try {
      writeFileSync(join(staging, TALLY), JSON.stringify(writeDataFiles(make(), staging)));
      renameSync(staging, kept);
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
  }
  linkTree(kept, out, (name) => name !== TALLY);
  return { ...(JSON.parse(readFileSync(join(kept, TALLY), 'utf8')) as Tally), cached };
}

export function dataFilesIntegration(): AstroIntegration {
  let siteInfo = { name: site.name as string, url: site.url as string };
  let cacheDir = '';
  let root = '';
  // The dev server's list, remade only when the loader hands over new records.
  let served: { records: SiteRecords; files: DataFiles } | null = null;
  const current = (): DataFiles => {
    const records = siteRecords();
    if (served?.records !== records) served = { records, files: dataFiles(records, siteInfo) };
    return served.files;
  };
  return {
    name: 'data-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = join(fileURLToPath(config.cacheDir), 'data-files');
        root = fileURLToPath(config.root);
        // As a route saw it: context.site, the configured site as a URL.
        if (config.site) siteInfo = { name: site.name, url: String(new URL(config.site)) };
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const path = decodeURI(new URL(request.url ?? '/', 'http://dev').pathname);
          if (!path.endsWith('.json') || !(path.startsWith('/search/') || path.startsWith('/data/'))) return next();
          let body: (() => string) | undefined;
          try {
            body = current().get(path);
          } catch (error) {
            return next(error);
          }
          if (!body) return next();
          response.setHeader('Content-Type', 'application/json; charset=utf-8');
          response.end(body());
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const out = fileURLToPath(dir);
        const make = (): DataFiles => dataFiles(siteRecords(), siteInfo);
        // Without the pages' digest (no page cache: tests) the files are made afresh.
        const data = pageCacheBuild()?.siteDigest;
        const key = data ? createHash('sha256').update(JSON.stringify({ FORMAT, siteInfo, data, ...codeInputs(fileURLToPath(import.meta.url), root) })).digest('hex').slice(0, 32) : null;
        const result = key ? linkDataFiles(make, key, cacheDir, out) : { ...writeDataFiles(make(), out), cached: false };
        const how = result.cached ? 'unchanged, linked from the cache' : 'written';
        logger.info(`${result.files.toLocaleString('en')} files (${(result.bytes / 1e6).toFixed(1)} MB) ${how} in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
