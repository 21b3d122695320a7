/**
 * Cards drawn on a worker thread, so drawing does not take the main thread from the
 * pages rendering on it. The worker holds the fonts and glyph masks (./draw-card.ts)
 * and writes each image into its cache file itself (./image-file.ts): the main thread
 * only posts the card and its file name, and hears back once, when the build asks
 * for the count at the end, rather than waking for every image. When the worker
 * cannot start or stops, the cards it was given are drawn in this thread instead
 * (an image it wrote already is found in the cache); they are the same bytes.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { OgCard } from './card.ts';
import type { CardFonts } from '../io/cjk-font.ts';
import { cardDrawer } from './draw-card.ts';
import { localWriter, type ImageWriter, type WriteCounts } from './draw-queue.ts';

// A literal `new URL('./…', import.meta.url)`, as in io/parse-pool.ts, so the file is found beside this one.
const WORKER_URL = new URL('./draw-worker.ts', import.meta.url);

/** A card to draw into its file. */
export interface CardJob {
  card: OgCard;
  file: string;
}

/** What the main thread posts to the worker: cards to draw, or the request for the count. */
export type DrawJob = { cards: CardJob[] } | { finish: true };

/**
 * Cards go to the worker this many at once: a message costs the rendering thread about as much
 * as laying out a card (more while the machine is busy), and drawing lags the pages by a few cards only.
 */
const BATCH = 16;

/** The worker's answer to `finish`, once every card posted before it is in its file. */
export interface DrawAnswer extends WriteCounts {
  failures: string[];
}

export interface DrawPool extends ImageWriter<OgCard> {
  close: () => Promise<void>;
}

export function createDrawPool(fonts: CardFonts, log: (message: string) => void = () => {}): DrawPool {
  let local: ImageWriter<OgCard> | null = null;
  const here = (): ImageWriter<OgCard> => (local ??= localWriter(cardDrawer(fonts)));
  /** Posted to the worker since it last answered: drawn here if it stops. */
  let posted: CardJob[] = [];
  /** Not yet posted: sent once there are BATCH of them, or when the build asks for the count. */
  let batch: CardJob[] = [];
  let answer: ((reply: DrawAnswer | null) => void) | null = null;
  let worker: Worker | null = null;
  const file = WORKER_URL.protocol === 'file:' ? fileURLToPath(WORKER_URL) : '';
  if (existsSync(file)) {
    try {
      worker = new Worker(file, { workerData: fonts });
    } catch (error) {
      log(`share images: no worker thread (${(error as Error).message}), drawing in this thread`);
    }
  }
  const giveUp = (reason: string): void => {
    if (!worker) return;
    log(`share images: the drawing thread stopped (${reason}); drawing in this thread`);
    worker = null;
    for (const job of posted) here().write(job.card, job.file);
    posted = [];
    batch = [];
    answer?.(null);
  };
  if (worker) {
    // Held only while the build waits for its answer, so an idle worker never keeps the build's process alive.
    worker.unref();
    worker.on('message', (reply: DrawAnswer) => answer?.(reply));
    worker.on('error', (error: Error) => giveUp(error.message));
    worker.on('exit', (code) => giveUp(`exit code ${code}`));
  }
  const flush = (): void => {
    if (!worker || batch.length === 0) return;
    worker.postMessage({ cards: batch } satisfies DrawJob);
    batch = [];
  };
  return {
    write(card, file) {
      if (!worker) return here().write(card, file);
      posted.push({ card, file });
      batch.push({ card, file });
      if (batch.length >= BATCH) flush();
    },
    async finish() {
      let counts: WriteCounts = { drawn: 0, cached: 0 };
      flush();
      const w = worker;
      if (w) {
        w.ref();
        const reply = await new Promise<DrawAnswer | null>((resolve) => {
          answer = resolve;
          w.postMessage({ finish: true } satisfies DrawJob);
        });
        answer = null;
        w.unref();
        if (reply) {
          if (reply.failures.length > 0) throw new Error(`share images: ${reply.failures.join('; ')}`);
          posted = [];
          counts = { drawn: reply.drawn, cached: reply.cached };
        }
      }
      if (!local) return counts;
      const more = await local.finish();
      return { drawn: counts.drawn + more.drawn, cached: counts.cached + more.cached };
    },
    async close() {
      const w = worker;
      worker = null;
      await w?.terminate();
    },
  };
}
