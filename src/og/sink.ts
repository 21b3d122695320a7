/**
 * How pages ask for their share image during a build. Pages render in a module
 * graph apart from the config's integrations, so the two meet on a global that
 * only a build opens (as the search records do, see integrations/search-records.ts).
 */
import type { OgCard } from './card.ts';

const SINK = Symbol.for('tianjin-news.og-cards');

interface Sink {
  cards: Map<string, OgCard>;
  /** Told of each card as its page registers it, so drawing can start while pages render. */
  onCard: (path: string, card: OgCard) => void;
}

const global = globalThis as Record<symbol, Sink | undefined>;

/** Called by the integration when a build that can draw images starts. */
export function openOgSink(onCard: Sink['onCard'] = () => {}): void {
  global[SINK] = { cards: new Map(), onCard };
}

/** Called when the build is over, or when it draws no images: pages then register none. */
export function closeOgSink(): void {
  global[SINK] = undefined;
}

/** The image's path for a page path: /articles/x/ → /og/articles/x.png. */
export const ogImagePath = (pagePath: string): string => `/og/${pagePath.replace(/^\/|\/$/g, '') || 'index'}.png`;

/**
 * Registers the page's card and returns its image path, or null when no image will
 * be drawn (dev server, CLIs, or a build without a CJK font): the page then says
 * nothing about an image rather than point at a missing one.
 */
export function ogImageFor(pagePath: string, card: OgCard): string | null {
  const sink = global[SINK];
  if (!sink) return null;
  const path = ogImagePath(pagePath);
  sink.cards.set(path, card);
  sink.onCard(path, card);
  return path;
}

export function offeredCards(): Map<string, OgCard> | null {
  return global[SINK]?.cards ?? null;
}
