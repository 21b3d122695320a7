/**
 * OpenCC's Simplified→Traditional phrase dictionary is 1 MB; a page only ever needs
 * the phrases that occur in the site's own text. A converter matches dictionary keys
 * as substrings of its input, so a key that occurs nowhere in the text can never
 * match: keeping exactly the keys that occur gives byte-identical conversions of
 * that text at a fraction of the download.
 */
import { compareStrings } from '../lib/compare.ts';

/** Parses OpenCC's serialised dictionary format: "key value|key value|…". */
export function parseDict(dict: string): [string, string][] {
  if (dict === '') return [];
  return dict.split('|').map((entry) => {
    const space = entry.indexOf(' ');
    return [entry.slice(0, space), entry.slice(space + 1)];
  });
}

function serializeDict(entries: readonly (readonly [string, string])[]): string {
  return entries.map(([k, v]) => `${k} ${v}`).join('|');
}

/**
 * Runs of Han characters: U+3400–4DBF, 4E00–9FFF, the compatibility block F900–FAFF and
 * U+20000–3134F (as surrogate pairs). Phrase keys are made of them. Written without the
 * u flag, which makes the scan over every page's markup about twice as fast.
 */
const HAN_RUN = /(?:[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[\ud840-\ud883][\udc00-\udfff]|\ud884[\udc00-\udf4f])+/g;

/**
 * Runs already scanned are skipped; the set is emptied when it reaches this size, so
 * memory stays bounded however large the site (at 100,000 articles the distinct runs
 * of the article texts alone are tens of millions). A run seen again after that is
 * scanned again, which finds the same keys: the result does not change.
 */
const SEEN_LIMIT = 500_000;

/** Scans texts one at a time for the keys of one OpenCC dictionary group (see phraseSubset). */
export interface PhraseScanner {
  add: (text: string) => void;
  /** The entries whose key occurred in any text added so far, as one dictionary sorted by key. */
  subset: () => string;
}

export function phraseScanner(dicts: readonly string[]): PhraseScanner {
  const table = new Map<string, string>();
  // Every proper prefix of a key: a candidate that is none cannot grow into a key, so the scan stops there.
  const prefixes = new Set<string>();
  // Loaded last to first with overwriting, as OpenCC's Trie.loadDictGroup does.
  for (const dict of [...dicts].reverse()) {
    for (const [key, value] of parseDict(dict)) {
      table.set(key, value);
      // By code unit: a prefix that ends inside a surrogate pair is never looked up, and does no harm.
      for (let n = 1; n < key.length; n += 1) prefixes.add(key.slice(0, n));
    }
  }
  const seen = new Set<string>();
  const found = new Map<string, string>();
  const add = (text: string): void => {
    for (const run of text.match(HAN_RUN) ?? []) {
      if (seen.has(run)) continue;
      if (seen.size >= SEEN_LIMIT) seen.clear();
      seen.add(run);
      const chars = Array.from(run);
      for (let i = 0; i < chars.length; i += 1) {
        let key = '';
        for (let j = i; j < chars.length; j += 1) {
          key += chars[j];
          const value = table.get(key);
          if (value !== undefined) found.set(key, value);
          if (!prefixes.has(key)) break;
        }
      }
    }
  };
  return { add, subset: () => serializeDict([...found.entries()].sort(([a], [b]) => compareStrings(a, b))) };
}

/**
 * The entries of `dicts` (one OpenCC dictionary group) whose key occurs in any of
 * `texts`, merged into one dictionary sorted by key. `texts` is consumed one at a
 * time, so a caller can read files lazily and never hold the whole site. The result
 * is the same in whatever order the texts come, and for a text given twice.
 */
export function phraseSubset(dicts: readonly string[], texts: Iterable<string>): string {
  const scanner = phraseScanner(dicts);
  for (const text of texts) scanner.add(text);
  return scanner.subset();
}
