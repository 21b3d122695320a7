import { describe, expect, it } from 'vitest';
import { findGlosses, withoutGlosses } from './glosses.ts';

// Invented lines in the shape of machine-converted mirror pages.
const strip = (lines: string[]): string[] => {
  const found = findGlosses(lines);
  return lines.map((line, k) => withoutGlosses(line, found.get(k) ?? []));
};

describe('findGlosses', () => {
  it('takes out toned pinyin after a character, in ASCII or full-width brackets, one or several syllables', () => {
    expect(strip(['河畔網(wǎng)報道：新園區(qū)開(kāi)工', '來到天津（tiānjīn）河畔'])).toEqual(['河畔網報道：新園區開工', '來到天津河畔']);
  });

  it('merges adjacent glosses into one run and keeps what they say', () => {
    const found = findGlosses(['臨河(he)(he)新城是(shi)天(tian)津(jin)的']);
    expect(found.get(0)).toEqual([
      { index: 2, text: '(he)(he)' },
      { index: 13, text: '(shi)' },
      { index: 19, text: '(tian)' },
      { index: 26, text: '(jin)' },
    ]);
  });

  it('takes toneless pinyin only where a text glosses systematically', () => {
    expect(strip(['園區(qu)開業'])).toEqual(['園區(qu)開業']);
    expect(strip(['園區(qu)開業', '新城(cheng)建設(she)'])).toEqual(['園區開業', '新城建設']);
  });

  it('keeps English words, abbreviations and prose in brackets', () => {
    const lines = ['打卡(citywalk)路线', '采用BT(建设—转让)方式', '试点(PC)构件', '投资(亿元)', '园区(Park)开放', '(wǎng)在行首'];
    expect(strip(lines)).toEqual(lines);
  });

  it('takes a gloss after a character broken by a bad conversion', () => {
    expect(strip(['名单?(shù)之中'])).toEqual(['名单?之中']);
  });
});
