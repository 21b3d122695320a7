/**
 * A build helper's worker thread, or null when its module is not a file on disk or the
 * thread cannot start (said in the log): the caller then does the work in its own thread.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * `what`: the work, as the log names it ("QR codes", "share images"); `instead`: what the
 * caller does without the thread, as the log says it ("making them in this thread").
 */
export function openWorkerThread(url: URL, what: string, log: (message: string) => void, options?: WorkerOptions, instead = 'drawing in this thread'): Worker | null {
  const file = url.protocol === 'file:' ? fileURLToPath(url) : '';
  if (!existsSync(file)) return null;
  try {
    return new Worker(file, options);
  } catch (error) {
    log(`${what}: no worker thread (${(error as Error).message}), ${instead}`);
    return null;
  }
}
