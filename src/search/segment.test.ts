import { describe, expect, it } from 'vitest';
import { BLOCK_BREAK, phraseQuery, segmentText, unsegment } from './segment.ts';

describe('segmentText', () => {
  it('makes every Han character its own word and leaves Latin words and numbers whole', () => {
    expect(segmentText('“117项目”盘活')).toBe('“117 项 目 ” 盘 活');
    expect(segmentText('OPC创业 A&B')).toBe('OPC 创 业 A&B');
  });

  it('adds nothing at the ends', () => {
    expect(segmentText('冷链')).toBe('冷 链');
  });
});

describe('phraseQuery', () => {
  it('quotes the segmented words of a term, as the indexer segmented the page', () => {
    expect(phraseQuery('生态城')).toBe('"生 态 城"');
    expect(phraseQuery('117项目')).toBe('"117 项 目"');
    expect(phraseQuery('OPC')).toBe('"OPC"');
  });

  it('drops quotes a reader typed and returns nothing for an empty term', () => {
    expect(phraseQuery('"冷链"')).toBe('"冷 链"');
    expect(phraseQuery('  ')).toBe('');
  });
});

describe('unsegment', () => {
  it('undoes segmentText on Chinese text, as Pagefind returns it', () => {
    const text = '北方首个一级冷链交易中心90%单体进入地上施工阶段，总投资50亿元。';
    expect(unsegment(segmentText(text))).toBe(text);
  });

  it('shows where Pagefind ended a block, keeps spaces between Latin words and drops zero-width spaces', () => {
    expect(unsegment('刘 桂 平 参 加. 记 者 ： 于 春 津')).toBe(`刘桂平参加${BLOCK_BREAK}记者：于春津`);
    expect(unsegment('Pagefind 的 \u200b Node API')).toBe('Pagefind的Node API');
    expect(unsegment('投 资 1.5 亿 元')).toBe('投资1.5亿元');
  });
});
