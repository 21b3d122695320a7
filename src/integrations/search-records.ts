/**
 * How the article records reach the search indexer during a build. The content
 * loader runs in Astro's content layer, a module graph apart from the config's
 * integrations, so the two meet on a global that only a build opens.
 */
import type { PagefindRecord } from '../search/pagefind-record.ts';

const SINK = Symbol.for('tianjin-news.search-records');

interface Sink {
  records: PagefindRecord[] | null;
}

const global = globalThis as Record<symbol, Sink | undefined>;

/** Called by the integration when a build starts: from then on the loader's offer is kept. */
export function openRecordSink(): void {
  global[SINK] = { records: null };
}

/** Hands the records to the indexer of a running build; a no-op in dev and in the CLIs (no sink, nothing computed). */
export function offerSearchRecords(records: () => PagefindRecord[]): void {
  const sink = global[SINK];
  if (sink) sink.records = records();
}

export function offeredRecords(): PagefindRecord[] | null {
  return global[SINK]?.records ?? null;
}
