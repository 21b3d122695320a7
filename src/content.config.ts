/**
 * Content collections. `articles` is filled by running the pipeline over content/papers; its loader
 * hands the records to the pages in memory (src/loaders/site-records.ts), and entity pages read the
 * taxonomy with them (src/routes/load-site.ts).
 */
import { defineCollection } from 'astro:content';
import { createPipeline } from './io/pipeline.ts';
import { offerSearchRecords } from './integrations/search-records.ts';
import { toSimplified } from './pipeline/script.ts';
import { articleSchema } from './schema/article.ts';
import { pagefindRecord } from './search/pagefind-record.ts';
import { mergeDiscovered } from './pipeline/tag/merge-discovered.ts';
import { papersLoader } from './loaders/papers-loader.ts';
import { sitePapers } from './loaders/site-papers.ts';
import { publishSiteRecords } from './loaders/site-records.ts';

const source = sitePapers(createPipeline);

const papers = papersLoader({
  ...source,
  check: (record) => articleSchema.parse(record),
  loaded: (articles) => {
    // One pass over all records makes entities of the discovered projects; the pages and the search index both take its result.
    const merged = mergeDiscovered(articles, source.taxonomy());
    publishSiteRecords(merged);
    offerSearchRecords(() => merged.articles.map((article) => pagefindRecord(article, toSimplified)));
  },
});

const articles = defineCollection({ loader: papers });

export const collections = { articles };
