/**
 * Character-bigram overlap: the cheapest topic signal for unsegmented Chinese.
 * Used to put pieces of a story that layout scattered back together.
 */

export type Bigrams = Map<string, number>;

/**
 * Share of a headline's bigrams that a lead must repeat to be its opening: split reads
 * a headline that a nearby headless lead restates as a new story, and assemble joins
 * such a lead to that headline.
 */
export const HEADLINE_MATCH = 0.6;

/** CJK ideographs, ASCII letters and digits: the characters that make words. */
function isWordChar(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fa5) || (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
}

/** Calls `pair(i)` for each bigram `text[i - 1] + text[i]` inside a run of word characters; punctuation breaks a run. */
function eachBigram(text: string, pair: (i: number) => void): void {
  let run = false;
  for (let i = 0; i < text.length; i++) {
    if (!isWordChar(text.charCodeAt(i))) {
      run = false;
      continue;
    }
    if (run) pair(i);
    run = true;
  }
}

/** Bigrams of runs of CJK letters and digits; punctuation breaks a run. */
export function bigrams(text: string): Bigrams {
  const grams: Bigrams = new Map();
  eachBigram(text, (i) => {
    const gram = text.slice(i - 1, i + 1);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  });
  return grams;
}

/** Bigrams as numbers, `wordIndex(first) * WORD_CHARS + wordIndex(second)`: what `bigrams` gives, in the same order, without a string per bigram. */
export type BigramCodes = Map<number, number>;

const WORD_CHARS = 62 + (0x9fa5 - 0x4e00 + 1);

/** 0–9, A–Z, a–z, then the ideographs: small enough that every code is a small integer. */
function wordIndex(code: number): number {
  if (code <= 0x39) return code - 0x30;
  if (code <= 0x5a) return code - 0x41 + 10;
  if (code <= 0x7a) return code - 0x61 + 36;
  return code - 0x4e00 + 62;
}

/** `bigrams(text)` keyed by number: for passes that weigh every bigram of a page and only compare them with each other. */
export function bigramCodes(text: string): BigramCodes {
  const grams: BigramCodes = new Map();
  eachBigram(text, (i) => {
    const gram = wordIndex(text.charCodeAt(i - 1)) * WORD_CHARS + wordIndex(text.charCodeAt(i));
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  });
  return grams;
}

/** Share of `needle`'s distinct bigrams found in `haystack`: does the text restate this headline? */
export function containment(needle: Bigrams, haystack: Bigrams): number {
  if (needle.size === 0) return 0;
  let found = 0;
  for (const gram of needle.keys()) if (haystack.has(gram)) found++;
  return found / needle.size;
}

/** Inverse document frequency over a page's paragraphs: words every story uses (发展, 产业) count for little. */
export function inverseFrequency<K>(docs: Iterable<ReadonlyMap<K, number>>): Map<K, number> {
  // Any iterable, so a page's vectors can be made one at a time and dropped (a 50 MB page has millions).
  const df = new Map<K, number>();
  let count = 0;
  for (const doc of docs) {
    count++;
    for (const gram of doc.keys()) df.set(gram, (df.get(gram) ?? 0) + 1);
  }
  const idf = new Map<K, number>();
  for (const [gram, n] of df) idf.set(gram, Math.log((count + 1) / n));
  return idf;
}

