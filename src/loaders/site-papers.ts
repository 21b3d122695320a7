/**
 * The papers of this site and what shapes their records, as the articles loader parses them: read by the
 * content collection's loader (src/content.config.ts) and by the build's head start on parsing
 * (src/integrations/parse-ahead.ts), which must judge the same papers by the same digests.
 */
import { site } from '../config/site.ts';
import { codeInputs } from '../io/code-digest.ts';
import { createParsePool } from '../io/parse-pool.ts';
import type { ParseWorkerData } from '../io/parse-worker.ts';
import type { Pipeline } from '../io/pipeline.ts';
import { readPapers } from '../io/read-papers.ts';
import { loadTaxonomy } from '../io/read-taxonomy.ts';
import type { Taxonomy } from '../schema/taxonomy.ts';
import type { PaperSource } from './papers-loader.ts';

/**
 * The site's papers, read with the taxonomy of the last `inputs()` (read once per load: for the key and for
 * the merge). `pipeline` makes this process's pipeline, used only when no worker process can start.
 */
export function sitePapers(pipeline: (settings: { taxonomy?: Taxonomy }) => Pipeline): PaperSource & { taxonomy: () => Taxonomy } {
  let taxonomy: Taxonomy | null = null;
  return {
    // PAPERS_DIR: another papers folder (the build benchmark's synthetic archive).
    readPapers: () => readPapers(process.env.PAPERS_DIR || undefined),
    // Everything besides a paper's bytes that shapes its records (the pipeline's code among the source files
    // the code digest follows). Loading the taxonomy validates it: a broken entry stops the build here, once,
    // with the file, entry and reason.
    inputs: () => ({
      ...codeInputs('src/content.config.ts'),
      homePaper: site.homePaper,
      taxonomy: (taxonomy = loadTaxonomy()),
    }),
    // Worker processes, each with its own tagger; this process's pipeline only if none can start.
    createParser: ({ papers, logger }) => {
      const data: ParseWorkerData = taxonomy ? { taxonomy } : {};
      return createParsePool({ papers, data, inProcess: () => pipeline({ taxonomy: taxonomy ?? undefined }).parse, log: logger });
    },
    taxonomy: () => (taxonomy ??= loadTaxonomy()),
  };
}
