/**
 * The phrase dictionary trimmed to the built site (opencc-subset.ts), read from the pages
 * in `root` one at a time: at 100,000 articles the pages together are gigabytes. A build
 * reads each page in a worker thread (site-phrases-worker.ts) as soon as it is written,
 * while the next ones render, and at the end only the pages it was not told of (restored
 * ones); when no thread can start, all of them are read here at the end.
 */
import { readFileSync } from 'node:fs';
import STPhrases from 'opencc-js/dict/STPhrases';
import STPhrasesRegional from 'opencc-js/dict/STPhrases_GeneratedFromRegionalPhrases';
import { isHtml, listFiles } from '../io/list-files.ts';
import { phraseScanner } from './opencc-subset.ts';

export interface SitePhrases {
  /** The trimmed dictionary, in OpenCC's "key value|…" form. */
  subset: string;
  /** How many pages were read. */
  pages: number;
}

/** What the reading thread is sent: pages written whole (absolute paths), then the request for the answer. */
export type PhraseRequest = { written: string[] } | { synced: number } | { finish: true };

export interface PhraseReader {
  /** A page written whole: read now. A file that is not there is left to finish(), which lists what is. */
  written: (file: string) => void;
  /** Reads every page of `root` not read yet, and answers for all of them. */
  finish: () => SitePhrases;
}

export function phraseReader(root: string): PhraseReader {
  const scanner = phraseScanner([STPhrases, STPhrasesRegional]);
  const read = new Set<string>();
  return {
    written: (file) => {
      if (read.has(file)) return;
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        return;
      }
      read.add(file);
      scanner.add(text);
    },
    finish: () => {
      // A page read early that the listing spells differently is read twice, which finds the same keys.
      const files = listFiles(root, isHtml);
      for (const file of files) if (!read.has(file)) scanner.add(readFileSync(file, 'utf8'));
      return { subset: scanner.subset(), pages: files.length };
    },
  };
}

/** Every page of `root`, read here. */
export const sitePhrases = (root: string): SitePhrases => phraseReader(root).finish();
