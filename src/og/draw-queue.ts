/**
 * Share images drawn into the cache as pages register them, while the rest of the
 * build goes on: rendering keeps the main thread busy on one core, so drawing takes
 * the others, and by the end of the build little is left to draw. Each image is a
 * file named by the digest of what it depends on (the key and the card's description);
 * one that is already there is not drawn again, and the same card offered twice is drawn once.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface DrawQueueOptions<T> {
  /** Where the images are kept (created when missing). */
  cacheDir: string;
  /** Everything besides an image's own description that its bytes depend on (renderer, library versions, font). */
  key: string;
  draw: (item: T) => Promise<Buffer>;
  /** How many images are drawn at once until finish() is called. */
  concurrency: number;
}

export interface DrawQueue<T> {
  /**
   * Queues `item` unless an image of the same `description` (text that determines it, e.g. the
   * card's SVG) is queued or cached already; returns the file the image will be in.
   */
  add(description: string, item: T): string;
  /** Draws what is left with `concurrency` at once; resolves when every image is in the cache. */
  finish(concurrency: number): Promise<{ drawn: number; cached: number }>;
}

export function drawQueue<T>(options: DrawQueueOptions<T>): DrawQueue<T> {
  const files = new Map<string, string>();
  const waiting: ({ item: T; file: string } | undefined)[] = [];
  let next = 0;
  let limit = options.concurrency;
  let running = 0;
  let drawn = 0;
  let cached = 0;
  let failure: unknown = null;
  let idle: (() => void) | null = null;
  const folder = mkdir(options.cacheDir, { recursive: true });

  const drawOne = async (item: T, file: string): Promise<void> => {
    await folder;
    if (existsSync(file)) {
      cached += 1;
      return;
    }
    const png = await options.draw(item);
    // Written whole and then renamed, so an interrupted build never leaves half an image in the cache.
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, png);
    await rename(temporary, file);
    drawn += 1;
  };

  const pump = (): void => {
    while (running < limit && next < waiting.length) {
      const { item, file } = waiting[next]!;
      // Dropped once taken: a drawn card is not kept until the end of the build.
      waiting[next++] = undefined;
      running += 1;
      drawOne(item, file)
        .catch((error: unknown) => {
          failure ??= error;
        })
        .finally(() => {
          running -= 1;
          pump();
        });
    }
    if (running === 0 && next === waiting.length) idle?.();
  };

  return {
    add(description, item) {
      const digest = createHash('sha256').update(options.key).update('\u0000').update(description).digest('hex');
      let file = files.get(digest);
      if (file) return file;
      file = join(options.cacheDir, `${digest}.png`);
      files.set(digest, file);
      waiting.push({ item, file });
      pump();
      return file;
    },
    async finish(concurrency) {
      limit = Math.max(1, concurrency);
      await new Promise<void>((resolve) => {
        idle = resolve;
        pump();
      });
      if (failure) throw failure;
      return { drawn, cached };
    },
  };
}
