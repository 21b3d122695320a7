import { describe, expect, it } from 'vitest';
import { fold } from './fold.ts';
import { buildMatcher, leftmostLongest } from './matcher.ts';

describe('buildMatcher', () => {
  it('finds every occurrence of every pattern, overlapping ones included', () => {
    const m = buildMatcher(['河西', '河西区', '西区', '天开河西园', '区'].map((text) => ({ text, value: text })));
    const hits = m.scan('天开河西园在河西区').map((h) => `${h.value}@${h.start}`);
    expect(hits.sort()).toEqual(['区@8', '天开河西园@0', '河西@2', '河西@6', '河西区@6', '西区@7'].sort());
  });

  it('agrees with a naive search on generated text', () => {
    const alphabet = '天津河西南开区大学项目园';
    const patterns = ['河西', '南开', '南开区', '南开大学', '大学', '项目', '园', '津河', '开区大', '天津河西南'];
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const text = Array.from({ length: 4000 }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
    const m = buildMatcher(patterns.map((text) => ({ text, value: text })));
    const got = m.scan(text).map((h) => `${h.start}:${h.value}`).sort();
    const want: string[] = [];
    for (const p of patterns) for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) want.push(`${i}:${p}`);
    expect(got).toEqual(want.sort());
  });
});

describe('leftmostLongest', () => {
  it('reads the longest name at each place and continues after it', () => {
    const m = buildMatcher(['南开', '南开大学', '大学', '南开区'].map((text) => ({ text, value: text })));
    const read = leftmostLongest(m.scan('南开大学在南开区')).map((h) => h.value);
    expect(read).toEqual(['南开大学', '南开区']);
  });

  it('lets a vetoed hit make room for a shorter one', () => {
    const m = buildMatcher(['河北', '河北区'].map((text) => ({ text, value: text })));
    const text = '河北区域';
    const read = leftmostLongest(m.scan(text), (h) => !(h.value === '河北区' && text[h.end] === '域')).map((h) => h.value);
    expect(read).toEqual(['河北']);
  });
});

describe('fold', () => {
  it('keeps every offset while unifying width, case and brackets', () => {
    const text = '玉湖冷链（天津）交易中心ＴＥＤＡ津一・PARK';
    const folded = fold(text);
    expect(folded).toHaveLength(text.length);
    expect(folded).toBe('玉湖冷链(天津)交易中心teda津一·park');
  });
});
