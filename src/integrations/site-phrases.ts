/**
 * The phrase dictionary trimmed to the built site (opencc-subset.ts), read from the pages
 * in `root` one at a time: at 100,000 articles the pages together are gigabytes. Run in a
 * worker thread (site-phrases-worker.ts) so that the main thread writes the data files
 * meanwhile, or here when no worker can start.
 */
import { readFileSync } from 'node:fs';
import STPhrases from 'opencc-js/dict/STPhrases';
import STPhrasesRegional from 'opencc-js/dict/STPhrases_GeneratedFromRegionalPhrases';
import { isHtml, listFiles } from '../io/list-files.ts';
import { phraseSubset } from './opencc-subset.ts';

export interface SitePhrases {
  /** The trimmed dictionary, in OpenCC's "key value|…" form. */
  subset: string;
  /** How many pages were read. */
  pages: number;
}

export function sitePhrases(root: string): SitePhrases {
  const files = listFiles(root, isHtml);
  const pages = function* (): Generator<string> {
    for (const file of files) yield readFileSync(file, 'utf8');
  };
  return { subset: phraseSubset([STPhrases, STPhrasesRegional], pages()), pages: files.length };
}
