import { describe, expect, it } from 'vitest';
import { BLOCK_BREAK, phraseQuery, segmentHtml, segmentText, unsegment } from './segment.ts';

describe('segmentText', () => {
  it('makes every Han character its own word and leaves Latin words and numbers whole', () => {
    expect(segmentText('“117项目”盘活')).toBe('“117 项 目 ” 盘 活');
    expect(segmentText('OPC创业 A&B')).toBe('OPC 创 业 A&B');
  });

  it('adds nothing at the ends', () => {
    expect(segmentText('冷链')).toBe('冷 链');
  });
});

describe('segmentHtml', () => {
  const page =
    '<html lang="zh-CN"><head><title>生态城</title><meta data-pagefind-filter="district[content]" content="宝坻区">' +
    '<script>const s = "生态城";</script><style>p::after{content:"城"}</style></head>' +
    '<body><!-- 生态城 --><h1>生态城</h1><p>推进<a title="a>生态" href="/x/">117项目</a>及周边</p><p data-pagefind-meta="title:生态城">冷链&amp;物流</p></body></html>';
  const out = segmentHtml(page);

  it('spaces the text nodes, keeping characters apart across inline tags but not at block edges', () => {
    expect(out).toContain('<h1>生 态 城</h1>');
    expect(out).toContain('<p>推 进 <a title="a>生态" href="/x/">117 项 目 </a> 及 周 边</p>');
    expect(out).toContain('>冷 链 &amp; 物 流</p>');
  });

  it('keeps attribute values, comments, scripts, styles and the title byte for byte', () => {
    expect(out).toContain('content="宝坻区"');
    expect(out).toContain('title="a>生态"');
    expect(out).toContain('data-pagefind-meta="title:生态城"');
    expect(out).toContain('<!-- 生态城 -->');
    expect(out).toContain('<script>const s = "生态城";</script>');
    expect(out).toContain('<style>p::after{content:"城"}</style>');
    expect(out).toContain('<title>生态城</title>');
  });

  it('changes nothing but whitespace', () => {
    expect(out.replace(/\s+/g, '')).toBe(page.replace(/\s+/g, ''));
  });

  it('converts the text first when asked, and only the text', () => {
    const hant = segmentHtml('<p lang="zh-TW" title="天開園">天開園</p>', (t) => t.replace('開', '开').replace('園', '园'));
    expect(hant).toBe('<p lang="zh-TW" title="天開園">天 开 园</p>');
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
