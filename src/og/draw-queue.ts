/**
 * Share images drawn into the cache as pages register them, while the rest of the
 * build goes on: rendering keeps the main thread busy on one core, so drawing takes
 * another, and by the end of the build little is left to draw. Each image is a
 * file named by the digest of what it depends on (the key and the card's description);
 * one that is already there is not drawn again, and the same card offered twice is drawn once.
 * Who draws is an ImageWriter: the worker thread of ./draw-pool.ts, or `localWriter` here.
 */
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { drawInto } from './image-file.ts';

export interface WriteCounts {
  drawn: number;
  /** Already in the cache. */
  cached: number;
}

export interface ImageWriter<T> {
  /** Sees to it that `file` holds the image of `item`, drawn unless it is there already; a failure comes out of finish(). */
  write(item: T, file: string): void;
  /** Resolves when every image asked for so far is in its file; rejects with a failure. */
  finish(): Promise<WriteCounts>;
}

export interface DrawQueueOptions<T> {
  /** Where the images are kept (created when missing). */
  cacheDir: string;
  /** Everything besides an image's own description that its bytes depend on (renderer, library versions, font). */
  key: string;
  writer: ImageWriter<T>;
}

export interface DrawQueue<T> {
  /**
   * Has `item` drawn unless an image of the same `description` (text that determines it, e.g. the
   * card's SVG) was asked for or is cached already; returns the file the image will be in.
   */
  add(description: string, item: T): string;
  /** Resolves when every image is in the cache. */
  finish(): Promise<WriteCounts>;
}

export function drawQueue<T>(options: DrawQueueOptions<T>): DrawQueue<T> {
  mkdirSync(options.cacheDir, { recursive: true });
  const files = new Map<string, string>();
  return {
    add(description, item) {
      const digest = createHash('sha256').update(options.key).update('\u0000').update(description).digest('hex');
      let file = files.get(digest);
      if (file) return file;
      file = join(options.cacheDir, `${digest}.png`);
      files.set(digest, file);
      options.writer.write(item, file);
      return file;
    },
    finish: () => options.writer.finish(),
  };
}

/** Draws in this thread, `concurrency` images at once, each as soon as it is asked for. */
export function localWriter<T>(draw: (item: T) => Promise<Uint8Array>, concurrency = 1): ImageWriter<T> {
  const waiting: ({ item: T; file: string } | undefined)[] = [];
  let next = 0;
  let running = 0;
  const counts: WriteCounts = { drawn: 0, cached: 0 };
  let failure: unknown = null;
  const idle: (() => void)[] = [];

  const pump = (): void => {
    while (running < concurrency && next < waiting.length) {
      const { item, file } = waiting[next]!;
      // Dropped once taken: a drawn card is not kept until the end of the build.
      waiting[next++] = undefined;
      running += 1;
      drawInto(file, () => draw(item))
        .then(
          (drawn) => (drawn ? (counts.drawn += 1) : (counts.cached += 1)),
          (error: unknown) => (failure ??= error),
        )
        .finally(() => {
          running -= 1;
          pump();
        });
    }
    if (running === 0 && next === waiting.length) for (const done of idle.splice(0)) done();
  };

  return {
    write(item, file) {
      waiting.push({ item, file });
      pump();
    },
    async finish() {
      await new Promise<void>((resolve) => {
        idle.push(resolve);
        pump();
      });
      if (failure) throw failure;
      return { ...counts };
    },
  };
}
