/**
 * The drawing thread of ./draw-pool.ts: lays out each card it is sent, names its image by
 * digest and draws it into its cache file (./card-queue.ts), and answers `finish` once every
 * card sent before it is there, with the file of each page's image. Node loads this file as
 * it is (type stripping), not through Vite, so it imports only modules Node can run the same way.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { cardQueue, type CardQueueSetup } from './card-queue.ts';
import { cardDrawer } from './draw-card.ts';
import type { DrawAnswer, DrawJob } from './draw-pool.ts';
import { localWriter } from './draw-queue.ts';

const setup = workerData as CardQueueSetup;
const queue = cardQueue(setup, localWriter(cardDrawer(setup.fonts)));
parentPort!.on('message', (job: DrawJob) => {
  if ('finish' in job) {
    void queue.finish().then(
      ({ drawn, cached, files }) => parentPort!.postMessage({ drawn, cached, files: [...files], failures: [] } satisfies DrawAnswer),
      (error: unknown) => parentPort!.postMessage({ drawn: 0, cached: 0, files: [], failures: [error instanceof Error ? error.message : String(error)] } satisfies DrawAnswer),
    );
    return;
  }
  for (const [path, card] of job.cards) queue.add(path, card);
});
