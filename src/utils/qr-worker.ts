/**
 * The drawing thread of ./qr-pool.ts: draws the codes of the URLs it is sent, in order, and
 * posts them back a batch at a time. Node loads this file as it is (type stripping), not
 * through Vite, so it imports only modules Node can run the same way.
 */
import { parentPort } from 'node:worker_threads';
import { drawShareQr } from './qr-codes.ts';
import type { QrAnswer } from './qr-pool.ts';

parentPort!.on('message', async (urls: string[]) => {
  const answer: QrAnswer = [];
  for (const url of urls) {
    // A URL the code cannot hold comes back without one: the page draws it and fails with qrcode's own message.
    answer.push([url, await drawShareQr(url).catch(() => null)]);
  }
  parentPort!.postMessage(answer);
});
