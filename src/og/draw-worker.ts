/**
 * The drawing thread of ./draw-pool.ts. Node loads this file as it is (type stripping),
 * not through Vite, so it imports only modules Node can run the same way.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { CardFonts } from '../io/cjk-font.ts';
import { cardDrawer } from './draw-card.ts';
import type { OgCard } from './card.ts';

const draw = cardDrawer(workerData as CardFonts);
parentPort!.on('message', ({ id, card }: { id: number; card: OgCard }) => {
  draw(card).then(
    (png) => parentPort!.postMessage({ id, png }),
    (error: unknown) => parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
  );
});
