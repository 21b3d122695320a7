/**
 * Astro integration: writes the Simplified→Traditional phrase dictionary trimmed to the
 * phrases that occur in the built pages (see opencc-subset.ts). The 简/繁 switch fetches
 * it instead of OpenCC's full 1 MB list.
 *
 * The pages are scanned in a worker thread (site-phrases.ts), each as soon as it is
 * rendered: the page cache's middleware hands the `rendering` listener its bytes (Astro
 * renders several pages at once, build.concurrency, so no moment tells that a page's file
 * is whole). build:done then reads only the pages it was not handed (the ones restored from
 * Astro's cache) and writes the answer. With another build.format every page is read at
 * build:done.
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
/** Pages handed to the reading thread at a time. */
const BATCH = 64;

/** The reading of a build's pages under `root`, in a worker thread; in this thread, at finish(), when none can start or it stops. */
export interface PhraseReading {
  /** The bytes of the page Astro writes to `file` (handed over: the caller no longer uses them). */
  rendered: (file: string, page: Uint8Array) => void;
  /** Reads the pages not read yet and answers for all the pages of `root`. */
  finish: () => Promise<SitePhrases>;
}

export function startPhraseReading(root: string, log: (message: string) => void = () => {}): PhraseReading {
  const worker = openWorkerThread(WORKER_URL, 'OpenCC phrases', log, { workerData: root }, 'reading the pages in this thread');
  if (!worker) return { rendered: () => {}, finish: () => Promise.resolve().then(() => sitePhrases(root)) };
  // Until it is waited for, the thread does not keep a failed build's process alive.
  worker.unref();
  let stopped = false;
  let answered = false;
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
    if (finishing) readHere(finishing);
  };
  worker.on('message', (answer: SitePhrases) => {
    answered = true;
    finishing?.resolve(answer);
    void worker.terminate();
  });
  worker.once('error', (error: Error) => stop(error.message));
  worker.once('exit', (code) => stop(`exit code ${code}`));
  // Pages are sent in batches: a message for each page cost the rendering thread 0.7 ms at 2,000 pages (waking the thread each time).
  let batch: [file: string, page: Uint8Array][] = [];
  const flush = (): void => {
    // The bytes move to the thread rather than being copied, unless they share their memory (a pooled Buffer's).
    const moved = batch.flatMap(([, page]) => (page.byteLength === page.buffer.byteLength ? [page.buffer as ArrayBuffer] : []));
    if (batch.length > 0) worker.postMessage({ rendered: batch } satisfies PhraseRequest, moved);
    batch = [];
  };
  return {
    rendered: (file, page) => {
      if (stopped) return;
      batch.push([file, page]);
      if (batch.length >= BATCH) flush();
    },
    finish: () =>
      new Promise((resolve, reject) => {
        finishing = { resolve, reject };
        if (stopped) return readHere(finishing);
        worker.ref();
        flush();
        worker.postMessage({ finish: true } satisfies PhraseRequest);
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
  return {
    name: 'opencc-phrases',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.outDir);
        early = config.build.format === 'directory';
      },
      'astro:build:start': ({ logger }) => {
        const started = startPhraseReading(root, (m) => logger.warn(m));
        reading = started;
        const build = pageCacheBuild();
        if (!build || !early) return;
        build.rendering = (pathname) => {
          const file = pageFile(root, pathname);
          return file ? (page) => started.rendered(file, page) : undefined;
        };
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
