/**
 * The pipeline as the site and the CLIs run it: home paper from site config and,
 * once the taxonomy is available, the tagger. One place, so both stay the same.
 */
import { site } from '../config/site.ts';
import { parsePaper, parsePapers, type PaperInput, type ParseOptions } from '../pipeline/index.ts';
import type { ParseResult } from '../schema/article.ts';

export interface Pipeline {
  options: ParseOptions;
  /** false when run without the tagger (benchmarks of the structural stages). */
  tagging: boolean;
  parse: (input: PaperInput) => ParseResult;
  parseAll: (inputs: PaperInput[]) => ParseResult;
}

export function createPipeline(settings: { tag?: boolean } = {}): Pipeline {
  const options: ParseOptions = { homePaper: site.homePaper };
  const tagging = settings.tag !== false && options.tag !== undefined;
  return {
    options,
    tagging,
    parse: (input) => parsePaper(input, options),
    parseAll: (inputs) => parsePapers(inputs, options),
  };
}
