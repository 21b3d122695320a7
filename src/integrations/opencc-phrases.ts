/**
 * Astro integration: after the build, write the Simplified→Traditional phrase
 * dictionary trimmed to the phrases that occur in the built pages (see
 * opencc-subset.ts). The 简/繁 switch fetches it instead of OpenCC's full 1 MB list.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import STPhrases from 'opencc-js/dict/STPhrases';
import STPhrasesRegional from 'opencc-js/dict/STPhrases_GeneratedFromRegionalPhrases';
import { phraseSubset } from './opencc-subset.ts';
import { openccPhrasesPath as PHRASES_PATH } from '../utils/urls.ts';
import { isHtml, listFiles } from '../io/list-files.ts';

export function openccPhrases(): AstroIntegration {
  return {
    name: 'opencc-phrases',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = listFiles(root, isHtml);
        // One page at a time: at 100,000 articles the pages together are gigabytes.
        const pages = function* (): Generator<string> {
          for (const file of files) yield readFileSync(file, 'utf8');
        };
        const subset = phraseSubset([STPhrases, STPhrasesRegional], pages());
        const target = join(root, PHRASES_PATH);
        mkdirSync(join(target, '..'), { recursive: true });
        writeFileSync(target, subset);
        logger.info(`${PHRASES_PATH}: ${subset === '' ? 0 : subset.split('|').length} phrases from ${files.length} pages (${subset.length} bytes)`);
      },
    },
  };
}
