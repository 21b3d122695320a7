/**
 * The pipeline as the site and the CLIs run it: home paper from site config and,
 * once the taxonomy is available, the tagger. One place, so both stay the same.
 */
import { site } from '../config/site.ts';
import { parsePaper, parsePapers, type PaperInput, type ParseOptions } from '../pipeline/index.ts';
import type { ParseResult } from '../schema/article.ts';

export function createPipeline(): { options: ParseOptions; parse: (input: PaperInput) => ParseResult; parseAll: (inputs: PaperInput[]) => ParseResult } {
  const options: ParseOptions = { homePaper: site.homePaper };
  return {
    options,
    parse: (input) => parsePaper(input, options),
    parseAll: (inputs) => parsePapers(inputs, options),
  };
}
