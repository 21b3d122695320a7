/**
 * Content collections. `articles` is filled by running the pipeline over
 * content/papers; entity pages read the taxonomy directly (src/utils/load-site.ts).
 */
import { defineCollection } from 'astro:content';
import { site } from './config/site.ts';
import { createPipeline } from './io/pipeline.ts';
import { readPapers } from './io/read-papers.ts';
import { readTaxonomyFiles } from './io/read-taxonomy.ts';
import { PIPELINE_VERSION } from './pipeline/index.ts';
import { articleSchema } from './schema/article.ts';
import { papersLoader, sourceText } from './utils/papers-loader.ts';

const articles = defineCollection({
  loader: papersLoader({
    // PAPERS_DIR: another papers folder (the build benchmark's synthetic archive).
    readPapers: () => readPapers(process.env.PAPERS_DIR || undefined),
    inputs: () => ({
      pipeline: PIPELINE_VERSION,
      code: sourceText('src/pipeline'),
      homePaper: site.homePaper,
      taxonomy: readTaxonomyFiles(),
    }),
    createParser: () => createPipeline().parse,
  }),
  schema: articleSchema,
});

export const collections = { articles };
