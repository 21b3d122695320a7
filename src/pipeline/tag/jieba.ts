/**
 * The one door to nodejieba in this process. nodejieba keeps a single global dictionary for the
 * whole process: it is loaded here once and given the taxonomy's names once per tagger
 * (loadSegmenter, from createTagger); the Segmenter a tagger holds can only read, so nothing adds
 * to the dictionary per article and segmentation never depends on what was tagged before.
 * Time spent inside nodejieba is measured so benchmarks can report its share.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nodejieba from 'nodejieba';

/** What nodejieba is given as its IDF table (it refuses an empty one); ours is read below, from its real one. */
const UNUSED_IDF = new URL('./jieba-unused-idf.utf8', import.meta.url);

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

/** What a tagger may ask of the segmenter: reading only, so nothing can change its dictionary per article. */
export interface Segmenter {
  cut(text: string): string[];
  /** Words with their part of speech (nr person, ns place, nt organisation, nz other proper noun, x unknown word). */
  tag(text: string): readonly TaggedWord[];
  /** Every keyword candidate of `text` with its TF-IDF weight, exactly as nodejieba's `extract` weighs it. */
  keywordWeights(text: string): Map<string, number>;
  /** The IDF jieba's keyword extraction gives `word`. */
  idf(word: string): number;
  isStopWord(word: string): boolean;
}

export interface TaggedWord {
  readonly word: string;
  readonly tag: string;
}

/**
 * `segmenter` answering a text it was asked to tag before from memory, for as long as the caller keeps it: the
 * passes over one article ask about the same stretches again (the words before a suffix, for an organisation
 * and for a project: a third of the calls), and each call makes an object and two strings per word through
 * N-API. The answers are the same, since nothing changes the dictionary while a tagger reads.
 */
export function rememberingTags(segmenter: Segmenter): Segmenter {
  const tagged = new Map<string, readonly TaggedWord[]>();
  return {
    ...segmenter,
    tag: (text) => {
      let words = tagged.get(text);
      if (words === undefined) tagged.set(text, (words = segmenter.tag(text)));
      return words;
    },
  };
}

/**
 * The segmenter with `words` (a taxonomy's names) as single tokens (proper nouns, nz): nodejieba's default
 * dictionaries are loaded once per process, the words added once per tagger (repeated
 * words cost nothing), and what comes back can only read.
 */
export function loadSegmenter(words: Iterable<string>): Segmenter {
  if (!loaded) {
    // nodejieba's own IDF table serves only its `extract`, which the keywords never call (see tfIdf):
    // a one-line table instead of its 6 MB one spares each process a quarter of the load.
    timed(() => nodejieba.load({ idfDict: fileURLToPath(UNUSED_IDF) }));
    loaded = true;
  }
  const fresh = [...words].filter((w) => w.length >= 2 && !inserted.has(w) && !/\s/.test(w));
  if (fresh.length > 0) {
    timed(() => {
      for (const word of fresh) {
        nodejieba.insertWord(word, 'nz');
        inserted.add(word);
      }
    });
  }
  return segmenter;
}

const segmenter: Segmenter = {
  cut: (text) => timed(() => nodejieba.cut(text, true)),
  tag: (text) => timed(() => nodejieba.tag(text)),
  keywordWeights: (text) => tfIdf(text, timed(() => nodejieba.cut(text, true))),
  idf: (word) => {
    const t = table();
    return t.idf.get(word) ?? t.average;
  },
  isStopWord: (word) => table().stopWords.has(word),
};

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
  let lines = 0;
  // Scanned in place rather than split into lines and fields: half a million short strings fewer at each start.
  const text = readFileSync(paths.DEFAULT_IDF_DICT, 'utf8');
  for (let start = 0; start < text.length; lines += 1) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const space = text.indexOf(' ', start);
    const second = space < 0 ? -1 : text.indexOf(' ', space + 1);
    // "word weight": exactly one space on the line, as cppjieba reads it.
    if (space >= 0 && space < end && (second < 0 || second >= end)) {
      const value = Number.parseFloat(text.slice(space + 1, end));
      idf.set(text.slice(start, space), value);
      sum += value;
    }
    start = end + 1;
  }
  const stopWords = new Set(readFileSync(paths.DEFAULT_STOP_WORD_DICT, 'utf8').split('\n'));
  idfTable = { idf, average: sum / lines, stopWords };
  return idfTable;
}

/**
 * cppjieba's KeywordExtractor over words already cut, so its `extract` need not run: it cuts the text the same
 * way (the mixed segmenter with HMM over the one dictionary), then sorts every word and, through N-API, makes
 * an object and two key strings per distinct word, which the caller only took apart again. Like it, this skips
 * one-character words and stop words, weighs a word by occurrences × IDF (the table's average for unknown
 * words) and gives nothing when the words do not add up to the text (it could not decode it). Lengths in
 * UTF-16 units add up exactly when the bytes do: the words are slices of the UTF-8 the text was sent as, which
 * V8 writes as it reads it back (a lone surrogate is U+FFFD, one unit and three bytes, either way), and a text
 * cppjieba cannot decode gives no words at all. Summed while counting, they spare a joined copy of the words.
 */
function tfIdf(text: string, words: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  let length = 0;
  for (const word of words) {
    length += word.length;
    // One code point: cppjieba's IsSingleWord.
    if (word.length === 1 || (word.length === 2 && word.codePointAt(0)! > 0xffff)) continue;
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const weights = new Map<string, number>();
  if (length !== text.length) return weights;
  for (const [word, count] of counts) {
    const weight = weightOf(word);
    if (weight !== null) weights.set(word, count * weight);
  }
  return weights;
}

/**
 * The IDF of each word met so far, null for a stop word: the words of an archive are a few ten thousand, and
 * one lookup in this table stays in the processor's cache where one in the stop words and another among the
 * IDF table's quarter million miss it (5 % of parsing went to those lookups).
 */
const weighed = new Map<string, number | null>();

function weightOf(word: string): number | null {
  let weight = weighed.get(word);
  if (weight === undefined) {
    const { idf, average, stopWords } = table();
    weighed.set(word, (weight = stopWords.has(word) ? null : (idf.get(word) ?? average)));
  }
  return weight;
}

/** Milliseconds spent inside nodejieba (load included) and the number of calls, since the process started or the last reset. */
export function jiebaStats(): { calls: number; ms: number } {
  return { ...stats };
}

export function resetJiebaStats(): void {
  stats.calls = 0;
  stats.ms = 0;
}
