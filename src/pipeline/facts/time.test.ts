import { describe, expect, it } from 'vitest';
import { findTimes, relationToArticle } from './time.ts';

describe('time words that place a fact against its article', () => {
  it('reads 目前 and 当前 as of the article, 日前 and 近日 as shortly before it, 近期 as near it', () => {
    expect(['目前', '当前', '如今', '现如今', '日前', '近日', '近期'].map(relationToArticle)).toEqual(['as-of', 'as-of', 'as-of', 'as-of', 'before', 'before', 'near']);
  });

  it('gives no relation to a word that dates nothing (此前) or that resolves by itself (昨天, 2025年)', () => {
    expect(['此前', '昨天', '2025年', '明年'].map(relationToArticle)).toEqual([null, null, null, null]);
  });

  it('finds every word with a relation as a time expression', () => {
    for (const word of ['目前', '当前', '如今', '现如今', '日前', '近日', '近期']) {
      expect(findTimes(`${word}，该项目已开工`, '2026-05-10').map((t) => t.text), word).toEqual([word]);
    }
  });
});
