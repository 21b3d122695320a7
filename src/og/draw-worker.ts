/**
 * The drawing thread of ./draw-pool.ts: draws each card it is sent into its cache file,
 * and answers `finish` once every card sent before it is there. Node loads this file as
 * it is (type stripping), not through Vite, so it imports only modules Node can run the same way.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { CardFonts } from '../io/cjk-font.ts';
import { cardDrawer } from './draw-card.ts';
import type { CardJob, DrawAnswer, DrawJob } from './draw-pool.ts';
import { drawInto } from './image-file.ts';

const draw = cardDrawer(workerData as CardFonts);
const counts: DrawAnswer = { drawn: 0, cached: 0, failures: [] };
const running = new Set<Promise<void>>();
function drawJob(job: CardJob): void {
  const task: Promise<void> = drawInto(job.file, () => draw(job.card))
    .then(
      (drawn) => void (drawn ? (counts.drawn += 1) : (counts.cached += 1)),
      (error: unknown) => void counts.failures.push(`${job.card.title}: ${error instanceof Error ? error.message : String(error)}`),
    )
    .finally(() => running.delete(task));
  running.add(task);
}

parentPort!.on('message', (job: DrawJob) => {
  if ('finish' in job) {
    void Promise.all(running).then(() => parentPort!.postMessage(counts));
    return;
  }
  for (const card of job.cards) drawJob(card);
});
