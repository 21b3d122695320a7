import { describe, expect, it } from 'vitest';
import { extractMoney, toYuan } from './money.ts';
import { industriesFor } from './text.ts';
import { paragraphs } from './testing.ts';

describe('toYuan', () => {
  it('is exact for decimals and reads Chinese numerals', () => {
    expect(toYuan('3.8', '亿')).toBe(380_000_000);
    expect(toYuan('207.88', '亿')).toBe(20_788_000_000);
    expect(toYuan('1,500', '万')).toBe(15_000_000);
    expect(toYuan('百', '亿')).toBe(10_000_000_000);
    expect(toYuan('两百五十', '万')).toBe(2_500_000);
  });
});

describe('extractMoney', () => {
  it('labels amounts with what they measure and the project the sentence names', () => {
    const money = extractMoney(
      paragraphs(
        ['其中,北京感恩有你科技有限公司计划投资3.8亿元打造OPC创业孵化园区,预计年营收可达150亿元;北京若梓科技有限公司打造普力光电医疗光纤研发生产基地。'],
        ['OPC创业孵化园区', '普力光电医疗光纤研发生产基地'],
      ),
    );
    expect(money.map(({ text, yuan, label, project }) => ({ text, yuan, label, project }))).toEqual([
      { text: '3.8亿元', yuan: 380_000_000, label: '投资', project: 'OPC创业孵化园区' },
      { text: '150亿元', yuan: 15_000_000_000, label: '年营收', project: 'OPC创业孵化园区' },
    ]);
    expect(money[1]!.phrase).toBe('其中,北京感恩有你科技有限公司计划投资3.8亿元打造OPC创业孵化园区,预计年营收可达150亿元;');
  });

  it('prefers the project over the park that hosts it', () => {
    const [invest, output] = extractMoney(
      paragraphs(['蓝色光钥将投资1.5亿元,在生命健康谷建设合成生物中试平台和产业基地项目,达产后预计年产值可达5亿元。'], ['合成生物中试平台和产业基地'], ['生命健康谷']),
    );
    expect(invest).toMatchObject({ yuan: 150_000_000, label: '投资', project: '合成生物中试平台和产业基地' });
    expect(output).toMatchObject({ yuan: 500_000_000, label: '年产值', project: '合成生物中试平台和产业基地' });
  });

  it('follows 项目 back to the project named before it', () => {
    const money = extractMoney(
      paragraphs(
        [
          '中汽中心智能网联科创基地位于东丽经开区,是市级标志性项目。项目占地146.7亩,总投资18亿元,总建筑面积超10万平方米。',
          '据介绍,玉湖冷链(天津)交易中心是市级标志性项目,建成后预计年交易额超过300亿元。',
        ],
        ['中汽中心智能网联科创基地', '玉湖冷链(天津)交易中心'],
      ),
    );
    expect(money.map((m) => [m.yuan, m.label, m.project])).toEqual([
      [1_800_000_000, '总投资', '中汽中心智能网联科创基地'],
      [30_000_000_000, '年交易额', '玉湖冷链(天津)交易中心'],
    ]);
  });

  it('reads 百亿元, 近亿元, a label after the amount, and leaves 分别 unassigned', () => {
    const money = extractMoney(
      paragraphs(
        [
          '其中,我市推动联想创新产业园投产,中石化南港120万吨乙烯项目达到试生产条件,预计分别新增百亿元的工业产值。',
          '另外两条产线也将在年内投产,届时,企业年产值将达到近亿元。',
          '计划总投资额为207.88亿元的45个优质项目正式签约落户。',
        ],
        ['联想创新产业园', '中石化南港120万吨乙烯项目'],
      ),
    );
    expect(money.map((m) => [m.text, m.yuan, m.label, m.project])).toEqual([
      ['百亿元', 10_000_000_000, '工业产值', null],
      ['近亿元', 100_000_000, '年产值', null],
      ['207.88亿元', 20_788_000_000, '总投资', null],
    ]);
  });

  it('ignores other currencies and words that merely end in 元', () => {
    expect(extractMoney(paragraphs(['融资3亿美元,形成多元化格局,单元楼改造。']))).toEqual([]);
  });

  it('gives a place’s figures no project: 全区…总产值, 地区生产总值', () => {
    const money = extractMoney(
      paragraphs(['以云杉新城建设为引擎，全年实现地区生产总值880亿元，全区规模以上工业总产值实现410亿元。'], [], ['云杉新城']),
    );
    expect(money.map((m) => [m.text, m.label, m.project, m.organization])).toEqual([
      ['880亿元', '地区生产总值', null, null],
      ['410亿元', '总产值', null, null],
    ]);
  });

  it('leaves out amounts that only bound a class of projects', () => {
    const money = extractMoney(paragraphs(['其中，投资额5亿元以上的项目有12个；20亿元至50亿元项目3个，总投资达到300亿元。']));
    expect(money.map((m) => m.text)).toEqual(['300亿元']);
  });

  it('gives a count or a list of projects no single project, but a park that hosts them its projects’ total', () => {
    const money = extractMoney(
      paragraphs(
        [
          '云杉港智能工厂一期投产。',
          '全区50个重大项目开工建设，总投资达到800亿元，项目数量是去年的两倍。',
          '甲湾物流园配套设施、乙路改造等项目的总投资均达5亿元以上。',
          '去年，青松谷吸纳12个重点项目进驻，总投资约40亿元，达产后实现产值约90亿元。',
        ],
        ['云杉港智能工厂'],
        ['甲湾物流园', '青松谷'],
      ),
    );
    expect(money.map((m) => [m.text, m.project])).toEqual([
      ['800亿元', null],
      ['5亿元', null],
      ['40亿元', '青松谷'],
      ['90亿元', '青松谷'],
    ]);
  });

  it('reads 该项目 as a project, not the park that hosted the last one named', () => {
    const money = extractMoney(paragraphs(['云杉工业园内，一座新型建材产业园奠基。', '该项目一期总投资6亿元。'], [], ['云杉工业园']));
    expect(money[0]).toMatchObject({ text: '6亿元', project: null });
    const [later] = extractMoney(paragraphs(['云杉精化原料基地落户。', '这座年产5万吨、占地80亩的原料基地建成后，年销售收入将达12亿元。'], ['云杉精化原料基地']));
    expect(later).toMatchObject({ text: '12亿元', project: '云杉精化原料基地' });
  });

  it('gives an amount with no project to the organisation its clause or sentence names, or the company 公司 refers back to', () => {
    const ps = paragraphs(['甲乙科技有限公司落地数据平台，并同步引入广告业务，预计年营收合计可达30亿元。', '丙丁造船有限公司交付3艘散货船，2023年公司实现产值23亿元。', '戊己研究院与庚辛集团签约，投资额8亿元。']);
    ps[0]!.organizations = [{ start: 0, end: 8, name: '甲乙科技有限公司', company: true }];
    ps[1]!.organizations = [{ start: 0, end: 8, name: '丙丁造船有限公司', company: true }];
    ps[2]!.organizations = [
      { start: 0, end: 5, name: '戊己研究院', company: false },
      { start: 6, end: 10, name: '庚辛集团', company: true },
    ];
    expect(extractMoney(ps).map((m) => [m.text, m.project, m.organization])).toEqual([
      ['30亿元', null, '甲乙科技有限公司'],
      ['23亿元', null, '丙丁造船有限公司'],
      // Two organisations sign: neither alone is what the amount measures.
      ['8亿元', null, null],
    ]);
  });
});

describe('industriesFor', () => {
  it('takes its own clause’s industries, else the topic its sentence opens with, and none for a place’s figure', () => {
    const text = '云杉飞行器涉及航空制造、人工智能等领域，数据显示，未来产业规模达1万亿元以上。全区规模以上工业总产值400亿元，低空制造增长快。';
    const signal = (word: string, names: string[]) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length, names });
    const p = {
      ...paragraphs([text])[0]!,
      industries: [signal('飞行器', ['低空经济']), signal('航空制造', ['航空航天']), signal('人工智能', ['人工智能']), signal('低空制造', ['低空经济'])],
    };
    const at = (amount: string) => text.indexOf(amount);
    expect(industriesFor(p, at('1万亿元'), [at('1万亿元')], null)).toEqual(['低空经济']);
    expect(industriesFor(p, at('400亿元'), [at('400亿元')], null)).toEqual([]);
  });

  it('after the amount, takes only an industry its sentence names as one', () => {
    const text = '基地营收将突破9亿元，填补车载人工智能安全领域的空白，形成完善的无人机产业生态。';
    const signal = (word: string, names: string[]) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length, names });
    const p = { ...paragraphs([text])[0]!, industries: [signal('人工智能', ['人工智能']), signal('无人机', ['低空经济'])] };
    expect(industriesFor(p, text.indexOf('9亿元'), [text.indexOf('9亿元')], null)).toEqual(['低空经济']);
  });
});
