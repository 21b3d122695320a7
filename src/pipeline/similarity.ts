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

/** Bigrams of runs of CJK letters and digits; punctuation breaks a run. */
export function bigrams(text: string): Bigrams {
  const grams: Bigrams = new Map();
  let prev = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isWordChar(code)) {
      prev = -1;
      continue;
    }
    if (prev >= 0) {
      const gram = text.slice(prev, i + 1);
      grams.set(gram, (grams.get(gram) ?? 0) + 1);
    }
    prev = i;
  }
  return grams;
}

/** Share of `needle`'s distinct bigrams found in `haystack`: does the text restate this headline? */
export function containment(needle: Bigrams, haystack: Bigrams): number {
  if (needle.size === 0) return 0;
  let found = 0;
  for (const gram of needle.keys()) if (haystack.has(gram)) found++;
  return found / needle.size;
}

export function norm(v: Bigrams): number {
  let sum = 0;
  for (const count of v.values()) sum += count * count;
  return Math.sqrt(sum);
}

/** Inverse document frequency over a page's paragraphs: words every story uses (发展, 产业) count for little. */
export function inverseFrequency(docs: Bigrams[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const doc of docs) for (const gram of doc.keys()) df.set(gram, (df.get(gram) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [gram, n] of df) idf.set(gram, Math.log((docs.length + 1) / n));
  return idf;
}

export function weigh(v: Bigrams, idf: Map<string, number>): Bigrams {
  const out: Bigrams = new Map();
  for (const [gram, count] of v) out.set(gram, count * (idf.get(gram) ?? 0));
  return out;
}
