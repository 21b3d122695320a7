/**
 * Share-box QR codes drawn on a worker thread (./qr-worker.ts) a few pages ahead of the page
 * that renders (./ahead-pool.ts); a page the pool has no code for draws its own, the same bytes.
 */
import { createAheadPool, type AheadPool } from './ahead-pool.ts';

// A literal `new URL('./…', import.meta.url)`, as in og/draw-pool.ts, so the file is found beside this one.
const WORKER_URL = new URL('./qr-worker.ts', import.meta.url);

/** Jobs and keys are the pages' URLs; results the codes' SVG. */
export type QrPool = AheadPool<string, string>;

export const createQrPool = (log?: (message: string) => void): QrPool => createAheadPool<string, string>(WORKER_URL, 'QR codes', log);
