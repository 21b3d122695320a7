/**
 * Opens the share-box QR codes' drawing thread for a build (utils/qr-pool.ts) and closes it
 * when the pages are done; the article pages announce and take their codes through utils/qr-codes.ts.
 */
import type { AstroIntegration } from 'astro';
import { closeQrService, openQrService } from '../utils/qr-codes.ts';
import { createQrPool, type QrPool } from '../utils/qr-pool.ts';

export function qrCodes(): AstroIntegration {
  let pool: QrPool | null = null;
  return {
    name: 'qr-codes',
    hooks: {
      'astro:build:start': ({ logger }) => {
        pool = createQrPool((message) => logger.warn(message));
        openQrService(pool);
      },
      'astro:build:done': async ({ logger }) => {
        closeQrService();
        const counts = pool?.counts();
        if (counts && counts.fromWorker + counts.drawnByPage > 0) logger.info(`${counts.fromWorker} share-box codes drawn ahead on the worker thread, ${counts.drawnByPage} by their pages`);
        await pool?.close();
        pool = null;
      },
    },
  };
}
