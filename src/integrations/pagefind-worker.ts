/**
 * A worker thread of ./pagefind-workers.ts: indexes the one part it is given and answers once.
 * Node loads this file as it is (type stripping), not through Vite, so it imports only modules
 * Node can run the same way.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { PagefindRecord } from '../search/pagefind-record.ts';
import { indexPart } from './pagefind-part.ts';
import type { PartAnswer } from './pagefind-workers.ts';

const { records, outputPath } = workerData as { records: PagefindRecord[]; outputPath: string };
indexPart(records, outputPath).then(
  () => parentPort!.postMessage({ ok: true } satisfies PartAnswer),
  (error: unknown) => parentPort!.postMessage({ error: (error as Error).message } satisfies PartAnswer),
);
