/**
 * Layouts the samples do not show but editors will paste: a wire story scraped from a
 * news site, a Traditional page with CRLF line ends, a hard-wrapped page with front matter.
 */
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../src/io/pipeline.ts';

const { parse } = createPipeline();
const encoder = new TextEncoder();
const run = (file: string, text: string) => parse({ file, bytes: encoder.encode(text) });

describe('a scraped wire story', () => {
  const out = run(
    'xinhua.txt',
    `天津港保税区：打造北方航空物流枢纽
2025-08-25 10:12:30　来源：新华网
分享到：
【字号 大 中 小】

新华社天津8月25日电（记者 张建新、王井怀）记者25日从天津港保税区获悉，今年前7个月，区内航空物流企业完成货运量12.6万吨。

保税区正加快建设航空物流园二期项目，总投资12亿元，计划2026年6月竣工投产。
【责任编辑：李丽】
`,
  );
  const [a] = out.articles;
  it('reads headline, wire source, date, reporters and editor', () => {
    expect(out.articles).toHaveLength(1);
    expect(a!.title).toBe('天津港保税区：打造北方航空物流枢纽');
    expect(a!.source).toBe('新华社');
    expect(a!.published).toBe('2025-08-25');
    expect(a!.dateInferred).toBe(false);
    expect(a!.reporters).toEqual(['张建新', '王井怀']);
    expect(a!.editors).toEqual(['李丽']);
    expect(a!.paragraphs).toHaveLength(2);
  });
  it('sets the site furniture aside and leaves no fragment', () => {
    expect(out.furniture.map((f) => f.kind)).toEqual(['source-line', 'share', 'share', 'dateline', 'editor']);
    expect(out.fragments).toEqual([]);
  });
  it('tags the zone and finds the planned milestone', () => {
    expect(a!.tags.districts.map((t) => t.name)).toContain('天津港保税区');
    expect(a!.milestones.map((m) => [m.kind, m.date, m.planned])).toContainEqual(['竣工', '2026-06', true]);
    expect(a!.money.map((m) => m.yuan)).toContain(1_200_000_000);
  });
});

describe('a Traditional page with CRLF line ends', () => {
  const out = run('hant.txt', '天開高教科創園舉辦對接活動\r\n\r\n本報訊（記者 張三）天開高教科創園舉辦能源領域對接活動，寶坻區企業參加。\r\n\r\n記者 李四\r\n');
  const [a] = out.articles;
  it('keeps the printed script and recognises the home paper', () => {
    expect(a!.script).toBe('hant');
    expect(a!.title).toBe('天開高教科創園舉辦對接活動');
    expect(a!.dateline).toBe('本報訊（記者 張三）');
    expect(a!.source).toBe('天津日报');
  });
  it('tags under canonical Simplified names', () => {
    expect(a!.tags.projects.map((t) => t.name)).toEqual(['天开高教科创园']);
    expect(a!.tags.districts.map((t) => t.name)).toEqual(['宝坻区']);
  });
  it('dates nothing without evidence', () => {
    expect(a!.published).toBeNull();
  });
});

describe('front matter', () => {
  it('overrides source, date, page and url', () => {
    const out = run('fm.txt', '---\nsource: 今晚报\ndate: 2026年3月5日\npage: 2\nurl: https://example.org/a\n---\n河西区推进城市更新\n\n本报讯（记者 王五）昨日，河西区召开会议。\n');
    const [a] = out.articles;
    expect([a!.source, a!.published, a!.dateInferred, a!.page, a!.url]).toEqual(['今晚报', '2026-03-05', false, '2', 'https://example.org/a']);
    expect(a!.line).toBe(7);
  });
});
