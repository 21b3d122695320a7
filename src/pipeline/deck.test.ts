import { describe, expect, it } from 'vitest';
import { readDeck } from './deck.ts';

const deck = (...lines: string[]) => {
  const read = readDeck(lines.map((text) => ({ text, plain: text })));
  return { kicker: read.kicker?.text ?? null, title: read.title?.text ?? null, subtitle: read.subtitle?.text ?? null };
};

describe('readDeck', () => {
  it('splits a kicker announcing what a leader stressed off a one-line deck', () => {
    expect(deck('陈敏尔张工在“117项目”及周边区域调研时强调 扎实推进“117项目”盘活利用 打造京津冀新质生产力创新协同区', '刘桂平参加')).toEqual({
      kicker: '陈敏尔张工在“117项目”及周边区域调研时强调',
      title: '扎实推进“117项目”盘活利用 打造京津冀新质生产力创新协同区',
      subtitle: '刘桂平参加',
    });
  });
  it('reads an event line under a thematic line as the title', () => {
    expect(deck('央国企协同创新 赋能科创产业发展', '天开应用场景市集启动仪式举行')).toEqual({
      kicker: '央国企协同创新 赋能科创产业发展',
      title: '天开应用场景市集启动仪式举行',
      subtitle: null,
    });
  });
  it('reads an event title followed by a second line as title and subtitle', () => {
    expect(deck('天开实验室创新发展联盟服务天开园能源领域专场对接活动举办', '以实验室体系赋能天开园建设').subtitle).toBe('以实验室体系赋能天开园建设');
  });
  it('reads a short slogan above a longer line as the kicker', () => {
    expect(deck('聚焦智能科技核心赛道', '中新天津生态城智能科技产业融入首都产业协同圈').kicker).toBe('聚焦智能科技核心赛道');
  });
  it('defaults to title then subtitle', () => {
    expect(deck('推动京津冀6条重点产业链图谱落地', '三地着手制定行动方案 谋划关键环节联合攻关')).toEqual({
      kicker: null,
      title: '推动京津冀6条重点产业链图谱落地',
      subtitle: '三地着手制定行动方案 谋划关键环节联合攻关',
    });
  });
  it('joins a headline broken after an official title', () => {
    expect(deck('天津市人大财政经济委员会主任委员', '王洪海接受纪律审查和监察调查').title).toBe('天津市人大财政经济委员会主任委员王洪海接受纪律审查和监察调查');
  });
  it('keeps a single line as the title', () => {
    expect(deck('戎归再起航')).toEqual({ kicker: null, title: '戎归再起航', subtitle: null });
  });
});
