/**
 * One parse worker: builds the pipeline (with its own tagger and nodejieba
 * dictionary) once, then parses each paper it is sent. See parse-pool.ts.
 */
import { parentPort } from 'node:worker_threads';
import type { PaperInput } from '../pipeline/index.ts';
import { createPipeline } from './pipeline.ts';

export type WorkerRequest = { id: number; input: PaperInput };
export type WorkerReply = { id: number; result: unknown } | { id: number; error: string };

const { parse } = createPipeline();
parentPort!.on('message', ({ id, input }: WorkerRequest) => {
  try {
    parentPort!.postMessage({ id, result: parse(input) } satisfies WorkerReply);
  } catch (error) {
    parentPort!.postMessage({ id, error: (error as Error).stack ?? String(error) } satisfies WorkerReply);
  }
});
