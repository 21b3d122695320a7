/**
 * Share-box QR codes drawn on a worker thread (./qr-worker.ts) a few pages ahead of the page
 * that renders: when a page takes its code, the next AHEAD announced URLs are sent to be drawn,
 * so the worker keeps in front of the pages and holds few codes at a time, and a build that
 * restores its pages from the cache instead of rendering them draws none. When the worker
 * cannot start or stops, the codes are drawn in the main thread instead; they are the same bytes.
 */
import { openWorkerThread } from './worker-thread.ts';
import { drawShareQr, type QrService } from './qr-codes.ts';

// A literal `new URL('./…', import.meta.url)`, as in og/draw-pool.ts, so the file is found beside this one.
const WORKER_URL = new URL('./qr-worker.ts', import.meta.url);

/** How many pages ahead of the one rendering the worker draws; it is sent more, half of this at once, when it has half left. */
const AHEAD = 64;

/** The worker's answer to a batch of URLs: each with its SVG, or null when it could not draw it. */
export type QrAnswer = [url: string, svg: string | null][];

interface Pending {
  promise: Promise<string>;
  resolve: (svg: string | Promise<string>) => void;
  answered: boolean;
}

function pending(): Pending {
  const p = { answered: false } as Pending;
  p.promise = new Promise<string>((resolve) => (p.resolve = resolve));
  return p;
}

export interface QrPool extends QrService {
  /** Codes pages took from the worker, and announced pages that asked for one it did not have. */
  counts: () => { fromWorker: number; drawnByPage: number };
  close: () => Promise<void>;
}

export function createQrPool(log: (message: string) => void = () => {}): QrPool {
  let order: readonly string[] = [];
  let position = new Map<string, number>();
  /** Sent to the worker up to this position of `order`. */
  let sent = -1;
  /** Sent and not yet taken by its page, answered or not. */
  const ahead = new Map<string, Pending>();
  /** Taken by its page before the worker answered: the page is waiting for these. */
  const awaited = new Map<string, Pending>();
  let fromWorker = 0;
  let drawnByPage = 0;
  let worker = openWorkerThread(WORKER_URL, 'QR codes', log);
  const giveUp = (reason: string): void => {
    if (!worker) return;
    log(`QR codes: the drawing thread stopped (${reason}); drawing in this thread`);
    worker = null;
    // Pages not yet rendered draw their own (take() finds nothing); those waiting get theirs drawn now.
    ahead.clear();
    for (const [url, p] of awaited) p.resolve(drawShareQr(url));
    awaited.clear();
  };
  if (worker) {
    // An idle worker never keeps the build's process alive.
    worker.unref();
    worker.on('message', (answer: QrAnswer) => {
      for (const [url, svg] of answer) {
        const p = awaited.get(url) ?? ahead.get(url);
        if (!p) continue;
        awaited.delete(url);
        p.answered = true;
        p.resolve(svg ?? drawShareQr(url));
      }
    });
    worker.on('error', (error: Error) => giveUp(error.message));
    worker.on('exit', (code) => giveUp(`exit code ${code}`));
  }
  const sendUpTo = (last: number): void => {
    const end = Math.min(last, order.length - 1);
    if (!worker || end <= sent) return;
    const urls = order.slice(sent + 1, end + 1);
    sent = end;
    for (const url of urls) ahead.set(url, pending());
    worker.postMessage(urls);
  };
  return {
    announce(urls) {
      order = urls;
      position = new Map(urls.map((url, i) => [url, i]));
      sent = -1;
    },
    take(url) {
      const at = position.get(url);
      if (at !== undefined) {
        // From this page on, so a stretch the build skipped (restored pages) is not drawn.
        if (at > sent) sent = at - 1;
        if (at + AHEAD / 2 > sent) sendUpTo(at + AHEAD);
      }
      const p = ahead.get(url);
      if (!p) {
        if (at !== undefined) drawnByPage += 1;
        return null;
      }
      fromWorker += 1;
      ahead.delete(url);
      if (!p.answered) awaited.set(url, p);
      return p.promise;
    },
    counts: () => ({ fromWorker, drawnByPage }),
    async close() {
      const w = worker;
      worker = null;
      ahead.clear();
      for (const [url, p] of awaited) p.resolve(drawShareQr(url));
      awaited.clear();
      await w?.terminate();
    },
  };
}
