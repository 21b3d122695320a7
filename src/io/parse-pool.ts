/**
 * Parsing and tagging on every core: a pool of worker threads, each with its own
 * pipeline (parse-worker.ts). Papers are independent of each other, so each
 * result is what the single-threaded pipeline gives; callers take the results in
 * their own (file-name) order, so the output does not depend on which worker
 * finished first.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PaperInput } from '../pipeline/index.ts';
import type { ParseResult } from '../schema/article.ts';
import type { WorkerReply, WorkerRequest } from './parse-worker.ts';

export interface ParsePool {
  /** Rejects with the worker's message when the pipeline throws on this paper. */
  parse: (input: PaperInput) => Promise<ParseResult>;
  close: () => Promise<void>;
}

interface Job {
  request: WorkerRequest;
  resolve: (result: ParseResult) => void;
  reject: (error: Error) => void;
}

const WORKER = new URL('./parse-worker.ts', import.meta.url);

/** Threads for `papers` papers: one per core, but none beyond what the work pays for (each loads its own dictionary). */
export function poolSize(papers: number, cores: number = availableParallelism()): number {
  return Math.max(1, Math.min(cores, Math.ceil(papers / 50)));
}

export function createParsePool(size: number): ParsePool {
  const queue: Job[] = [];
  const running = new Map<number, Job>();
  const idle: Worker[] = [];
  let nextId = 0;
  let failure: Error | null = null;

  const dispatch = (): void => {
    while (idle.length > 0 && queue.length > 0) {
      const job = queue.shift()!;
      running.set(job.request.id, job);
      idle.pop()!.postMessage(job.request);
    }
  };

  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(WORKER);
    worker.on('message', (reply: WorkerReply) => {
      const job = running.get(reply.id);
      running.delete(reply.id);
      idle.push(worker);
      if (job) {
        if ('error' in reply) job.reject(new Error(reply.error));
        else job.resolve(reply.result as ParseResult);
      }
      dispatch();
    });
    // A worker that dies (its pipeline failed to start) fails everything still waiting: the build must stop, not hang.
    worker.on('error', (error: Error) => {
      failure = error;
      for (const job of [...running.values(), ...queue.splice(0)]) job.reject(error);
      running.clear();
    });
    return worker;
  });
  idle.push(...workers);

  return {
    parse: (input) =>
      new Promise<ParseResult>((resolve, reject) => {
        if (failure) return reject(failure);
        queue.push({ request: { id: nextId++, input }, resolve, reject });
        dispatch();
      }),
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
