import { ConverterFactory } from 'opencc-js/core';
import STCharacters from 'opencc-js/dict/STCharacters';
import STPhrases from 'opencc-js/dict/STPhrases';
import { describe, expect, it } from 'vitest';
import { parseDict, phraseSubset } from './opencc-subset.ts';

describe('phrase subset', () => {
  it('keeps only keys that occur in the text, sorted, first dictionary winning', () => {
    const subset = phraseSubset(['发展 發展|头发 頭髮|干部 幹部', '发展 X|理发 理髮'], ['<p>天津发展</p>', '理发店']);
    expect(parseDict(subset)).toEqual([
      ['发展', '發展'],
      ['理发', '理髮'],
    ]);
  });

  it('finds a long key whose beginnings are no keys, and keys that start inside another', () => {
    const subset = phraseSubset(['一二三四 甲|二三 乙|三四五六 丙|五 丁'], ['零一二三四五七']);
    expect(parseDict(subset)).toEqual([
      ['一二三四', '甲'],
      ['二三', '乙'],
      ['五', '丁'],
    ]);
  });

  it('reads Han characters beyond the BMP as part of a run, up to U+3134F', () => {
    const subset = phraseSubset(['\u{20000}\u{20001} 甲|\u{3134f}天 乙|\u{31350} 丙|地 丁'], ['人\u{20000}\u{20001}\u{3134f}天\u{31350}']);
    expect(parseDict(subset)).toEqual([
      ['\u{20000}\u{20001}', '甲'],
      ['\u{3134f}天', '乙'],
    ]);
  });

  it('converts the text exactly as the full dictionary does', () => {
    const text = '头发干了去理发，天津市委书记在“117项目”调研，干部发展面包里面，着力推进一系列重要指示。';
    const full = ConverterFactory([STPhrases, STCharacters]);
    const small = ConverterFactory([phraseSubset([STPhrases], [text]), STCharacters]);
    expect(small(text)).toBe(full(text));
    expect(phraseSubset([STPhrases], [text]).length).toBeLessThan(STPhrases.length / 100);
  });
});
