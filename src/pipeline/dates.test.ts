import { describe, expect, it } from 'vitest';
import { datePage, findPrintedDates, STALE_REPOST_DAYS, type StoryText } from './dates.ts';
import { normalize } from './normalize.ts';

// Invented pages in the shapes of e-paper pages, portal articles, forum reposts and wire stories.
const linesOf = (text: string) => normalize(text).lines;
const storiesOf = (...leads: string[]): StoryText[] => leads.map((lead) => ({ paragraphs: [lead] }));
/** A page: its text (header lines and story lines) and the stories the parser made of it. */
const date = (text: string, stories: StoryText[] = [], newspaper = false, frontMatter: string | null = null) =>
  datePage({ lines: linesOf(text), stories, newspaper, frontMatter });
const LEAD = '河畔新区今年以来推进重点项目建设，一批新项目落地开工，园区产业链条不断延伸，发展动能持续增强。';

describe('printed dates', () => {
  it('read an e-paper header anywhere in a line, a masthead with its weekday, and prefer them to meta lines', () => {
    expect(date(`作者：本报记者 王某 《河畔日报》( 2031年02月13日 04版)\n发布时间：2031-02-14\n${LEAD}`).published).toBe('2031-02-13');
    expect(date(`第03版：要闻\n河畔日报 2031年04月12日 星期三\n${LEAD}`).published).toBe('2031-04-12');
    const shown = date(`第03版：要闻\n2031年04月12日 星期三\n${LEAD}`);
    expect(shown).toMatchObject({ published: '2031-04-12', inferred: false });
    expect(shown.evidence[0]).toContain('报头日期');
  });

  it('read labelled meta lines in any date form and order, with glosses and times', () => {
    for (const [line, want] of [
      ['来源：河畔区委宣传部 发布时间：2031-04-27 15:30', '2031-04-27'],
      ['河畔网 時間:2031-3-6', '2031-03-06'],
      ['来源：河畔网 2031-03-01', '2031-03-01'],
      ['發表於 2031-3-2', '2031-03-02'],
      ['稿源: 河畔日报   编辑:张某   2031-10-12 08:57', '2031-10-12'],
      ['2031/8/2 16:07:03   来源：河畔网', '2031-08-02'],
      ['【河畔旅游网】 时间：2031.02.17 来源：本站整理', '2031-02-17'],
      ['发文时间: 2031-8-17', '2031-08-17'],
      ['河畔報道 www.example.cn 时间:2031-03-18 17:26:11点击:', '2031-03-18'],
    ] as const) {
      expect(date(`${line}\n${LEAD}`).published, line).toBe(want);
    }
  });

  it('read a bare or bulleted date line in the header, and a date split over lines', () => {
    expect(date(`新区项目开工\n• 2031-02-22 11:15\n${LEAD}`).published).toBe('2031-02-22');
    expect(date(`新区项目开工\n2031-03-01\n${LEAD}`).published).toBe('2031-03-01');
    expect(date(`新区项目开工\n2031-02-28 203 0\n${LEAD}`).published).toBe('2031-02-28');
    expect(date(`切换城市\n新闻\n新区项目开工\n2031\n05/10\n10:47\n${LEAD}`).published).toBe('2031-05-10');
  });

  it('ignore dates in prose, in lists below the story and impossible days', () => {
    expect(findPrintedDates(linesOf(`${LEAD}\n2031年12月18日上午，河畔产业园奠基开工，总投资6亿元。`))).toEqual([]);
    expect(findPrintedDates(linesOf(`${LEAD}\n2031-02-01\n河畔新区发布新规 2031-01-30`))).toEqual([]);
    expect(findPrintedDates(linesOf(`发布时间：2031-02-30\n${LEAD}`))).toEqual([]);
  });

  it('yield to front matter', () => {
    expect(date(`发布时间：2031-02-14\n${LEAD}`, [], false, '2031-01-01').published).toBe('2031-01-01');
  });
});

describe('the story’s own date against a repost’s time', () => {
  it('takes the day a forum-reposted story reports, keeping the post time as evidence', () => {
    const text = `发表于 2031-4-29 10:06:04 | 只看该作者\n河畔联合工作委员会第七次会议28日在河畔举行。${LEAD}`;
    const d = date(text, storiesOf(`河畔联合工作委员会第七次会议28日在河畔举行。${LEAD}`));
    expect(d.published).toBe('2031-04-28');
    expect(d.evidence.join()).toContain('发表于 2031-4-29');
  });

  it('takes the lead’s day over a page time more than a month later, across a year end', () => {
    const lead = `11月12日上午，我镇举行了河畔科技园区起步区奠基仪式。${LEAD}`;
    const d = date(`我镇举行奠基仪式\n2032-02-28 203 0\n${lead}`, storiesOf(lead));
    expect(d).toMatchObject({ published: '2031-11-12', inferred: true });
    expect(d.evidence.join()).toContain('2032-02-28');
  });

  it('keeps the page time when the lead reports a day shortly before it', () => {
    const lead = `2月21日，河畔区重点项目网络签约仪式举行。${LEAD}`;
    expect(date(`签约\n2031-03-01\n${lead}`, storiesOf(lead)).published).toBe('2031-03-01');
    expect(STALE_REPOST_DAYS).toBeGreaterThan(8);
  });

  it('takes a wire dateline as the story’s own date, the year from the page', () => {
    const lead = `河畔网天津9月15日电 （记者 王某）河畔新区15日举行发布会。${LEAD}`;
    const d = date(`发布时间：2031-09-17 21:19\n${lead}`, storiesOf(lead));
    expect(d).toMatchObject({ published: '2031-09-15', inferred: false });
    expect(d.evidence.join()).toContain('2031-09-17');
    expect(date(`发布时间：2031-09-15 21:19\n${lead}`, storiesOf(lead)).evidence).toHaveLength(1);
  });

  it('never overrides an e-paper or masthead date', () => {
    const lead = `11月12日上午，我镇举行了奠基仪式。${LEAD}`;
    expect(date(`河畔日报 2032年02月28日 星期六\n${lead}`, storiesOf(lead)).published).toBe('2032-02-28');
  });
});

describe('nothing printed', () => {
  it('dates a daily page the day after its latest news peg, with the year from “十五五”开局之年', () => {
    const d = date('', storiesOf('6月12日，市委书记调研。', '昨日，发布会举行。“十五五”开局之年，河西区推进更新。'), true);
    expect(d).toMatchObject({ published: '2026-06-13', inferred: true });
    expect(d.evidence.join()).toContain('开局之年');
  });
  it('dates a single web story on the day it reports', () => {
    expect(date('', storiesOf('这是位于河畔经济区的工业项目（5月30日摄）。到2031年底，已经累计完成投资1185亿元。')).published).toBe('2032-05-30');
  });
  it('takes the latest past year as a lower bound and ignores targets', () => {
    expect(date('', storiesOf('4月29日，评选结果揭晓。2024年一季度完成产值。预计到2030年突破200亿元。'), true).published).toBe('2024-04-30');
  });
  it('crosses a year end', () => {
    expect(date('', storiesOf('12月31日，跨年活动举行。2025年项目竣工。'), true).published).toBe('2026-01-01');
  });
  it('dates a web page by its wire dateline, also after a photo caption on the same line', () => {
    const line = '中外记者参观码头（河畔社 王某摄） 河畔社天津9月1日电（记者 王某）8月30日下午，参加2031年峰会活动的记者抵达河畔港。';
    const d = date(line, storiesOf(line));
    expect(d).toMatchObject({ published: '2031-09-01', inferred: true });
    expect(d.evidence.join()).toContain('9月1日电');
  });
  it('dates a daily’s page the day after a wire dispatch', () => {
    const d = datePage({ lines: [], stories: [{ dateline: '新华社天津8月25日电（记者 张三）', paragraphs: ['记者从天津港获悉，2025年以来吞吐量持续增长。'] }], newspaper: true });
    expect(d.published).toBe('2025-08-26');
    expect(d.evidence.join()).toContain('8月25日电');
  });
  it('returns null without a year clue rather than guessing', () => {
    expect(date('', storiesOf('5月9日，市委书记调研。'), true).published).toBeNull();
    expect(date('河畔网天津11月8日消息（记者王某）7日上午，首架飞机交付。', storiesOf('河畔网天津11月8日消息（记者王某）7日上午，首架飞机交付。')).published).toBeNull();
  });
  it('returns null without a news peg', () => {
    const d = date('', storiesOf('今年以来，2025年开工的项目进展顺利。'), true);
    expect(d.published).toBeNull();
    expect(d.evidence.length).toBeGreaterThan(0);
  });
});

describe('the Spring Festival calendar', () => {
  it('dates a lead by the first working day after the holiday, with its zodiac year', () => {
    const d = date('', storiesOf('昨天是春节后虎年首个工作日，我市举行2022年第一批重大项目集中开工活动。'));
    expect(d).toMatchObject({ published: '2022-02-08', inferred: true });
    expect(d.evidence.join()).toContain('2022年春节假期后首个工作日');
    expect(date('', storiesOf('今天是兔年春节假期后的第一个工作日，2023年重点项目集中签约。')).published).toBe('2023-01-28');
  });
});

describe('the lead a story’s own date is read from', () => {
  it('is the first paragraph of prose, past chrome the parser kept as a story', () => {
    const lead = '河畔联合工作委员会第七次会议28日在河畔举行。会议审议了工作报告。';
    const d = date(`发表于 2031-4-29 10:06:04\n只需一步，快速开始\n${lead}`, [{ paragraphs: ['只需一步，快速开始'] }, { paragraphs: [lead] }]);
    expect(d.published).toBe('2031-04-28');
  });
});
