/**
 * A worker process of the parse pool (./parse-pool.ts): the site's pipeline with its own tagger.
 * Node loads this file as it is (type stripping), not through Vite, so it imports only modules Node can
 * run the same way.
 */
import { serveParser } from './parse-pool.ts';
import { createPipeline } from './pipeline.ts';

serveParser((data) => createPipeline({ tag: (data as { tag?: boolean } | null)?.tag !== false }).parse);
