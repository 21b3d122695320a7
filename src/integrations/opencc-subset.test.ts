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

  it('converts the text exactly as the full dictionary does', () => {
    const text = '头发干了去理发，天津市委书记在“117项目”调研，干部发展面包里面，着力推进一系列重要指示。';
    const full = ConverterFactory([STPhrases, STCharacters]);
    const small = ConverterFactory([phraseSubset([STPhrases], [text]), STCharacters]);
    expect(small(text)).toBe(full(text));
    expect(phraseSubset([STPhrases], [text]).length).toBeLessThan(STPhrases.length / 100);
  });
});
