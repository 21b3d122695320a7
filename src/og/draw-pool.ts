/**
 * Cards drawn on a worker thread, so drawing does not take the main thread from the
 * pages rendering on it. The worker holds the fonts and glyph masks (./draw-card.ts);
 * the same drawer in this thread takes over when the worker cannot start or dies,
 * and its cards are the same bytes.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { OgCard } from './card.ts';
import type { CardFonts } from '../io/cjk-font.ts';
import { cardDrawer } from './draw-card.ts';

// A literal `new URL('./…', import.meta.url)`, as in io/parse-pool.ts, so the file is found beside this one.
const WORKER_URL = new URL('./draw-worker.ts', import.meta.url);

export interface DrawPool {
  draw: (card: OgCard) => Promise<Buffer>;
  close: () => Promise<void>;
}

interface Pending {
  card: OgCard;
  resolve: (png: Buffer) => void;
  reject: (error: Error) => void;
}

export function createDrawPool(fonts: CardFonts, log: (message: string) => void = () => {}): DrawPool {
  let local: ((card: OgCard) => Promise<Buffer>) | null = null;
  const inThisThread = (card: OgCard): Promise<Buffer> => (local ??= cardDrawer(fonts))(card);
  const pending = new Map<number, Pending>();
  let nextId = 0;
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
    for (const [id, job] of pending) {
      pending.delete(id);
      inThisThread(job.card).then(job.resolve, job.reject);
    }
  };
  if (worker) {
    // Held only while it has work, so an idle worker never keeps the build's process alive.
    worker.unref();
    worker.on('message', ({ id, png, error }: { id: number; png?: Uint8Array; error?: string }) => {
      const job = pending.get(id);
      if (!job) return;
      pending.delete(id);
      if (pending.size === 0) worker?.unref();
      if (png) job.resolve(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
      else job.reject(new Error(error));
    });
    worker.on('error', (error: Error) => giveUp(error.message));
    worker.on('exit', (code) => giveUp(`exit code ${code}`));
  }
  return {
    draw(card) {
      if (!worker) return inThisThread(card);
      const id = nextId++;
      if (pending.size === 0) worker.ref();
      return new Promise<Buffer>((resolve, reject) => {
        pending.set(id, { card, resolve, reject });
        worker!.postMessage({ id, card });
      });
    },
    async close() {
      const w = worker;
      worker = null;
      await w?.terminate();
    },
  };
}
