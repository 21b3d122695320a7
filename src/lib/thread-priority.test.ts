/** A helper thread gives way to the main thread: its own priority drops, the main thread's does not. */
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';

/** The nice value of the calling thread (field 19 of /proc/thread-self/stat; the name in field 2 has no spaces here). */
const niceOfThisThread = (): number => Number(readFileSync('/proc/thread-self/stat', 'utf8').split(' ')[18]);

describe.runIf(process.platform === 'linux')('thread priority', () => {
  it('lowers the calling thread only', async () => {
    const before = niceOfThisThread();
    const source = `
      import { parentPort } from 'node:worker_threads';
      import { readFileSync } from 'node:fs';
      const { yieldToMainThread } = await import(${JSON.stringify(new URL('./thread-priority.ts', import.meta.url).href)});
      yieldToMainThread(12);
      parentPort.postMessage(Number(readFileSync('/proc/thread-self/stat', 'utf8').split(' ')[18]));`;
    const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(source)}`));
    const nice = await new Promise<number>((resolve, reject) => worker.once('message', resolve).once('error', reject));
    await worker.terminate();
    expect(nice).toBe(Math.max(before, 12));
    expect(niceOfThisThread()).toBe(before);
  });
});
