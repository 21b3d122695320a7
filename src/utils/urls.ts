/**
 * Every URL the site emits, in one place, so links, feeds, sitemap and the JSON
 * export agree. Paths end with a slash because the build writes directories.
 */
import type { EntityKind } from './entity-kinds.ts';

export const articlePath = (id: string): string => `/articles/${id}/`;
export const entityPath = (kind: EntityKind, slug: string): string => `/${kind}/${slug}/`;
export const entityIndexPath = (kind: EntityKind): string => `/${kind}/`;
export const entityFeedPath = (kind: EntityKind, slug: string): string => `/${kind}/${slug}/rss.xml`;
export const siteFeedPath = '/rss.xml';
export const timelinePath = '/timeline/';
/** Anchor of a month section on the timeline page, e.g. "m2025-05". */
export const monthAnchor = (month: string): string => `m${month}`;
export const searchPath = (query?: string): string =>
  query ? `/search/?q=${encodeURIComponent(query)}` : '/search/';

/** Absolute URL on the configured origin; `base` may carry a path prefix. */
export function absoluteUrl(path: string, base: string): string {
  return new URL(path.replace(/^\//, ''), base.endsWith('/') ? base : `${base}/`).href;
}

/** The Simplified→Traditional phrase list trimmed to the site's text (written after the build). */
export const openccPhrasesPath = '/opencc/s2t-phrases.txt';
