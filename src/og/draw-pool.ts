/**
 * Cards laid out and drawn on a worker thread, so neither takes the main thread from the
 * pages rendering on it. The worker holds the fonts and glyph masks (./draw-card.ts), makes
 * each card's SVG and its digest, and writes each image into its cache file itself
 * (./card-queue.ts): the main thread only posts the cards with their pages' image paths, a
 * batch at a time, and hears back once, when the build asks for the images at the end,
 * rather than waking for every image. When the worker cannot start or stops, the cards it
 * was given are drawn in this thread instead (an image it wrote already is found in the
 * cache); they are the same bytes.
 */
import { openWorkerThread } from '../utils/worker-thread.ts';
import type { OgCard } from './card.ts';
import { cardQueue, type CardImages, type CardQueue, type CardQueueSetup } from './card-queue.ts';
import { cardDrawer } from './draw-card.ts';
import { localWriter } from './draw-queue.ts';

// A literal `new URL('./…', import.meta.url)`, as in io/parse-pool.ts, so the file is found beside this one.
const WORKER_URL = new URL('./draw-worker.ts', import.meta.url);

/** A page's image path and its card. */
type PageCard = [path: string, card: OgCard];

/** What the main thread posts to the worker: cards to draw, or the request for the images. */
export type DrawJob = { cards: PageCard[] } | { finish: true };

/** The worker's answer to `finish`, once every card posted before it is in its file. */
export interface DrawAnswer extends Omit<CardImages, 'files'> {
  files: [path: string, file: string][];
  failures: string[];
}

/**
 * Cards go to the worker this many at once: a message cost the rendering thread about as much
 * as laying out a card (more while the machine is busy), and drawing lags the pages by a few cards only.
 */
const BATCH = 16;

export interface DrawPool extends CardQueue {
  close: () => Promise<void>;
}

export function createDrawPool(setup: CardQueueSetup, log: (message: string) => void = () => {}): DrawPool {
  let local: CardQueue | null = null;
  const here = (): CardQueue => (local ??= cardQueue(setup, localWriter(cardDrawer(setup.fonts))));
  /** Posted to the worker since it last answered: drawn here if it stops. */
  let posted: PageCard[] = [];
  /** Not yet posted: sent once there are BATCH of them, or when the build asks for the images. */
  let batch: PageCard[] = [];
  let answer: ((reply: DrawAnswer | null) => void) | null = null;
  let worker = openWorkerThread(WORKER_URL, 'share images', log, { workerData: setup });
  const giveUp = (reason: string): void => {
    if (!worker) return;
    log(`share images: the drawing thread stopped (${reason}); drawing in this thread`);
    worker = null;
    for (const [path, card] of posted) here().add(path, card);
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
    add(path, card) {
      if (!worker) return here().add(path, card);
      posted.push([path, card]);
      batch.push([path, card]);
      if (batch.length >= BATCH) flush();
    },
    async finish() {
      let images: CardImages = { drawn: 0, cached: 0, files: new Map() };
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
          images = { drawn: reply.drawn, cached: reply.cached, files: new Map(reply.files) };
        }
      }
      if (!local) return images;
      const more = await local.finish();
      return { drawn: images.drawn + more.drawn, cached: images.cached + more.cached, files: new Map([...images.files, ...more.files]) };
    },
    async close() {
      const w = worker;
      worker = null;
      await w?.terminate();
    },
  };
}
