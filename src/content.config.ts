/**
 * Content collections. `articles` is filled by running the pipeline over content/papers; its loader
 * hands the records to the pages in memory (src/loaders/site-records.ts), and entity pages read the
 * taxonomy with them (src/routes/load-site.ts).
 */
import { defineCollection } from 'astro:content';
import { site } from './config/site.ts';
import { offerSearchRecords } from './integrations/search-records.ts';
import { codeInputs } from './io/code-digest.ts';
import { createParsePool } from './io/parse-pool.ts';
import { createPipeline } from './io/pipeline.ts';
import { readPapers } from './io/read-papers.ts';
import { loadTaxonomy } from './io/read-taxonomy.ts';
import { PIPELINE_VERSION } from './pipeline/index.ts';
import { toSimplified } from './pipeline/script.ts';
import { articleSchema } from './schema/article.ts';
import type { Taxonomy } from './schema/taxonomy.ts';
import { pagefindRecord } from './search/pagefind-record.ts';
import { mergeDiscovered } from './pipeline/tag/merge-discovered.ts';
import { papersLoader } from './loaders/papers-loader.ts';
import { publishSiteRecords } from './loaders/site-records.ts';

/** The taxonomy as this load read it: read once per load, for the cache key and for the merge. */
let taxonomy: Taxonomy | null = null;

const papers = papersLoader({
  // PAPERS_DIR: another papers folder (the build benchmark's synthetic archive).
  readPapers: () => readPapers(process.env.PAPERS_DIR || undefined),
  // Everything besides a paper's bytes that shapes its records. Loading the taxonomy validates it: a broken
  // entry stops the build here, once, with the file, entry and reason.
  inputs: () => ({
    pipeline: PIPELINE_VERSION,
    ...codeInputs('src/content.config.ts'),
    homePaper: site.homePaper,
    taxonomy: (taxonomy = loadTaxonomy()),
  }),
  // Worker processes, each with its own tagger; this process's pipeline only if none can start.
  createParser: ({ papers, logger }) => createParsePool({ papers, inProcess: () => createPipeline({ taxonomy: taxonomy ?? undefined }).parse, log: logger }),
  check: (record) => articleSchema.parse(record),
  loaded: (articles) => {
    // One pass over all records makes entities of the discovered projects; the pages and the search index both take its result.
    const merged = mergeDiscovered(articles, taxonomy ?? loadTaxonomy());
    publishSiteRecords(merged);
    offerSearchRecords(() => merged.articles.map((article) => pagefindRecord(article, toSimplified)));
  },
});

const articles = defineCollection({ loader: papers });

export const collections = { articles };
