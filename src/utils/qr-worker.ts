/**
 * The drawing thread of ./qr-pool.ts: draws the codes of the URLs it is sent (./ahead-worker.ts).
 * A URL the code cannot hold comes back without one: the page draws it and fails with qrcode's own message.
 */
import { serveAhead } from './ahead-worker.ts';
import { drawShareQr } from './qr-codes.ts';

serveAhead<string, string>(() => drawShareQr);
