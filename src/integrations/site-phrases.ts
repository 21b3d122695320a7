/**
 * The phrase dictionary trimmed to the built site (opencc-subset.ts), read from the pages
 * in `root` one at a time: at 100,000 articles the pages together are gigabytes. A build
 * hands each page it renders, as its bytes, to a worker thread (site-phrases-worker.ts),
 * which scans it while the next ones render, and at the end reads only the pages it was not
 * handed (restored ones); when no thread can start, all of them are read here at the end.
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

/** What the reading thread is sent: rendered pages (the absolute path of each one's file, and its bytes), then the request for the answer. */
export type PhraseRequest = { rendered: [file: string, page: Uint8Array][] } | { finish: true };

export interface PhraseReader {
  /** The bytes of the page Astro writes to `file`: scanned now, and `file` is not read again. */
  rendered: (file: string, page: Uint8Array) => void;
  /** Reads every page of `root` not read yet, and answers for all of them. */
  finish: () => SitePhrases;
}

export function phraseReader(root: string): PhraseReader {
  const scanner = phraseScanner([STPhrases, STPhrasesRegional]);
  const read = new Set<string>();
  return {
    rendered: (file, page) => {
      if (read.has(file)) return;
      read.add(file);
      // Decoded as readFileSync(file, 'utf8') decodes the file.
      scanner.add(Buffer.from(page.buffer, page.byteOffset, page.byteLength).toString('utf8'));
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
