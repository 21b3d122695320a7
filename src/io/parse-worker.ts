/**
 * A worker process of the parse pool (./parse-pool.ts): the site's pipeline with its own tagger.
 * Node loads this file as it is (type stripping), not through Vite, so it imports only modules Node can
 * run the same way.
 */
import type { Taxonomy } from '../schema/taxonomy.ts';
import { serveParser } from './parse-pool.ts';
import { createPipeline } from './pipeline.ts';

/** What the pool's `data` option holds for this worker. */
export interface ParseWorkerData {
  /** false: the structural stages only (benchmarks). */
  tag?: boolean;
  taxonomy?: Taxonomy;
}

serveParser((data) => {
  const settings = (data ?? {}) as ParseWorkerData;
  // The taxonomy the build process already read and checked (the one its cache key holds), not read again.
  return createPipeline({ tag: settings.tag !== false, ...(settings.taxonomy ? { taxonomy: settings.taxonomy } : {}) }).parse;
});
