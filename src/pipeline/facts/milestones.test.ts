import { describe, expect, it } from 'vitest';
import { extractMilestones } from './milestones.ts';
import { paragraphs } from './testing.ts';
import { findTimes } from './time.ts';

const brief = (ms: ReturnType<typeof extractMilestones>) => ms.map(({ kind, project, when, date, planned }) => ({ kind, project, when, date, planned }));

describe('findTimes', () => {
  it('resolves absolute and relative expressions against the publication date', () => {
    const times = findTimes('2025年9月开工,计划今年10月前竣工,将于明年验收,昨天揭牌,5月9日调研,到2030年,目前', '2026-05-10');
    expect(times.map((t) => [t.text, t.date])).toEqual([
      ['2025年9月', '2025-09'],
      ['今年10月前', '2026-10'],
      ['明年', '2027'],
      ['昨天', '2026-05-09'],
      ['5月9日', '2026-05-09'],
      ['2030年', '2030'],
      ['目前', null],
    ]);
  });

  it('leaves relative expressions unresolved without a publication date', () => {
    expect(findTimes('今年1月投产', null).map((t) => t.date)).toEqual([null]);
  });
});

describe('extractMilestones', () => {
  it('reads start, planned completion and production with their dates (a 2026 article)', () => {
    const ms = extractMilestones(
      paragraphs(
        [
          '在生态城芯擎光电产业基地项目施工现场,一派热火朝天的建设景象。该项目总建筑面积5.1万平方米,2025年9月开工建设,计划今年10月前完成竣工。项目投产后,将形成年产12.5万片光电芯片的生产能力。',
          '2025年初,企业在生态城投资建设了天津炬玄科技时钟芯片模组产业化基地。该基地布设了三条产线,今年1月第一条产线投产,二季度企业产量预计将同比增长50%。另外两条产线也将在年内投产。',
        ],
        ['芯擎光电产业基地', '天津炬玄科技时钟芯片模组产业化基地'],
      ),
      '2026-04-13',
    );
    expect(brief(ms)).toEqual([
      { kind: '开工', project: '芯擎光电产业基地', when: '2025年9月', date: '2025-09', planned: false },
      { kind: '竣工', project: '芯擎光电产业基地', when: '今年10月前', date: '2026-10', planned: true },
      { kind: '投产', project: '天津炬玄科技时钟芯片模组产业化基地', when: '今年1月', date: '2026-01', planned: false },
      { kind: '投产', project: '天津炬玄科技时钟芯片模组产业化基地', when: '年内', date: '2026', planned: true },
    ]);
    expect(ms[1]!.phrase).toBe('该项目总建筑面积5.1万平方米,2025年9月开工建设,计划今年10月前完成竣工。');
  });

  it('reads 全面开工, 主体封顶 and a completion planned for next year', () => {
    const ms = extractMilestones(
      paragraphs(
        [
          '中汽中心智能网联科创基地全面开工。据东丽区透露,目前该项目已全面开工,正在进行基础工程建设,今年完成主体建设,将于明年竣工验收。',
          '总投资50亿元的玉湖冷链(天津)交易中心项目一直备受关注。日前,东丽区透露,该项目建设进展顺利,目前已有90%的单体进入地上施工阶段,65%的单体实现主体封顶。',
        ],
        ['中汽中心智能网联科创基地', '玉湖冷链(天津)交易中心'],
      ),
      '2026-04-13',
    );
    expect(brief(ms)).toEqual([
      { kind: '开工', project: '中汽中心智能网联科创基地', when: null, date: null, planned: false },
      { kind: '开工', project: '中汽中心智能网联科创基地', when: '目前', date: null, planned: false },
      { kind: '竣工', project: '中汽中心智能网联科创基地', when: '明年', date: '2027', planned: true },
      { kind: '主体封顶', project: '玉湖冷链(天津)交易中心', when: '目前', date: null, planned: false },
    ]);
  });

  it('dates 揭牌 yesterday from the publication date', () => {
    const ms = extractMilestones(paragraphs(['昨天,津药联合院联合天津经济技术开发区共建的生物制造创新创业基地正式揭牌。'], ['生物制造创新创业基地']), '2024-04-30');
    expect(brief(ms)).toEqual([{ kind: '揭牌', project: '生物制造创新创业基地', when: '昨天', date: '2024-04-29', planned: false }]);
  });

  it('skips slogans, conditions, exhortations and names that contain a milestone word', () => {
    const ms = extractMilestones(
      paragraphs(
        [
          '京津中关村科技城形成了“签约即挂牌—拿地即开工—竣工即投产”的服务模式。',
          '“117项目”要抓好招商入驻,推动签约项目早落地、签约企业早入驻。项目建成后预计年交易额超过300亿元。',
          '天开园企业现场推介产品。',
        ],
        ['京津中关村科技城', '117项目'],
        ['天开园'],
      ),
      '2026-06-13',
    );
    expect(ms).toEqual([]);
  });

  it('keeps a milestone with neither project nor time out', () => {
    expect(extractMilestones(paragraphs(['三地共谋做大产业“蛋糕”,一批标志性重大项目建成投产。']), '2024-04-30')).toEqual([]);
  });

  it('gives a count of projects none of the paragraph’s projects, every listed project its own milestone, and a park those listed enter its own', () => {
    const ms = extractMilestones(
      paragraphs(
        [
          '云杉港智能工厂一期投产。今年一季度，全区30个重大项目开工建设，总投资300亿元。',
          '青松大厦等8栋楼宇主体封顶，金桥中心、银湾双塔等项目开工建设。',
          '随着开工令下达，机器开动。',
          '松涛软件园持续扩容。近期，甲科技、乙数据等重点项目正式入驻园区。',
        ],
        ['云杉港智能工厂', '青松大厦'],
        ['松涛软件园'],
      ),
      '2026-04-01',
    );
    expect(brief(ms).map(({ kind, project }) => [kind, project])).toEqual([
      ['投产', '云杉港智能工厂'],
      ['开工', null],
      ['主体封顶', '青松大厦'],
      // The listed projects enter the park: the park's milestone.
      ['入驻', '松涛软件园'],
    ]);
  });
});
