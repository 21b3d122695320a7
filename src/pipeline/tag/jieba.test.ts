import nodejieba from 'nodejieba';
import { describe, expect, it } from 'vitest';
import { loadSegmenter } from './jieba.ts';

describe('keywordWeights', () => {
  // Invented text: repeated words, stop words, one-character words, digits, Latin, an emoji and a word
  // the dictionary lacks, so every rule of cppjieba's keyword extractor is met at least once.
  const texts = [
    '滨海新区的智能制造产业园今年开工建设，产业园计划引进三十家企业，智能制造是产业园的主攻方向。',
    '他说：“我们的机器人项目已经投产了！”这个项目占地120亩，总投资5.6亿元，预计2027年达产。😀',
    'AI芯片研发中心与港口物流园签约，研发中心将服务京津冀协同发展，物流园扩建二期。啊，哦。',
    '',
  ];

  it('gives every word the weight nodejieba.extract gives it', () => {
    const segmenter = loadSegmenter([]);
    // The segmenter gives nodejieba a stand-in IDF table (its extract is never called in a build); the
    // reference is extract with nodejieba's own table, so that is loaded back (same dictionary, no words added).
    nodejieba.load();
    for (const text of texts) {
      const want = new Map(nodejieba.extract(text, Number.MAX_SAFE_INTEGER).map(({ word, weight }) => [word, weight]));
      const got = segmenter.keywordWeights(text);
      expect([...got].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))).toEqual([...want].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    // Two dictionary loads and the 260,000-word IDF table: 24 s alone at load 23, over 30 s in a full run beside it.
  }, 120_000);

  it('counts a word once per occurrence, times its IDF', () => {
    const segmenter = loadSegmenter([]);
    const weights = segmenter.keywordWeights('产业园和产业园，还有产业园。');
    expect(weights.get('产业园')).toBe(3 * segmenter.idf('产业园'));
  });
});
