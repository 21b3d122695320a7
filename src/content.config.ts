/**
 * Content collections. `articles` is filled by running the pipeline over
 * content/papers; entity pages read the taxonomy directly (src/routes/load-site.ts).
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { site } from './config/site.ts';
import { offerSearchRecords } from './integrations/search-records.ts';
import { codeInputs } from './io/code-digest.ts';
import { createParsePool } from './io/parse-pool.ts';
import { createPipeline } from './io/pipeline.ts';
import { readPapers } from './io/read-papers.ts';
import { loadTaxonomy } from './io/read-taxonomy.ts';
import { PIPELINE_VERSION } from './pipeline/index.ts';
import { toSimplified } from './pipeline/script.ts';
import { articleSchema, type Article } from './schema/article.ts';
import { pagefindRecord } from './search/pagefind-record.ts';
import { mergeDiscovered } from './pipeline/tag/merge-discovered.ts';
import { papersLoader } from './loaders/papers-loader.ts';

const papers = papersLoader({
  // PAPERS_DIR: another papers folder (the build benchmark's synthetic archive).
  readPapers: () => readPapers(process.env.PAPERS_DIR || undefined),
  // Everything besides a paper's bytes that shapes its records. Loading the taxonomy validates it: a broken
  // entry stops the build here, once, with the file, entry and reason.
  inputs: () => ({
    pipeline: PIPELINE_VERSION,
    ...codeInputs('src/content.config.ts'),
    homePaper: site.homePaper,
    taxonomy: loadTaxonomy(),
  }),
  // Worker threads, each with its own tagger; this thread's pipeline only if none can start.
  createParser: ({ papers, logger }) => createParsePool({ papers, inProcess: () => createPipeline().parse, log: logger }),
});

/** Once the records are loaded, the search index can be made from them while the pages render. */
const withSearchRecords = (loader: Loader): Loader => ({
  ...loader,
  load: async (context) => {
    await loader.load(context);
    // Discovered projects under their merged names, as the pages and the name index have them.
    offerSearchRecords(() =>
      mergeDiscovered(
        context.store.values().map((entry) => entry.data as Article),
        loadTaxonomy(),
      ).articles.map((article) => pagefindRecord(article, toSimplified)),
    );
  },
});

const articles = defineCollection({
  loader: withSearchRecords(papers),
  schema: articleSchema,
});

export const collections = { articles };
