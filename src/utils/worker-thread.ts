/**
 * A build helper's worker thread, or null when its module is not a file on disk or the
 * thread cannot start (said in the log): the caller then does the work in its own thread.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * The young generation a build helper thread may grow (MB). V8 sizes each isolate's young
 * generation for a main thread, and half a dozen helpers beside the rendering each kept theirs
 * at full size: about 150 MB of the build's peak at 10,000 articles. At this size the helpers
 * collect more often, for a few per cent more CPU on threads the pages do not wait for.
 */
export const HELPER_YOUNG_GENERATION_MB = 8;

/** A helper thread's options with the young generation capped (unless the caller sets its own limits). */
export function helperThreadOptions(options: WorkerOptions = {}): WorkerOptions {
  return { ...options, resourceLimits: { maxYoungGenerationSizeMb: HELPER_YOUNG_GENERATION_MB, ...options.resourceLimits } };
}

/**
 * `what`: the work, as the log names it ("QR codes", "share images"); `instead`: what the
 * caller does without the thread, as the log says it ("making them in this thread").
 */
export function openWorkerThread(url: URL, what: string, log: (message: string) => void, options?: WorkerOptions, instead = 'drawing in this thread'): Worker | null {
  const file = url.protocol === 'file:' ? fileURLToPath(url) : '';
  if (!existsSync(file)) return null;
  try {
    return new Worker(file, helperThreadOptions(options));
  } catch (error) {
    log(`${what}: no worker thread (${(error as Error).message}), ${instead}`);
    return null;
  }
}
