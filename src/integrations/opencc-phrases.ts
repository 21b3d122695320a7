/**
 * Astro integration: after the build, write the Simplified→Traditional phrase
 * dictionary trimmed to the phrases that occur in the built pages (see
 * opencc-subset.ts). The 简/繁 switch fetches it instead of OpenCC's full 1 MB list.
 *
 * The pages are read back in a worker thread, started as soon as the last page is
 * written (astro:build:generated), while the main thread runs the build:done hooks
 * before this one (the data files); build:done waits for its answer and writes it.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { openccPhrasesPath as PHRASES_PATH } from '../utils/urls.ts';
import { sitePhrases, type SitePhrases } from './site-phrases.ts';

// A literal `new URL('./…', import.meta.url)`, as in io/parse-pool.ts, so the file is found beside this one.
const WORKER_URL = new URL('./site-phrases-worker.ts', import.meta.url);

/** The site's phrases read in a worker thread; in this thread when none can start or it fails. */
export function readSitePhrases(root: string, log: (message: string) => void = () => {}): Promise<SitePhrases> {
  const file = WORKER_URL.protocol === 'file:' ? fileURLToPath(WORKER_URL) : '';
  if (!existsSync(file)) return Promise.resolve(sitePhrases(root));
  return new Promise<SitePhrases>((resolve) => {
    let settled = false;
    const here = (reason: string): void => {
      if (settled) return;
      settled = true;
      log(`OpenCC phrases: the reading thread stopped (${reason}); reading the pages in this thread`);
      resolve(sitePhrases(root));
    };
    let worker: Worker;
    try {
      worker = new Worker(file, { workerData: root });
    } catch (error) {
      here((error as Error).message);
      return;
    }
    worker.once('message', (answer: SitePhrases) => {
      settled = true;
      resolve(answer);
    });
    worker.once('error', (error: Error) => here(error.message));
    worker.once('exit', (code) => here(`exit code ${code}`));
  });
}

export function openccPhrases(): AstroIntegration {
  let reading: Promise<SitePhrases> | null = null;
  return {
    name: 'opencc-phrases',
    hooks: {
      'astro:build:generated': ({ dir, logger }) => {
        reading = readSitePhrases(fileURLToPath(dir), (m) => logger.warn(m));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const { subset, pages } = await (reading ?? readSitePhrases(root, (m) => logger.warn(m)));
        reading = null;
        const target = join(root, PHRASES_PATH);
        mkdirSync(join(target, '..'), { recursive: true });
        writeFileSync(target, subset);
        logger.info(`${PHRASES_PATH}: ${subset === '' ? 0 : subset.split('|').length} phrases from ${pages} pages (${subset.length} bytes)`);
      },
    },
  };
}
