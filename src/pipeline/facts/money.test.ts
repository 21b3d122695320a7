import { describe, expect, it } from 'vitest';
import { extractMoney, toYuan } from './money.ts';
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
});
