/**
 * Astro integration: writes the Simplified→Traditional phrase dictionary trimmed to the
 * phrases that occur in the built pages (see opencc-subset.ts). The 简/繁 switch fetches
 * it instead of OpenCC's full 1 MB list.
 *
 * The pages are read in a worker thread (site-phrases.ts), each as soon as it is written
 * whole: Astro writes one page before it starts the next (build.concurrency 1), so when a
 * page starts rendering (the page cache's middleware tells the `rendering` listener) the
 * one before it is on disk. build:done then reads only the pages it was not told of (the
 * ones restored from Astro's cache) and writes the answer. With other build settings every
 * page is read at build:done.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pageCacheBuild } from '../routes/page-cache-build.ts';
import { openccPhrasesPath as PHRASES_PATH } from '../utils/urls.ts';
import { openWorkerThread } from '../utils/worker-thread.ts';
import { sitePhrases, type PhraseRequest, type SitePhrases } from './site-phrases.ts';

// A literal `new URL('./…', import.meta.url)`, as in io/parse-pool.ts, so the file is found beside this one.
const WORKER_URL = new URL('./site-phrases-worker.ts', import.meta.url);
/** Pages told to the reading thread at a time. */
const BATCH = 64;

/** The reading of a build's pages under `root`, in a worker thread; in this thread, at finish(), when none can start or it stops. */
export interface PhraseReading {
  /** The page `file` is written whole. */
  written: (file: string) => void;
  /** Resolves once every page told of so far has been read, so that a later hook may rewrite pages. */
  synced: () => Promise<void>;
  /** Reads the pages not read yet and answers for all the pages of `root`. */
  finish: () => Promise<SitePhrases>;
}

export function startPhraseReading(root: string, log: (message: string) => void = () => {}): PhraseReading {
  const worker = openWorkerThread(WORKER_URL, 'OpenCC phrases', log, { workerData: root });
  if (!worker) return { written: () => {}, synced: () => Promise.resolve(), finish: () => Promise.resolve().then(() => sitePhrases(root)) };
  // Until it is waited for, the thread does not keep a failed build's process alive.
  worker.unref();
  let stopped = false;
  let answered = false;
  let syncs = 0;
  const waitingSyncs = new Map<number, () => void>();
  let finishing: { resolve: (phrases: SitePhrases) => void; reject: (error: Error) => void } | null = null;
  const readHere = (settle: NonNullable<typeof finishing>): void => {
    try {
      settle.resolve(sitePhrases(root));
    } catch (error) {
      settle.reject(error as Error);
    }
  };
  const stop = (reason: string): void => {
    if (answered || stopped) return;
    stopped = true;
    log(`OpenCC phrases: the reading thread stopped (${reason}); reading the pages in this thread`);
    for (const resolve of waitingSyncs.values()) resolve();
    waitingSyncs.clear();
    if (finishing) readHere(finishing);
  };
  worker.on('message', (answer: SitePhrases | { synced: number }) => {
    if ('synced' in answer) {
      waitingSyncs.get(answer.synced)?.();
      waitingSyncs.delete(answer.synced);
      if (waitingSyncs.size === 0 && !finishing) worker.unref();
      return;
    }
    answered = true;
    finishing?.resolve(answer);
    void worker.terminate();
  });
  worker.once('error', (error: Error) => stop(error.message));
  worker.once('exit', (code) => stop(`exit code ${code}`));
  // Pages are sent in batches: a message for each page cost the rendering thread 0.7 ms at 2,000 pages (waking the thread each time).
  let batch: string[] = [];
  const flush = (): void => {
    if (batch.length > 0) worker.postMessage({ written: batch } satisfies PhraseRequest);
    batch = [];
  };
  const send = (request: PhraseRequest): void => {
    flush();
    worker.postMessage(request);
  };
  return {
    written: (file) => {
      if (stopped) return;
      batch.push(file);
      if (batch.length >= BATCH) flush();
    },
    synced: () => {
      if (stopped) return Promise.resolve();
      worker.ref();
      const n = (syncs += 1);
      return new Promise((resolve) => {
        waitingSyncs.set(n, resolve);
        send({ synced: n });
      });
    },
    finish: () =>
      new Promise((resolve, reject) => {
        finishing = { resolve, reject };
        if (stopped) return readHere(finishing);
        worker.ref();
        send({ finish: true });
      }),
  };
}

/** The file Astro writes a page's path to with build.format 'directory' ("/a/b/" → root/a/b/index.html); null for other paths. */
export function pageFile(root: string, pathname: string): string | null {
  let path: string;
  try {
    path = decodeURI(pathname);
  } catch {
    return null;
  }
  // Hidden folders are not listed as pages (io/list-files.ts): a page read there would add phrases of no page.
  if (!path.endsWith('/') || path.split('/').some((segment) => segment.startsWith('.'))) return null;
  return join(root, path, 'index.html');
}

export function openccPhrases(): AstroIntegration {
  let root = '';
  let early = false;
  let reading: PhraseReading | null = null;
  // The page rendering now: written whole once the next one starts or the pages are done.
  let rendering: string | null = null;
  return {
    name: 'opencc-phrases',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.outDir);
        early = config.build.format === 'directory' && config.build.concurrency === 1;
      },
      'astro:build:start': ({ logger }) => {
        const started = startPhraseReading(root, (m) => logger.warn(m));
        reading = started;
        const build = pageCacheBuild();
        if (!build || !early) return;
        build.rendering = (pathname) => {
          if (rendering) started.written(rendering);
          rendering = pageFile(root, pathname);
        };
      },
      'astro:build:generated': async () => {
        if (rendering) reading?.written(rendering);
        rendering = null;
        // The build:done hooks before this integration's may rewrite pages (module-preload.ts): no read may overlap them.
        await reading?.synced();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const { subset, pages } = await (reading ?? startPhraseReading(out, (m) => logger.warn(m))).finish();
        reading = null;
        const target = join(out, PHRASES_PATH);
        mkdirSync(join(target, '..'), { recursive: true });
        writeFileSync(target, subset);
        logger.info(`${PHRASES_PATH}: ${subset === '' ? 0 : subset.split('|').length} phrases from ${pages} pages (${subset.length} bytes)`);
      },
    },
  };
}
