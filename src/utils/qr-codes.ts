/**
 * The share box's QR code of an article page. During a build the codes are drawn a little
 * ahead of the pages on a worker thread (./qr-pool.ts, opened by integrations/qr-codes.ts),
 * so the main thread, which renders every page in turn, only picks each one up; anywhere
 * else (dev server, tests, a page the build did not announce) the code is drawn here.
 * Pages render in a module graph apart from the config's integrations, so the two meet
 * on a global that only a build opens (as the share cards do, see og/sink.ts).
 */
import { qrSvg } from './qr.ts';

const SERVICE = Symbol.for('tianjin-news.qr-codes');

export interface QrService {
  /** The article URLs in the order their pages will render, and each one's job (its URL), so drawing can run ahead of them. */
  announce(urls: readonly string[], job: (url: string) => string): void;
  /** The code of an announced URL, or null for one it does not have (the caller draws it). */
  take(url: string): Promise<string | null> | null;
}

const global = globalThis as Record<symbol, QrService | undefined>;

const shareQrLabel = (url: string): string => `本文链接的二维码：${url}`;

/** The share box's code drawn in this thread. */
export const drawShareQr = (url: string): Promise<string> => qrSvg(url, shareQrLabel(url));

/** Called by the integration when a build starts. */
export function openQrService(service: QrService): void {
  global[SERVICE] = service;
}

export function closeQrService(): void {
  global[SERVICE] = undefined;
}

/** Tells a running build which article pages come, in order; does nothing elsewhere. */
export function announceShareQrs(urls: readonly string[]): void {
  global[SERVICE]?.announce(urls, (url) => url);
}

/** The share box's QR code of `url` as inline SVG with an accessible name. */
export async function shareQr(url: string): Promise<string> {
  return (await global[SERVICE]?.take(url)) ?? drawShareQr(url);
}
