import { describe, expect, it } from 'vitest';
import { inferPageDate } from './dates.ts';

const page = (...leads: string[]) => leads.map((lead) => ({ paragraphs: [lead] }));

describe('inferPageDate', () => {
  it('prefers an explicit date', () => {
    expect(inferPageDate(page('2月28日，推介会举行。'), { date: '2025-03-01', evidence: 'x' })).toEqual({ published: '2025-03-01', inferred: false, evidence: ['x'] });
  });
  it('dates a daily page the day after its latest news peg, with the year from “十五五”开局之年', () => {
    const date = inferPageDate(page('6月12日，市委书记调研。', '昨日，发布会举行。“十五五”开局之年，河西区推进更新。'), null);
    expect(date.published).toBe('2026-06-13');
    expect(date.inferred).toBe(true);
    expect(date.evidence.join()).toContain('开局之年');
  });
  it('takes the latest past year as a lower bound and ignores targets', () => {
    const date = inferPageDate(page('4月29日，评选结果揭晓。2024年一季度完成产值。预计到2030年突破200亿元。'), null);
    expect(date.published).toBe('2024-04-30');
  });
  it('crosses a year end', () => {
    expect(inferPageDate(page('12月31日，跨年活动举行。2025年项目竣工。'), null).published).toBe('2026-01-01');
  });
  it('returns null without a year clue rather than guessing', () => {
    expect(inferPageDate(page('5月9日，市委书记调研。'), null).published).toBeNull();
  });
  it('returns null without a news peg', () => {
    const date = inferPageDate(page('今年以来，2025年开工的项目进展顺利。'), null);
    expect(date.published).toBeNull();
    expect(date.evidence.length).toBeGreaterThan(0);
  });
});

describe('wire datelines', () => {
  it('date a page by the dispatch date when the lead has no date', () => {
    const date = inferPageDate([{ dateline: '新华社天津8月25日电（记者 张三）', paragraphs: ['记者从天津港获悉，2025年以来吞吐量持续增长。'] }], null);
    expect(date.published).toBe('2025-08-26');
    expect(date.evidence.join()).toContain('8月25日电');
  });
});
