/**
 * The pipeline as the site and the CLIs run it: home paper from site config and the
 * tagger built from the taxonomy. One place, so the site and `npm run parse` agree.
 */
import { site } from '../config/site.ts';
import { parsePaper, parsePapers, type PaperInput, type ParseOptions } from '../pipeline/index.ts';
import { createTagger, tagArticle, type Tagger } from '../pipeline/tag/index.ts';
import { mergeDiscovered } from '../pipeline/tag/merge-discovered.ts';
import type { ParseResult } from '../schema/article.ts';
import type { Taxonomy } from '../schema/taxonomy.ts';
import { loadTaxonomy } from './read-taxonomy.ts';

export interface Pipeline {
  options: ParseOptions;
  /** false when run without the tagger (benchmarks of the structural stages). */
  tagging: boolean;
  parse: (input: PaperInput) => ParseResult;
  parseAll: (inputs: PaperInput[]) => ParseResult;
}

/**
 * Loading the taxonomy validates it: a broken entry throws a TaxonomyError naming the
 * file and entry, which stops the build as it should.
 */
export function createPipeline(settings: { tag?: boolean; taxonomy?: Taxonomy; tagger?: Tagger } = {}): Pipeline {
  const options: ParseOptions = { homePaper: site.homePaper };
  let taxonomy: Taxonomy | null = null;
  if (settings.tag !== false) {
    const tagger = settings.tagger ?? createTagger(settings.taxonomy ?? loadTaxonomy());
    taxonomy = tagger.taxonomy;
    options.tag = (article) => tagArticle(article, tagger);
  }
  return {
    options,
    tagging: options.tag !== undefined,
    parse: (input) => parsePaper(input, options),
    // Many papers at once: discovered projects are merged across them, as the site does.
    parseAll: (inputs) => {
      const result = parsePapers(inputs, options);
      return taxonomy ? { ...result, articles: mergeDiscovered(result.articles, taxonomy).articles } : result;
    },
  };
}
