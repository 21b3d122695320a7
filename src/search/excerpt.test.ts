import { describe, expect, it } from 'vitest';
import { containsAll, findOccurrences, makeExcerpt } from './excerpt.ts';

const text =
  '北方首个一级冷链交易中心90%单体进入地上施工阶段。总投资50亿元的玉湖冷链(天津)交易中心项目一直备受关注。这不仅是玉湖集团在北方布局的首个一级冷链交易中心，更被定义为辐射华北、东北、西北的“国家级冷链食品流通产业枢纽基地”。';

describe('findOccurrences', () => {
  it('finds every occurrence, merging overlaps', () => {
    expect(findOccurrences(text, ['冷链']).length).toBe(4);
    expect(findOccurrences('abcab', ['ab', 'bc'])).toEqual([[0, 5]]);
    expect(findOccurrences('ab-ab', ['ab'])).toEqual([[0, 2], [3, 5]]);
    expect(findOccurrences('OPC创业园', ['opc'])).toEqual([[0, 3]]);
  });
});

describe('makeExcerpt', () => {
  it('marks every occurrence inside the excerpt and nothing else', () => {
    const pieces = makeExcerpt(text, ['冷链'], { before: 10, length: 60 });
    expect(pieces.filter((p) => p.mark).every((p) => p.text === '冷链')).toBe(true);
    expect(pieces.filter((p) => p.mark).length).toBeGreaterThanOrEqual(2);
    expect(pieces.map((p) => p.text).join('')).toContain('一级冷链交易中心');
  });

  it('starts near the first occurrence, with an ellipsis when it cuts', () => {
    const pieces = makeExcerpt(text, ['枢纽基地'], { before: 8, length: 30 });
    expect(pieces[0]).toEqual({ text: '…', mark: false });
    expect(pieces.find((p) => p.mark)!.text).toBe('枢纽基地');
  });

  it('prefers an occurrence after the title the reader already sees', () => {
    const page = '陈敏尔张工在“117项目”调研｜扎实推进“117项目”盘活利用｜记者：于春津。市委书记陈敏尔前往“117项目”南片区。';
    const pieces = makeExcerpt(page, ['117项目'], { skip: '扎实推进“117项目”盘活利用', before: 12 });
    expect(pieces.map((p) => p.text).join('')).toMatch(/^…市委书记陈敏尔前往“117项目”南片区/);
    // Without a later occurrence it falls back to the first one.
    expect(makeExcerpt('标题冷链｜正文', ['冷链'], { skip: '标题冷链' }).find((p) => p.mark)?.text).toBe('冷链');
  });

  it('finds the title it skips in text with spaces and capitals the title spells otherwise', () => {
    // The title's "AI 产业园" is "Ai产业 园" in the text: the first occurrence after it is the one marked.
    const pieces = makeExcerpt('Ai产业 园开园｜正文说AI产业园招商', ['AI产业园'], { skip: 'AI 产业园开园', before: 4 });
    expect(pieces.find((p) => p.mark)?.text).toBe('AI产业园');
    expect(pieces.map((p) => p.text).join('')).toMatch(/^…正文说AI产业园/);
  });

  it('starts after the last sentence or block break before the match', () => {
    const pieces = makeExcerpt('第一句。第二句说冷链', ['冷链'], { before: 20 });
    expect(pieces[0]).toEqual({ text: '…', mark: false });
    expect(pieces[1]).toEqual({ text: '第二句说', mark: false });
  });

  it('opens the text when nothing matches, and keeps text as text', () => {
    const pieces = makeExcerpt('<b>原文</b>', ['冷链']);
    expect(pieces).toEqual([{ text: '<b>原文</b>', mark: false }]);
  });
});

describe('containsAll', () => {
  it('requires each term literally', () => {
    expect(containsAll(text, ['冷链', '玉湖'])).toBe(true);
    expect(containsAll('冷，链', ['冷链'])).toBe(false);
    expect(containsAll('生态空间', ['生态城'])).toBe(false);
  });
});
