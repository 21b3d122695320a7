import { describe, expect, it } from 'vitest';
import { setAsideFurniture } from './furniture.ts';

const lines = (...texts: string[]) => texts.map((text, i) => ({ line: i + 1, text, plain: text }));

describe('setAsideFurniture', () => {
  const page = setAsideFurniture(
    lines('滨海新区发布产业新政', '', '滨海新区发布产业新政', '', '来源：中国日报网 2025-03-01 13:56', '2025-03-01 13:56', '分享', '分享到微信', '滨海新区昨天发布产业新政，支持企业落户。', '【责任编辑：陈秋静】', '中国日报网版权说明：凡注明来源为“中国日报网”，未经允许禁止转载。'),
  );
  it('sets aside web furniture and keeps what it says', () => {
    expect(page.setAside.map((f) => `${f.kind}@${f.line}`)).toEqual(['duplicate-title@1', 'source-line@5', 'source-line@6', 'share@7', 'share@8', 'editor@10', 'copyright@11']);
    expect(page.source).toBe('中国日报网');
    expect(page.date).toBe('2025-03-01');
    expect(page.editors).toEqual(['陈秋静']);
  });
  it('blanks set-aside lines but keeps line numbers and story text', () => {
    expect(page.lines).toHaveLength(11);
    expect(page.lines[8]!.text).toBe('滨海新区昨天发布产业新政，支持企业落户。');
    expect(page.lines[6]!.text).toBe('');
  });
  it('leaves a story about copyright alone', () => {
    const story = setAsideFurniture(lines('我市加强知识产权和版权工作，推动版权产业发展。'));
    expect(story.setAside).toEqual([]);
  });
});
