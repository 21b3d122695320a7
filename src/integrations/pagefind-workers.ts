/**
 * Indexes the parts of the search index on worker threads, several at once. The build's
 * main thread renders pages in long synchronous stretches; a worker's event loop is its
 * own, so Pagefind is fed as fast as it indexes, whatever the main thread does. Each
 * worker indexes one part with its own Pagefind process (./pagefind-part.ts) and ends,
 * so no process grows beyond a part; at most `concurrency` run at a time, as each
 * holds its part in memory while it writes it.
 *
 * When no worker can start (a bundler moved this file, a Node without type stripping),
 * the parts are indexed in this thread, one after another, and the log says why.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { inheritedFlags } from '../lib/inherited-flags.ts';
import type { PagefindRecord } from '../search/pagefind-record.ts';
import { helperThreadOptions } from '../utils/worker-thread.ts';
import { indexPart } from './pagefind-part.ts';

export interface PartJob {
  /** Named in errors: the part's key. */
  key: string;
  records: readonly PagefindRecord[];
  outputPath: string;
}

export interface IndexPartsOptions {
  /** Most parts indexed at once (default: one core fewer than this process may use, see DEFAULT_CONCURRENCY). */
  concurrency?: number;
  /** The worker module (default ./pagefind-worker.ts); null indexes in this thread. */
  entry?: string | null;
  log?: { warn: (message: string) => void };
}

/**
 * The main thread renders pages meanwhile on a core of its own; the index needs much less CPU
 * than rendering (9 s against 28 s at 2,000 articles), so the other cores suffice for it, and
 * on a 2-core machine one Pagefind process at a time keeps memory at one part's.
 */
const DEFAULT_CONCURRENCY = Math.max(1, availableParallelism() - 1);

/** What a worker says when its part is done. */
export type PartAnswer = { ok: true } | { error: string };

// Normally beside this module: Astro loads the config's modules from the source tree.
const WORKER_URL = new URL('./pagefind-worker.ts', import.meta.url);

/** The worker module as a file Node can load (beside this one, or in the project's source tree). */
export function indexWorkerEntry(): string | null {
  const candidates = [WORKER_URL.protocol === 'file:' ? fileURLToPath(WORKER_URL) : null, resolve('src/integrations/pagefind-worker.ts')];
  return candidates.find((path): path is string => path !== null && existsSync(path)) ?? null;
}

/** The worker could not run (its module did not load, it threw outside Pagefind's answer): the part can still be indexed here. */
class WorkerUnavailable extends Error {}

function indexOnWorker(entry: string, job: PartJob): Promise<void> {
  return new Promise((done, fail) => {
    let worker: Worker;
    try {
      worker = new Worker(entry, helperThreadOptions({ workerData: { records: job.records, outputPath: job.outputPath }, execArgv: inheritedFlags() }));
    } catch (error) {
      fail(new WorkerUnavailable((error as Error).message));
      return;
    }
    worker.once('message', (answer: PartAnswer) => {
      if ('error' in answer) fail(new Error(`search index part ${job.key}: ${answer.error}`));
      else done();
    });
    worker.once('error', (error) => fail(new WorkerUnavailable(error instanceof Error ? error.message : String(error))));
    // After an answer or an error this changes nothing: a promise settles once.
    worker.once('exit', (code) => fail(new Error(`search index part ${job.key}: the worker thread indexing it stopped (exit code ${code})`)));
  });
}

async function indexHere(job: PartJob): Promise<void> {
  try {
    await indexPart(job.records, job.outputPath);
  } catch (error) {
    throw new Error(`search index part ${job.key}: ${(error as Error).message}`);
  }
}

/** Writes each job's bundle; rejects with every failed part's message once all have ended. */
export async function indexParts(jobs: readonly PartJob[], options: IndexPartsOptions = {}): Promise<void> {
  let entry = options.entry === undefined ? indexWorkerEntry() : options.entry;
  if (entry === null && options.entry === undefined) options.log?.warn('search index: the worker module src/integrations/pagefind-worker.ts was not found: indexing in this thread');
  // In this thread one Pagefind process serves every index and is closed after each, so parts go one at a time.
  let here: Promise<unknown> = Promise.resolve();
  const inThisThread = (job: PartJob): Promise<void> => {
    const task = here.then(() => indexHere(job));
    here = task.catch(() => undefined);
    return task;
  };
  const runOne = async (job: PartJob): Promise<void> => {
    if (entry !== null) {
      try {
        return await indexOnWorker(entry, job);
      } catch (error) {
        if (!(error instanceof WorkerUnavailable)) throw error;
        options.log?.warn(`search index: a worker thread could not index part ${job.key} (${error.message}): indexing in this thread`);
        entry = null;
      }
    }
    return inThisThread(job);
  };
  const queue = [...jobs];
  const failures: string[] = [];
  const lane = async (): Promise<void> => {
    for (let job = queue.shift(); job; job = queue.shift()) await runOne(job).catch((error: unknown) => failures.push((error as Error).message));
  };
  const lanes = Math.max(1, Math.min(jobs.length, options.concurrency ?? DEFAULT_CONCURRENCY));
  await Promise.all(Array.from({ length: lanes }, lane));
  if (failures.length > 0) throw new Error(failures.join('\n'));
}
