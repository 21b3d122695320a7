/**
 * How the loaded records reach the pages: the content loader runs in Astro's content layer, a module
 * graph apart from the pages' bundle but in the same process, so the two meet on a global. The records
 * are handed over as they are, discovered projects already merged, once per build: no copy through
 * Astro's data store (serialised, bundled and parsed back) and no second merge.
 */
import type { Article } from '../schema/article.ts';
import type { Taxonomy } from '../schema/taxonomy.ts';

export interface SiteRecords {
  /** File-name order; discovered projects under their merged names. */
  articles: Article[];
  /** The taxonomy with the discovered projects added (marked `discovered`). */
  taxonomy: Taxonomy;
}

const KEY = Symbol.for('tianjin-news.site-records');
const global = globalThis as Record<symbol, SiteRecords | undefined>;

export function publishSiteRecords(records: SiteRecords): void {
  global[KEY] = records;
}

/** This build's records; throws when the articles collection was not loaded in this process. */
export function siteRecords(): SiteRecords {
  const records = global[KEY];
  if (!records) throw new Error('the articles collection has not been loaded in this process (src/content.config.ts runs its loader before any page renders)');
  return records;
}
