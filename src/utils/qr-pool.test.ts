/**
 * The share-box codes a build draws ahead on the worker thread are the ones a page would draw
 * itself, each page gets its own, and a page the build did not announce draws its own.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { closeQrService, drawShareQr, openQrService, shareQr } from './qr-codes.ts';
import { createQrPool, type QrPool } from './qr-pool.ts';

const urls = Array.from({ length: 150 }, (_, i) => `https://example.org/articles/2026--01--${String(i).padStart(3, '0')}_0123456789abcdef-fedcba/`);

let pool: QrPool | null = null;
afterEach(async () => {
  closeQrService();
  await pool?.close();
  pool = null;
});

describe('share-box QR codes drawn ahead', () => {
  it('gives each announced page the code it would draw itself, from the worker', async () => {
    const warnings: string[] = [];
    pool = createQrPool((m) => warnings.push(m));
    openQrService(pool);
    pool.announce(urls, (url) => url);
    for (const url of urls) expect(await shareQr(url)).toBe(await drawShareQr(url));
    expect(pool.counts()).toEqual({ fromWorker: urls.length, byPage: 0 });
    expect(warnings).toEqual([]);
  });

  it('leaves an unannounced page to draw its own, and skips what the build skips', async () => {
    pool = createQrPool();
    openQrService(pool);
    pool.announce(urls, (url) => url);
    expect(pool.take('https://example.org/about/')).toBeNull();
    expect(await shareQr('https://example.org/about/')).toBe(await drawShareQr('https://example.org/about/'));
    // Pages 0-9 restored from the cache: the first page rendered is page 10.
    expect(await pool.take(urls[10]!)).toBe(await drawShareQr(urls[10]!));
    expect(await pool.take(urls[149]!)).toBe(await drawShareQr(urls[149]!));
    // A page taken twice (it does not happen in a build) draws the second one itself.
    expect(pool.take(urls[149]!)).toBeNull();
    expect(pool.counts()).toEqual({ fromWorker: 2, byPage: 1 });
  });

  it('draws in the page when no build opened the service', async () => {
    expect(await shareQr(urls[0]!)).toBe(await drawShareQr(urls[0]!));
  });
});
