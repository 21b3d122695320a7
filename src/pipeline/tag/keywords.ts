/**
 * Keywords: the article's top terms by TF-IDF (nodejieba's IDF table), with
 * the words every Tianjin story shares and bare numbers left out.
 */
import type { Segmenter } from './jieba.ts';
import { staffNames } from './people.ts';
import type { ReadSection } from './read.ts';
import { compareStrings } from '../../lib/compare.ts';

/** Frequent in every article of this corpus, so they say nothing about one. */
const COMMON = new Set([
  '天津', '天津市', '我市', '本市', '全市', '市委', '市政府', '有限公司', '公司', '企业', '项目', '发展', '建设', '推动', '推进',
  '工作', '记者', '本报讯', '本报记者', '见习记者', '表示', '进一步', '一批', '方面', '相关', '加快', '持续', '提升', '打造', '活动',
  '高质量', '新质', '生产力', '今年', '目前', '同时', '通过', '作为', '以及', '其中', '一个', '我们', '他们', '进行', '实现',
]);

/** Policy terms the default dictionary splits (十五五 → 十五 / 五). */
export const EXTRA_WORDS = ['十五五', '十四五', '新质生产力', '京津冀协同发展', '京津同城化', '专精特新', '央国企', '具身智能', '低空经济', '合成生物', '智能网联'];

/** Segmentation debris: a function word glued to a neighbour (从市, 节在). */
const DEBRIS = /^[从在对于和与及将把被向给让]|[在的了着过得地]$/;

/**
 * The article's keywords: `names` (the organisations and people it names) are whole words, and the
 * names of its own staff (记者 于春津) are not keywords.
 */
export function getKeywords(read: readonly ReadSection[], names: readonly string[], segmenter: Segmenter): string[] {
  const staff = new Set(read.flatMap((r) => staffNames(r.section.text)));
  return topKeywords(read.map((r) => r.section.plain).join('\n'), names, segmenter).filter((k) => !staff.has(k));
}

/**
 * The best `count` keywords of `text`. `names` (the organisations and people this article names) count as
 * whole words: their occurrences are cut out before segmentation and weighed as jieba weighs any word
 * (occurrences × IDF, the table's average for unknown words), so the dictionary the whole process shares
 * is never changed per article. Ties go by code-unit order, the same on every run.
 */
function topKeywords(text: string, names: readonly string[], segmenter: Segmenter, count = 10): string[] {
  const { rest, counts } = cutOutNames(text, names);
  const weights = segmenter.keywordWeights(rest);
  for (const [name, n] of counts) if (!segmenter.isStopWord(name)) weights.set(name, (weights.get(name) ?? 0) + n * segmenter.idf(name));
  const keep = (word: string): boolean =>
    !(word.length < 2 || COMMON.has(word) || (word.length === 2 && DEBRIS.test(word))) && !/^[\d.%,，]+$/.test(word) && !/^[\d.]+[年月日个家亿万元%]+$/.test(word);
  // The few heaviest words, in rank order, hold the keywords unless the common ones crowd them out: only then
  // are all of the article's few hundred words sorted.
  const best = heaviest(weights, count * 3);
  const out = best.filter(([word]) => keep(word)).slice(0, count);
  if (out.length < count && best.length < weights.size) return [...weights].sort(byWeight).filter(([word]) => keep(word)).slice(0, count).map(([word]) => word);
  return out.map(([word]) => word);
}

type Weighed = [word: string, weight: number];

/** Heaviest first, ties by code-unit order: a total order, so any way of sorting gives the same ranks. */
const byWeight = ([a, x]: Weighed, [b, y]: Weighed): number => y - x || compareStrings(a, b);

/** The `k` heaviest of `weights` in rank order, by one pass that keeps them sorted (most words lose to the last kept). */
function heaviest(weights: ReadonlyMap<string, number>, k: number): Weighed[] {
  const kept: Weighed[] = [];
  for (const entry of weights) {
    if (kept.length === k && byWeight(entry, kept[k - 1]!) >= 0) continue;
    let at = Math.min(kept.length, k - 1);
    while (at > 0 && byWeight(entry, kept[at - 1]!) < 0) at--;
    if (kept.length === k) kept.pop();
    kept.splice(at, 0, entry);
  }
  return kept;
}

/** The text with every occurrence of a name (leftmost, longest first) replaced by a line break, and how often each occurred. */
function cutOutNames(text: string, names: readonly string[]): { rest: string; counts: Map<string, number> } {
  const counts = new Map<string, number>();
  const usable = [...new Set(names)].filter((n) => n.length >= 2 && !/\s/.test(n));
  if (usable.length === 0) return { rest: text, counts };
  usable.sort((a, b) => b.length - a.length || compareStrings(a, b));
  const pattern = new RegExp(usable.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  const rest = text.replace(pattern, (name) => {
    counts.set(name, (counts.get(name) ?? 0) + 1);
    return '\n';
  });
  return { rest, counts };
}
