/**
 * The one door to nodejieba in this process. nodejieba keeps a single global
 * dictionary: loading it again would throw away every word added since, so
 * it is loaded here once, words are added with insertWord, and anyone else in
 * the codebase who needs segmentation should come through this module.
 * Time spent inside nodejieba is measured so benchmarks can report its share.
 */
import nodejieba from 'nodejieba';

let loaded = false;
const inserted = new Set<string>();
const stats = { calls: 0, ms: 0 };

function timed<T>(run: () => T): T {
  const t0 = performance.now();
  try {
    return run();
  } finally {
    stats.ms += performance.now() - t0;
    stats.calls++;
  }
}

/** Loads the default dictionaries once per process. */
export function ensureJieba(): void {
  if (loaded) return;
  timed(() => nodejieba.load());
  loaded = true;
}

/** Adds words (names from the taxonomy, names found in articles) as single tokens; repeated words cost nothing. */
export function addWords(words: Iterable<string>, tag = 'nz'): void {
  ensureJieba();
  const fresh = [...words].filter((w) => w.length >= 2 && !inserted.has(w) && !/\s/.test(w));
  if (fresh.length === 0) return;
  timed(() => {
    for (const word of fresh) {
      nodejieba.insertWord(word, tag);
      inserted.add(word);
    }
  });
}

export function cut(text: string): string[] {
  ensureJieba();
  return timed(() => nodejieba.cut(text, true));
}

/** Words with their part of speech (nr person, ns place, nt organisation, nz other proper noun, x unknown word). */
export function tagWords(text: string): { word: string; tag: string }[] {
  ensureJieba();
  return timed(() => nodejieba.tag(text));
}

/** TF-IDF keywords with nodejieba's IDF table, best first. */
export function extract(text: string, topN: number): { word: string; weight: number }[] {
  ensureJieba();
  return timed(() => nodejieba.extract(text, topN));
}

/** Milliseconds spent inside nodejieba (load included) and the number of calls, since the process started or the last reset. */
export function jiebaStats(): { calls: number; ms: number } {
  return { ...stats };
}

export function resetJiebaStats(): void {
  stats.calls = 0;
  stats.ms = 0;
}
