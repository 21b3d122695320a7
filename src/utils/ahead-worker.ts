/**
 * The worker side of ./ahead-pool.ts: makes the results of the jobs it is sent, in order, and
 * posts them back a batch at a time. Worker files load as they are (Node's type stripping, not
 * Vite), so this and what they import are modules Node can run the same way.
 */
import { parentPort } from 'node:worker_threads';
import type { AheadAnswer, AheadMessage } from './ahead-pool.ts';

/** `setup` gets what the pool's announce() shared (undefined when it shared nothing) and returns how to make one job's result. */
export function serveAhead<Job, Result>(setup: (init: unknown) => (job: Job) => Result | Promise<Result>): void {
  let make = setup(undefined);
  parentPort!.on('message', async (message: AheadMessage<Job>) => {
    if ('init' in message) {
      make = setup(message.init);
      return;
    }
    const answer: AheadAnswer<Result> = [];
    for (const [key, job] of message.jobs) {
      // A job that fails comes back without a result: its page makes it and fails with the real message.
      answer.push([key, await Promise.resolve(job)
        .then(make)
        .catch(() => null)]);
    }
    parentPort!.postMessage(answer);
  });
}
