/**
 * Astro integration: writes the site's data files (integrations/data-file-list.ts: the
 * search's JSON and the JSON export, about 4,200 files at 10,000 articles) straight from
 * the loaded records, instead of rendering each as a route. Astro spent on each of those
 * small files about what it spends on a page, on the one thread that renders every page.
 *
 * The records are loaded before the build starts, and the files are made from them alone:
 * a thread (data-files-worker.ts) started at build:start makes them in Astro's cache folder
 * while the pages render, so build:done only links them into dist. The files are kept there
 * under a key of everything they are made of (data-files-job.ts); a build whose key is kept
 * links them without making them. The thread first answers with the site's digest, which
 * the pages' cache keys need too (routes/cached-paths.ts), so the main thread does not
 * compute it.
 *
 * `astro dev` serves the same files from the same list, made from the records the dev
 * server has loaded (remade when a paper or the taxonomy is edited).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { site } from '../config/site.ts';
import { siteRecords, type SiteRecords } from '../loaders/site-records.ts';
import { pageCacheBuild, recordsDataDigest } from '../routes/page-cache-build.ts';
import { openWorkerThread } from '../utils/worker-thread.ts';
// Types only: the list and the search builders under it (OpenCC's dictionaries, seconds of loading) are loaded
// by the data-files thread, and here only by the dev server or when no thread can start.
import type { DataFiles } from './data-file-list.ts';
import type { DataFilesAnswer, DataFilesJob, Kept } from './data-files-job.ts';
import { linkDataFiles } from './data-files-store.ts';

// A literal `new URL('./…', import.meta.url)`, as in io/parse-pool.ts, so the file is found beside this one.
const WORKER_URL = new URL('./data-files-worker.ts', import.meta.url);

/** The job's digest and kept files, from its thread, or made in this thread when the thread cannot start or stops. */
function startDataFiles(job: DataFilesJob, log: (message: string) => void): { digest: Promise<string>; kept: Promise<Kept & { ms: number }> } {
  const started = performance.now();
  let digest: string | null = null;
  const here = async (): Promise<Kept & { ms: number }> => {
    digest ??= recordsDataDigest(job.records);
    const { makeDataFiles } = await import('./data-files-job.ts');
    return { ...makeDataFiles(job, digest), ms: Math.round(performance.now() - started) };
  };
  const worker: Worker | null = openWorkerThread(WORKER_URL, 'data files', log, { workerData: job }, 'making them in this thread');
  if (!worker) {
    const kept = here();
    return { digest: kept.then(() => digest!), kept };
  }
  let answerDigest: (value: string) => void = () => {};
  let refuseDigest: (error: Error) => void = () => {};
  const digestAnswer = new Promise<string>((resolve, reject) => {
    answerDigest = resolve;
    refuseDigest = reject;
  });
  const kept = new Promise<Kept & { ms: number }>((resolve, reject) => {
    let settled = false;
    const fallBack = (reason: string): void => {
      if (settled) return;
      settled = true;
      log(`data files: the thread stopped (${reason}); making them in this thread`);
      here().then(
        (result) => {
          answerDigest(digest!);
          resolve(result);
        },
        (error: Error) => {
          // Either waiter may be the first to look: neither is left waiting for an answer that will not come.
          refuseDigest(error);
          reject(error);
        },
      );
    };
    worker.on('message', (answer: DataFilesAnswer) => {
      if ('digest' in answer) {
        digest = answer.digest;
        answerDigest(answer.digest);
        return;
      }
      settled = true;
      resolve({ ...answer.kept, ms: Math.round(performance.now() - started) });
      void worker.terminate();
    });
    worker.once('error', (error: Error) => fallBack(error.message));
    worker.once('exit', (code) => fallBack(`exit code ${code}`));
  });
  // Awaited by build:done and the pages' keys, later: a failure is theirs to report, not an unhandled rejection meanwhile.
  kept.catch(() => undefined);
  digestAnswer.catch(() => undefined);
  return { digest: digestAnswer, kept };
}

export function dataFilesIntegration(): AstroIntegration {
  let siteInfo = { name: site.name as string, url: site.url as string };
  let cacheDir = '';
  let root = '';
  let making: Promise<Kept & { ms: number }> | null = null;
  // The dev server's list, remade only when the loader hands over new records.
  let served: { records: SiteRecords; files: DataFiles } | null = null;
  const current = async (): Promise<DataFiles> => {
    const records = siteRecords();
    if (served?.records !== records) {
      const { dataFiles } = await import('./data-file-list.ts');
      served = { records, files: dataFiles(records, siteInfo) };
    }
    return served.files;
  };
  const job = (): DataFilesJob => ({ records: siteRecords(), siteInfo, cacheDir, entry: fileURLToPath(import.meta.url), root });
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
          const serve = async (): Promise<void> => {
            const body = (await current()).get(path);
            if (!body) return next();
            const text = body();
            response.setHeader('Content-Type', 'application/json; charset=utf-8');
            response.end(text);
          };
          serve().catch((error: unknown) => next(error));
        });
      },
      'astro:build:start': ({ logger }) => {
        const started = startDataFiles(job(), (m) => logger.warn(m));
        making = started.kept;
        // Runs after page-cache's build:start (astro.config.mjs), which opened the page cache.
        const build = pageCacheBuild();
        if (build) build.siteDigest = started.digest;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const waitFrom = performance.now();
        // Without build:start (a test calling this hook alone) the files are made now, in this thread.
        const kept = await (making ?? startDataFiles(job(), (m) => logger.warn(m)).kept);
        making = null;
        const waited = Math.round(performance.now() - waitFrom);
        linkDataFiles(kept.folder, fileURLToPath(dir));
        const how = kept.cached ? 'unchanged' : `made beside the pages in ${kept.ms} ms`;
        const wait = waited > 0 ? ` (the build waited ${waited} ms for them)` : '';
        logger.info(`${kept.files.toLocaleString('en')} files (${(kept.bytes / 1e6).toFixed(1)} MB) ${how}${wait}, linked from the cache in ${Math.round(performance.now() - waitFrom - waited)} ms`);
      },
    },
  };
}
