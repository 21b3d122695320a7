import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ResourceLimits, Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { HELPER_YOUNG_GENERATION_MB, openWorkerThread } from './worker-thread.ts';

const root = mkdtempSync(join(tmpdir(), 'worker-thread-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// A helper module that reports the limits its thread runs under.
const module = join(root, 'limits.mjs');
writeFileSync(module, "import { parentPort, resourceLimits } from 'node:worker_threads';\nparentPort.postMessage(resourceLimits);\n");

const limitsOf = (worker: Worker | null): Promise<ResourceLimits> =>
  new Promise((resolve, reject) => {
    if (!worker) return reject(new Error('no thread'));
    worker.once('message', (limits: ResourceLimits) => {
      void worker.terminate();
      resolve(limits);
    });
    worker.once('error', reject);
  });

describe('openWorkerThread', () => {
  it('runs a build helper with a small young generation, so half a dozen of them do not each hold a main thread’s', async () => {
    const limits = await limitsOf(openWorkerThread(pathToFileURL(module), 'test', () => undefined));
    expect(limits.maxYoungGenerationSizeMb).toBe(HELPER_YOUNG_GENERATION_MB);
  });

  it('keeps limits the caller sets', async () => {
    const limits = await limitsOf(openWorkerThread(pathToFileURL(module), 'test', () => undefined, { resourceLimits: { maxYoungGenerationSizeMb: 32 } }));
    expect(limits.maxYoungGenerationSizeMb).toBe(32);
  });

  it('answers null for a module that is not a file, so the caller works in its own thread', () => {
    expect(openWorkerThread(new URL('data:text/javascript,'), 'test', () => undefined)).toBeNull();
  });
});
