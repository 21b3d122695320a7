/**
 * Share cards by the image path of the page that registered them: each laid out as SVG,
 * named by the digest of that SVG and drawn once (./draw-queue.ts). The drawing thread runs
 * one (./draw-worker.ts), and the main thread runs its own only when that thread cannot.
 */
import type { CardFonts } from '../io/cjk-font.ts';
import { cardSvg, type OgCard } from './card.ts';
import { drawQueue, type ImageWriter, type WriteCounts } from './draw-queue.ts';

export interface CardQueueSetup {
  /** Where the images are kept. */
  cacheDir: string;
  /** Everything besides a card's SVG that its image depends on (see integrations/og-images.ts). */
  key: string;
  fonts: CardFonts;
}

export interface CardImages extends WriteCounts {
  /** Each page's image path (/og/…png) and the cache file its image is in. */
  files: Map<string, string>;
}

export interface CardQueue {
  /** A page's card, as it registered it last: the same card of another page is not drawn again. */
  add(path: string, card: OgCard): void;
  finish(): Promise<CardImages>;
}

export function cardQueue(setup: CardQueueSetup, writer: ImageWriter<OgCard>): CardQueue {
  const queue = drawQueue({ cacheDir: setup.cacheDir, key: setup.key, writer });
  const files = new Map<string, string>();
  return {
    add: (path, card) => void files.set(path, queue.add(cardSvg(card, setup.fonts.family), card)),
    finish: async () => ({ ...(await queue.finish()), files }),
  };
}
