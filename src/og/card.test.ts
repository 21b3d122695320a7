import { describe, expect, it } from 'vitest';
import { cardSvg, wrap } from './card.ts';

describe('wrap', () => {
  it('fills lines with Chinese characters and keeps numbers and Latin words whole', () => {
    expect(wrap('扎实推进117项目盘活利用', 6, 3)).toEqual(['扎实推进117', '项目盘活利用']);
    expect(wrap('扎实推进推117项目', 6, 3)).toEqual(['扎实推进推', '117项目']);
    expect(wrap('京津冀 AI 产业', 20, 3)).toEqual(['京津冀 AI 产业']);
  });

  it('cuts at three lines and says so with an ellipsis that fits', () => {
    const lines = wrap('一二三四五六七八九十'.repeat(3), 4, 3);
    expect(lines).toEqual(['一二三四', '五六七八', '九十一…']);
  });

  it('cuts a word longer than a line between characters', () => {
    expect(wrap('ABCDEFGHIJKLMNOP', 4, 5).every((l) => l.length > 0)).toBe(true);
  });
});

describe('cardSvg', () => {
  it('escapes text from input for XML', () => {
    const svg = cardSvg({ kicker: '津城发展观察', title: '<script>&"引号"', footer: 'A & B' });
    expect(svg).toContain('&lt;script&gt;&amp;&quot;引号&quot;');
    expect(svg).toContain('A &amp; B');
    expect(svg).not.toContain('<script>');
  });
});
