import { describe, expect, it } from 'vitest';
import { assemblePage } from '../assemble.ts';
import { classifyLines } from '../classify.ts';
import { splitStories } from './index.ts';

/** A page as an editor would paste it: paragraphs separated by blank lines. */
function page(text: string) {
  const lines = text.split('\n').map((t, i) => ({ line: i + 1, text: t.trim(), plain: t.trim() }));
  return assemblePage(splitStories(classifyLines(lines)));
}

describe('splitStories + assemblePage', () => {
  it('tells a subhead from a new story and mends a cut paragraph', () => {
    const { stories } = page(`
港口建设提速

本报讯（记者 张三）昨天，天津港集团召开会议，部署

今年重点工作。

智慧港口 加快建设

港口自动化码头投入运营。

记者 张三

另一条新闻标题

正文内容在这里。

记者 李四`);
    expect(stories.map((s) => s.title)).toEqual(['港口建设提速', '另一条新闻标题']);
    expect(stories[0]!.paragraphs.map((p) => [p.kind, p.text])).toEqual([
      ['text', '昨天，天津港集团召开会议，部署今年重点工作。'],
      ['subhead', '智慧港口 加快建设'],
      ['text', '港口自动化码头投入运营。'],
    ]);
    expect(stories[1]!.reporters).toEqual(['李四']);
  });

  it('joins a lead printed away from its headline, and resumes the story it interrupted', () => {
    const { stories } = page(`
东丽区冷链项目建设提速

本报讯（记者 王五）东丽区冷链交易中心项目建设顺利推进。

项目规划了四个功能区。

本报讯（记者 王五）记者昨天获悉，我市新能源汽车配套企业

项目建成后年交易额将超过300亿元。

新能源汽车配套企业超过百家

超过百家。

以武清区为例，配套企业集聚发展。`);
    expect(stories.map((s) => s.title)).toEqual(['东丽区冷链项目建设提速', '新能源汽车配套企业超过百家']);
    expect(stories[0]!.paragraphs.map((p) => p.text)).toEqual([
      '东丽区冷链交易中心项目建设顺利推进。',
      '项目规划了四个功能区。',
      '项目建成后年交易额将超过300亿元。',
    ]);
    expect(stories[1]!.dateline).toBe('本报讯（记者 王五）');
    expect(stories[1]!.paragraphs[0]!.text).toBe('记者昨天获悉，我市新能源汽车配套企业超过百家。');
  });

  it('reports text that belongs to no story as a fragment', () => {
    const { stories, fragments } = page(`
半截文字来自别的版面。

完整标题

本报讯（记者 赵六）昨天，活动举行。`);
    expect(stories.map((s) => s.title)).toEqual(['完整标题']);
    expect(fragments).toEqual([{ line: 2, text: '半截文字来自别的版面。', placedIn: null }]);
  });
});

describe('hard-wrapped dumps', () => {
  it('reads paragraphs wrapped over adjacent lines, even a wrapped line without punctuation', () => {
    const { stories } = page(`
天津港吞吐量创新高

本报讯（记者 张三）今年前十个月，天津港集团完成集装箱
吞吐量二千万标准箱创历史同期新高
同比增长百分之八。
港口智慧化改造持续推进。

记者 张三`);
    expect(stories).toHaveLength(1);
    expect(stories[0]!.paragraphs.map((p) => [p.kind, p.text])).toEqual([
      ['text', '今年前十个月，天津港集团完成集装箱吞吐量二千万标准箱创历史同期新高同比增长百分之八。'],
      ['text', '港口智慧化改造持续推进。'],
    ]);
  });
});
