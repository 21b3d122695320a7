import { describe, expect, it } from 'vitest';
import { paragraphsToMdast, renderArticleBody } from './article-body.ts';

describe('article body', () => {
  const paragraphs = [
    { kind: 'text' as const, text: '本报讯 5月9日，“117项目”工作领导小组召开会议。', line: 3 },
    { kind: 'subhead' as const, text: '加快117项目建设', line: 5 },
    { kind: 'caption' as const, text: '图为117项目南片区。', line: 7 },
  ];

  it('maps text to paragraphs, subheads to level-2 headings, captions to classed paragraphs', () => {
    const tree = paragraphsToMdast(paragraphs);
    expect(tree.children.map((n) => n.type)).toEqual(['paragraph', 'heading', 'paragraph']);
    expect(renderArticleBody(paragraphs)).toBe(
      '<p>本报讯 5月9日，“117项目”工作领导小组召开会议。</p>\n<h2>加快117项目建设</h2>\n<p class="caption">图为117项目南片区。</p>',
    );
  });

  it('links the first mention in the body text, not in the subhead', () => {
    const html = renderArticleBody(paragraphs, { links: { targets: [{ href: '/projects/p117/', names: ['117项目'] }] } });
    expect(html.match(/<a /g)).toHaveLength(1);
    expect(html).toContain('“<a href="/projects/p117/" class="entity-link">117项目</a>”工作');
  });

  it('sets people’s names, in the dateline and the text, where the 简/繁 switch leaves them alone', () => {
    const html = renderArticleBody([{ kind: 'text', text: '于春津说，于是开工。', line: 3 }], { dateline: '本报讯（记者 于春津）', names: ['于春津'] });
    expect(html).toBe(
      '<p><span class="dateline">本报讯（记者 <span class="ignore-opencc">于春津</span>）</span><span class="ignore-opencc">于春津</span>说，于是开工。</p>',
    );
  });

  it('sets the dateline before the first text paragraph, escaped like any text', () => {
    const html = renderArticleBody([paragraphs[1]!, paragraphs[0]!], { dateline: '本报讯（记者 于春津 <b>）' });
    expect(html).toBe(
      '<h2>加快117项目建设</h2>\n<p><span class="dateline">本报讯（记者 于春津 &#x3C;b>）</span>本报讯 5月9日，“117项目”工作领导小组召开会议。</p>',
    );
  });

  it('keeps every mention of a name, inside a link too, and leaves a kept span as it is', () => {
    const html = renderArticleBody([{ kind: 'text', text: '王小明在西青区见到王小明。', line: 3 }], {
      dateline: '记者 王小明',
      links: { targets: [{ href: '/districts/xiqing/', names: ['西青区', '王小明在西青区'] }] },
      names: ['王小明'],
    });
    expect(html).toBe(
      '<p><span class="dateline">记者 <span class="ignore-opencc">王小明</span></span><a href="/districts/xiqing/" class="entity-link"><span class="ignore-opencc">王小明</span>在西青区</a>见到<span class="ignore-opencc">王小明</span>。</p>',
    );
  });
});

