/**
 * Work for the pages drawn on a worker thread a little ahead of the page that renders (the
 * share boxes' QR codes, article bodies and related lists): when a page takes its result, the
 * jobs of the next AHEAD announced pages are sent, half of them at once when half are left, so
 * the worker keeps in front of the pages and holds few results at a time, and a build that
 * restores its pages from the cache instead of rendering them makes none. A page gets null
 * for a result the pool does not have (not announced, the worker could not make it, or the
 * worker stopped) and makes it itself: the worker runs the same functions, so the bytes are
 * the same either way.
 */
import { openWorkerThread } from './worker-thread.ts';

/** What the worker is sent: once the announced pages' shared data, then batches of jobs by key. */
export type AheadMessage<Job> = { init: unknown } | { jobs: [key: string, job: Job][] };

/** The worker's answer to a batch: each key with its result, or null when it could not make it. */
export type AheadAnswer<Result> = [key: string, result: Result | null][];

interface Pending<Result> {
  promise: Promise<Result | null>;
  resolve: (result: Result | null) => void;
  answered: boolean;
}

function pending<Result>(): Pending<Result> {
  const p = { answered: false } as Pending<Result>;
  p.promise = new Promise<Result | null>((resolve) => (p.resolve = resolve));
  return p;
}

export interface AheadPool<Job, Result> {
  /**
   * The keys of the pages in the order they will render, how to make each one's job (called
   * only when it is sent), and what every job shares (sent once, before the first batch).
   */
  announce(keys: readonly string[], job: (key: string) => Job, init?: unknown): void;
  /** The result of an announced key, or null for one the pool does not have (the page makes it). */
  take(key: string): Promise<Result | null> | null;
  /** Results pages took from the worker, and announced pages that made their own. */
  counts: () => { fromWorker: number; byPage: number };
  close: () => Promise<void>;
}

/** `what` names the work in the log ("QR codes"); `ahead`: how many pages ahead of the rendering one the worker works. */
export function createAheadPool<Job, Result>(workerUrl: URL, what: string, log: (message: string) => void = () => {}, ahead = 64): AheadPool<Job, Result> {
  let order: readonly string[] = [];
  let position = new Map<string, number>();
  let makeJob: (key: string) => Job = () => {
    throw new Error(`${what}: no pages announced`);
  };
  /** Sent to the worker up to this position of `order`. */
  let sent = -1;
  /** Sent and not yet taken by its page, answered or not. */
  const waiting = new Map<string, Pending<Result>>();
  /** Taken by its page before the worker answered: the page is waiting for these. */
  const awaited = new Map<string, Pending<Result>>();
  let fromWorker = 0;
  let byPage = 0;
  let worker = openWorkerThread(workerUrl, what, log);
  const stop = (): void => {
    worker = null;
    // Pages not yet rendered make their own (take() finds nothing); those waiting are told to.
    waiting.clear();
    for (const p of awaited.values()) p.resolve(null);
    awaited.clear();
  };
  if (worker) {
    // An idle worker never keeps the build's process alive.
    worker.unref();
    worker.on('message', (answer: AheadAnswer<Result>) => {
      for (const [key, result] of answer) {
        const p = awaited.get(key) ?? waiting.get(key);
        if (!p) continue;
        awaited.delete(key);
        p.answered = true;
        p.resolve(result);
      }
    });
    const giveUp = (reason: string): void => {
      if (!worker) return;
      log(`${what}: the worker thread stopped (${reason}); the pages make their own`);
      stop();
    };
    worker.on('error', (error: Error) => giveUp(error.message));
    worker.on('exit', (code) => giveUp(`exit code ${code}`));
  }
  const sendUpTo = (last: number): void => {
    const end = Math.min(last, order.length - 1);
    if (!worker || end <= sent) return;
    const keys = order.slice(sent + 1, end + 1);
    sent = end;
    for (const key of keys) waiting.set(key, pending());
    const message: AheadMessage<Job> = { jobs: keys.map((key) => [key, makeJob(key)]) };
    worker.postMessage(message);
  };
  return {
    announce(keys, job, init) {
      order = keys;
      position = new Map(keys.map((key, i) => [key, i]));
      makeJob = job;
      sent = -1;
      if (worker && init !== undefined) worker.postMessage({ init } satisfies AheadMessage<Job>);
      // The first pages' jobs now, so the first page finds its result made rather than wait for the worker.
      sendUpTo(ahead - 1);
    },
    take(key) {
      const at = position.get(key);
      if (at !== undefined) {
        // From this page on, so a stretch the build skipped (restored pages) is not made.
        if (at > sent) sent = at - 1;
        if (at + ahead / 2 > sent) sendUpTo(at + ahead);
      }
      const p = waiting.get(key);
      if (!p) {
        if (at !== undefined) byPage += 1;
        return null;
      }
      fromWorker += 1;
      waiting.delete(key);
      if (!p.answered) awaited.set(key, p);
      return p.promise;
    },
    counts: () => ({ fromWorker, byPage }),
    async close() {
      const w = worker;
      stop();
      await w?.terminate();
    },
  };
}
