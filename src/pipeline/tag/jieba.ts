/**
 * The one door to nodejieba in this process. nodejieba keeps a single global dictionary for the
 * whole process: it is loaded here once and given the taxonomy's names once (createTagger), and
 * nothing adds to it per article, so segmentation never depends on what was tagged before.
 * Time spent inside nodejieba is measured so benchmarks can report its share.
 */
import { readFileSync } from 'node:fs';
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

/** Adds words (the taxonomy's names) as single tokens; repeated words cost nothing. Never per article: see the header. */
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

interface IdfTable {
  idf: Map<string, number>;
  /** What cppjieba gives a word its table lacks: the sum over the table divided by its line count. */
  average: number;
  stopWords: Set<string>;
}
let idfTable: IdfTable | null = null;

/** nodejieba's own IDF table and stop words, read once, so words it never segmented can be weighed as it would. */
function table(): IdfTable {
  if (idfTable) return idfTable;
  const paths = nodejieba as unknown as { DEFAULT_IDF_DICT: string; DEFAULT_STOP_WORD_DICT: string };
  const idf = new Map<string, number>();
  let sum = 0;
  const lines = readFileSync(paths.DEFAULT_IDF_DICT, 'utf8').split('\n');
  if (lines.at(-1) === '') lines.pop();
  for (const line of lines) {
    const parts = line.split(' ');
    if (parts.length !== 2) continue;
    const value = Number.parseFloat(parts[1]!);
    idf.set(parts[0]!, value);
    sum += value;
  }
  const stopWords = new Set(readFileSync(paths.DEFAULT_STOP_WORD_DICT, 'utf8').split('\n'));
  idfTable = { idf, average: sum / lines.length, stopWords };
  return idfTable;
}

/** The IDF jieba's keyword extraction gives `word`. */
export function idf(word: string): number {
  const t = table();
  return t.idf.get(word) ?? t.average;
}

export function isStopWord(word: string): boolean {
  return table().stopWords.has(word);
}

/** Milliseconds spent inside nodejieba (load included) and the number of calls, since the process started or the last reset. */
export function jiebaStats(): { calls: number; ms: number } {
  return { ...stats };
}

export function resetJiebaStats(): void {
  stats.calls = 0;
  stats.ms = 0;
}
