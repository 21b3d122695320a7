/**
 * The five sample papers through the real pipeline and the real taxonomy: the
 * tags a careful Tianjin reader gives each article, written from reading the
 * texts (content/papers), and the look-alikes they would not tag.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { site } from '../src/config/site.ts';
import { readPapers } from '../src/io/read-papers.ts';
import { loadTaxonomy } from '../src/io/read-taxonomy.ts';
import { parsePapers } from '../src/pipeline/index.ts';
import { discoverCandidates } from '../src/pipeline/tag/discover.ts';
import { createTagger, tagArticle, type Tagger } from '../src/pipeline/tag/index.ts';
import type { Article, TagRef } from '../src/schema/article.ts';
import type { Taxonomy } from '../src/schema/taxonomy.ts';

let articles: Article[];
let taxonomy: Taxonomy;
let tagger: Tagger;

beforeAll(() => {
  taxonomy = loadTaxonomy();
  tagger = createTagger(taxonomy);
  articles = parsePapers(readPapers(), { homePaper: site.homePaper, tag: (a) => tagArticle(a, tagger) }).articles;
});

/** The one article whose headline (title, kicker, subtitle) or, for a caption, whose text contains `text`. */
function find(text: string): Article {
  const headline = (a: Article) => [a.kicker, a.title, a.subtitle].join('\n');
  const hits = articles.filter((a) => headline(a).includes(text) || (a.title === null && a.paragraphs.some((p) => p.text.includes(text))));
  expect(hits.map((a) => a.title), `articles matching ${text}`).toHaveLength(1);
  return hits[0]!;
}

const names = (tags: TagRef[]) => tags.map((t) => t.name).sort();
const set = (...list: string[]) => [...list].sort();
/** Places and regions a reader must never see tagged as Tianjin districts in these samples. */
const NEVER_DISTRICTS = ['河北区', '和平区', '南开区', '北京市', '河北省', '北京市海淀区', '北京市大兴区', '唐山市', '上海市'];

function expectNoFalseDistricts(a: Article): void {
  for (const name of NEVER_DISTRICTS) expect(names(a.tags.districts), `${a.title}: ${name}`).not.toContain(name);
}

describe('000: 117项目, 天开应用场景市集, 生态城合成生物', () => {
  it('117 visit (May): the project, and 西青区 where 117大厦 stands', () => {
    const a = find('扎实推进“117项目”盘活利用');
    expect(names(a.tags.projects)).toEqual(set('117项目', '世界智能产业博览会'));
    expect(a.tags.projects[0]).toEqual({ name: '117项目', mentions: expect.any(Number) });
    expect(a.tags.projects[0]!.mentions).toBeGreaterThanOrEqual(10);
    // The text names no district. 117大厦 stands in 西青区 (the 华苑 area the
    // 滨海高新区 runs; the 天津市第一中学华苑校区 site visited is next to it):
    // a local reader files this under 西青区, so the project's district is
    // implied, with no mentions of its own.
    expect(a.tags.districts).toEqual([{ name: '西青区', mentions: 0 }]);
    // 超算智算 is a sub-industry of 信创 (曙光 is one of the city's 信创 companies).
    expect(names(a.tags.industries)).toEqual(set('超算智算', '信创'));
    expect(names(a.tags.people)).toEqual(set('陈敏尔', '张工', '刘桂平'));
    expect(names(a.tags.organizations)).toEqual(expect.arrayContaining(['曙光信息产业股份有限公司', '天津市第一中学']));
  });

  it('天开应用场景市集: 天开园 and its market, no district from 天津泰达投资控股', () => {
    const a = find('天开应用场景市集启动仪式举行');
    expect(names(a.tags.projects)).toEqual(set('天开高教科创园', '天开应用场景市集'));
    // 天开园 spans 南开区, 西青区 and 津南区: no single district. 泰达 here is a company's name.
    expect(a.tags.districts).toEqual([]);
    expect(names(a.tags.industries)).toEqual(expect.arrayContaining(['具身智能与机器人', '新材料']));
    expect(names(a.tags.people)).toEqual(['王济武']);
    expect(names(a.tags.organizations)).toEqual(expect.arrayContaining(['天津天开发展集团有限公司', '天津泰达投资控股有限公司', '天津市天开高教科创园管理委员会']));
  });

  it('生态城合成生物: the base, the valley, 生态城 within 滨海新区, and the money', () => {
    const a = find('生态城布局未来健康产业');
    expect(names(a.tags.projects)).toEqual(set('蓝色光钥合成生物中试产业基地', '生命健康谷'));
    expect(names(a.tags.districts)).toEqual(set('中新天津生态城', '滨海新区'));
    expect(a.tags.districts.find((d) => d.name === '滨海新区')!.mentions).toBe(0);
    expect(names(a.tags.industries)).toEqual(expect.arrayContaining(['合成生物与生物制造', '生物医药']));
    expect(a.money.map((m) => [m.text, m.yuan, m.label, m.project])).toEqual([
      ['1.5亿元', 150_000_000, '投资', '蓝色光钥合成生物中试产业基地'],
      ['5亿元', 500_000_000, '年产值', '蓝色光钥合成生物中试产业基地'],
    ]);
    expect(a.milestones.map((m) => m.kind)).toContain('签约');
    expect(a.tags.organizations[0]).toEqual({ name: '蓝色光钥（上海）智能科技有限公司', mentions: 4 });
  });
});

describe('001: 生态城智能科技, 巡视, 玉湖冷链, 中汽中心, 津一放风节', () => {
  it('生态城智能科技: five projects, money, and no 南开区 from 南开大学京津冀协同发展研究院', () => {
    const a = find('中新天津生态城智能科技产业融入首都产业协同圈');
    expect(names(a.tags.projects)).toEqual(
      set('OPC创业孵化园区', '普力光电医疗光纤研发生产基地', '芯擎光电产业基地', '天津炬玄科技时钟芯片模组产业化基地', '天津软件园'),
    );
    expect(names(a.tags.districts)).toEqual(set('中新天津生态城', '滨海新区'));
    expectNoFalseDistricts(a);
    expect(names(a.tags.industries)).toEqual(expect.arrayContaining(['光电芯片与器件', '集成电路', '信创', '人工智能', '数字经济']));
    expect(names(a.tags.people)).toEqual(set('陈宸', '刘秉镰'));
    expect(a.money.slice(0, 2).map((m) => [m.text, m.yuan, m.label, m.project])).toEqual([
      ['3.8亿元', 380_000_000, '投资', 'OPC创业孵化园区'],
      ['150亿元', 15_000_000_000, '年营收', 'OPC创业孵化园区'],
    ]);
    expect(a.milestones).toContainEqual(expect.objectContaining({ kind: '开工', project: '芯擎光电产业基地', when: '2025年9月', date: '2025-09', planned: false }));
  });

  it('生态城智能科技, dated 2026: 今年 resolves to 2026', () => {
    const a = find('中新天津生态城智能科技产业融入首都产业协同圈');
    expect(a.published?.slice(0, 4)).toBe('2026');
    expect(a.milestones).toContainEqual(expect.objectContaining({ kind: '竣工', project: '芯擎光电产业基地', when: '今年10月前', date: '2026-10', planned: true }));
    expect(a.milestones).toContainEqual(expect.objectContaining({ kind: '投产', project: '天津炬玄科技时钟芯片模组产业化基地', when: '今年1月', date: '2026-01', planned: false }));
  });

  it('巡视 articles: officials, and no 天开园 from the 管委会 on the list of inspected offices', () => {
    const meeting = find('本市召开十二届市委第六轮巡视工作动员部署会');
    expect(names(meeting.tags.people)).toEqual(set('王庭凯', '郭永红'));
    expect(meeting.tags.districts).toEqual([]);
    const list = find('十二届市委第六轮第一批巡视对象公布');
    expect(list.tags.projects).toEqual([]);
    expect(list.tags.districts).toEqual([]);
  });

  it('玉湖冷链: project in 东丽区, 总投资 and 年交易额, 主体封顶', () => {
    const a = find('北方首个一级冷链交易中心');
    expect(names(a.tags.projects)).toEqual(['玉湖冷链（天津）交易中心']);
    expect(names(a.tags.districts)).toEqual(['东丽区']);
    expect(names(a.tags.industries)).toEqual(['冷链物流']);
    expect(a.money.map((m) => [m.yuan, m.label, m.project])).toEqual([
      [5_000_000_000, '总投资', '玉湖冷链（天津）交易中心'],
      [30_000_000_000, '年交易额', '玉湖冷链（天津）交易中心'],
    ]);
    expect(a.milestones).toContainEqual(expect.objectContaining({ kind: '主体封顶', project: '玉湖冷链（天津）交易中心', planned: false }));
  });

  it('中汽中心: base in 东丽经开区 (东丽区), 总投资18亿元, 开工 now and 竣工 planned next year', () => {
    const a = find('中汽中心智能网联科创基地全面开工');
    expect(names(a.tags.projects)).toEqual(['中汽中心智能网联科创基地']);
    expect(names(a.tags.districts)).toEqual(set('东丽区', '东丽经开区'));
    // 智能网联汽车 is the sub-industry, 车联网 the chain it belongs to.
    expect(names(a.tags.industries.slice(0, 2))).toEqual(set('智能网联汽车', '车联网'));
    expect(names(a.tags.organizations)).toEqual(['中国汽车技术研究中心有限公司']);
    expect(a.money[0]).toMatchObject({ text: '18亿元', yuan: 1_800_000_000, label: '总投资', project: '中汽中心智能网联科创基地' });
    expect(a.milestones).toContainEqual(expect.objectContaining({ kind: '开工', project: '中汽中心智能网联科创基地', planned: false }));
    const year = Number(a.published!.slice(0, 4));
    expect(a.milestones).toContainEqual(expect.objectContaining({ kind: '竣工', project: '中汽中心智能网联科创基地', when: '明年', date: String(year + 1), planned: true }));
  });

  it('津一放风节 photo: 河东区 and 津一·PARK, not the photographer', () => {
    const a = find('首届津一放风节');
    expect(names(a.tags.projects)).toEqual(['津一·PARK']);
    expect(names(a.tags.districts)).toEqual(['河东区']);
    expect(a.tags.people).toEqual([]);
  });
});

describe('002: 京津冀产业链, 天开园能源, 宝坻文旅, 津药联合院, 同城化 …', () => {
  it('6条产业链: projects and money; 滨海新区 but not 北京大兴 or 河北唐山', () => {
    const a = find('推动京津冀6条重点产业链图谱落地');
    // 天津国家人工智能创新应用先导区 is the national AI pilot zone the city is building: a discovered zone.
    expect(names(a.tags.projects)).toEqual(set('联想创新产业园', '中石化南港120万吨乙烯项目', '精雕数控机床生产研发基地', '世界智能产业博览会', '天津国家人工智能创新应用先导区'));
    expect(names(a.tags.districts)).toContain('滨海新区');
    expectNoFalseDistricts(a);
    expect(names(a.tags.industries)).toEqual(expect.arrayContaining(['生物医药', '信创', '高端装备', '工业母机', '绿色石化']));
    expect(a.money).toContainEqual(expect.objectContaining({ text: '百亿元', yuan: 10_000_000_000, label: '工业产值', project: null }));
    expect(a.money).toContainEqual(expect.objectContaining({ yuan: 620_000_000_000, label: '投资', project: '世界智能产业博览会' }));
    expect(a.milestones).toContainEqual(expect.objectContaining({ kind: '投产', project: '联想创新产业园' }));
    expect(a.milestones).toContainEqual(expect.objectContaining({ kind: '竣工', project: '精雕数控机床生产研发基地' }));
  });

  it('整车配套: 武清区 and its 开发区, the car industry', () => {
    const a = find('我市为北京整车配套重点企业超120家');
    expect(names(a.tags.districts)).toEqual(expect.arrayContaining(['武清区']));
    expect(names(a.tags.industries)).toContain('汽车及新能源汽车');
  });

  it('天开园能源对接: 天开园 and 新能源; no 南开区 from 天津大学和南开大学', () => {
    const a = find('天开实验室创新发展联盟服务天开园能源领域专场对接活动举办');
    expect(names(a.tags.projects)).toEqual(['天开高教科创园']);
    expect(a.tags.districts).toEqual([]);
    expect(a.tags.industries[0]!.name).toBe('新能源');
    expect(names(a.tags.industries)).not.toContain('金融');
    expect(names(a.tags.people)).toEqual(expect.arrayContaining(['迟恒炬', '孙静', '张桂华']));
    expect(names(a.tags.organizations)).toEqual(expect.arrayContaining(['南开大学', '天津大学', '天开实验室创新发展联盟']));
  });

  it('退役军人招聘: 河东区', () => {
    expect(names(find('戎归再起航').tags.districts)).toEqual(['河东区']);
  });

  it('宝坻文旅: 宝坻区 and 文旅', () => {
    const a = find('宝坻区“五一”推出动漫cosplay欢乐大巡游活动');
    expect(a.tags.districts[0]!.name).toBe('宝坻区');
    expect(a.tags.industries[0]!.name).toBe('文旅');
  });

  it('五四奖章: the honoured people, not the reporter', () => {
    const a = find('“中国青年五四奖章”评选');
    expect(names(a.tags.people)).toEqual(['朱平']);
    expect(names(a.tags.organizations)).toEqual(['中船（天津）船舶制造有限公司']);
    const b = find('“天津青年五四奖章”“两红两优”光荣榜揭晓');
    expect(names(b.tags.people)).toEqual(set('卞文利', '刘迪', '沐童'));
    expect(names(b.tags.people)).not.toContain('王奇');
  });

  it('津药联合院: the base in 经开区 (滨海新区), 揭牌 the day before publication', () => {
    const a = find('津药联合院与经开区、天津科技大学共建生物制造创新创业基地揭牌');
    expect(names(a.tags.projects)).toEqual(['生物制造创新创业基地']);
    expect(names(a.tags.districts)).toEqual(set('天津经济技术开发区', '滨海新区'));
    expect(names(a.tags.industries)).toContain('合成生物与生物制造');
    expect(a.tags.organizations[0]!.name).toBe('天津国际生物医药联合研究院');
    expect(names(a.tags.people)).toEqual(['黄亚楼']);
    const revealed = a.milestones.find((m) => m.kind === '揭牌')!;
    expect(revealed).toMatchObject({ project: '生物制造创新创业基地', when: '昨天', planned: false });
    const day = new Date(`${a.published}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() - 1);
    expect(revealed.date).toBe(day.toISOString().slice(0, 10));
  });

  it('同城化: 京津中关村科技城 in 宝坻区; no 南开区 from 南开大学京津冀协同发展研究院', () => {
    const a = find('把握同城化发展机遇');
    expect(names(a.tags.projects)).toEqual(set('京津中关村科技城', '天开高教科创园'));
    expect(names(a.tags.districts)).toEqual(['宝坻区']);
    expect(names(a.tags.people)).toEqual(expect.arrayContaining(['张工', '朱鹏', '胡学明']));
  });

  it('沪苏 visit, 关工委, 王洪海, 循环经济: people and no Tianjin place invented', () => {
    const visit = find('市政协调研组赴沪苏就盘活存量进行专题调研');
    expect(visit.tags.districts).toEqual([]);
    expect(names(visit.tags.people)).toEqual(['王常松']);
    expect(names(find('纪念天津市关工委成立三十周年').tags.people)).toEqual(set('何国模', '杜志荣', '孔祥瑞', '王希萍', '王辅成'));
    expect(names(find('王洪海接受纪律审查和监察调查').tags.people)).toEqual(['王洪海']);
    expect(names(find('做优这场“循环之旅”').tags.industries)).toEqual(['节能环保与循环经济']);
  });
});

describe('003: 117项目 (June), 河西区“十五五”', () => {
  it('117 visit (June): the project, 滨海高新区 named in the text and 西青区 where it stands', () => {
    const a = find('因地制宜发展新质生产力');
    expect(names(a.tags.projects)).toEqual(['117项目']);
    expect(names(a.tags.districts)).toEqual(set('滨海高新区', '西青区'));
    expect(names(a.tags.industries)).toEqual(expect.arrayContaining(['具身智能与机器人', '超算智算']));
    expect(names(a.tags.people)).toEqual(set('陈敏尔', '张工', '刘桂平'));
  });

  it('河西区: its plans and parks, its industries; the credit adds nothing', () => {
    const a = find('河西区“十五五”全力以赴');
    expect(names(a.tags.projects)).toEqual(
      expect.arrayContaining(['河西区“1247”空间格局', '天开河西园', '764具身智能产业主题园', '碧迪医疗北方创新中心', '天塔科创服务区', '低空数字产业聚集区']),
    );
    expect(names(a.tags.districts)).toEqual(['河西区']);
    expectNoFalseDistricts(a);
    expect(names(a.tags.industries)).toEqual(
      expect.arrayContaining(['金融', '数字经济', '生物医药', '具身智能与机器人', '航空航天', '低空经济', '文旅', '港口航运']),
    );
    // The body names 河西区 itself; the credit 图片由河西区委宣传部提供 is not read.
    expect(a.credit ?? '').toContain('河西区委宣传部');
    const withoutCredit = tagArticle({ ...a, credit: null }, tagger);
    expect(withoutCredit.tags.districts).toEqual(a.tags.districts);
  });
});

describe('004: 京津中关村科技城推介会 (web article)', () => {
  it('the science city in 宝坻区, its 207.88亿元, no 北京海淀 and no 南开区 from 南开中学', () => {
    const a = find('京津中关村科技城推介会暨重点项目签约仪式在京举行');
    expect(names(a.tags.projects)).toEqual(set('京津中关村科技城', '天开高教科创园'));
    expect(names(a.tags.districts)).toEqual(set('宝坻区', '宝坻经济开发区'));
    expectNoFalseDistricts(a);
    expect(a.money).toContainEqual(expect.objectContaining({ text: '207.88亿元', yuan: 20_788_000_000, label: '总投资', project: '京津中关村科技城' }));
    expect(names(a.tags.people)).toEqual(set('潘金峰', '王浩', '毛劲松'));
    expect(names(a.tags.organizations)).toEqual(expect.arrayContaining(['中关村发展集团', '天津市南开中学']));
  });
});

describe('amounts belong to what they measure', () => {
  const industryAmounts = (name: string) =>
    articles
      .filter((a) => a.tags.industries.some((t) => t.name === name))
      .flatMap((a) => a.money)
      .filter((m) => (m.industries ?? []).includes(name))
      .map((m) => m.text);

  it('the 具身智能与机器人 page lists neither the 世界智能大会 deals nor the health cluster’s output', () => {
    const a = find('推动京津冀6条重点产业链图谱落地');
    expect(names(a.tags.industries)).toContain('具身智能与机器人');
    expect(industryAmounts('具身智能与机器人')).not.toContain('6200亿元');
    expect(industryAmounts('具身智能与机器人')).not.toContain('3900亿元');
    // The health cluster's output is about 生物医药; the 世界智能大会 deals belong to the event, not an industry.
    expect(industryAmounts('生物医药')).toContain('3900亿元');
    expect(a.money.find((m) => m.text === '6200亿元')).toMatchObject({ project: '世界智能产业博览会', industries: [] });
  });

  it('gives each amount of a sentence its own subject', () => {
    const a = find('中新天津生态城智能科技产业融入首都产业协同圈');
    // 3.8亿元 and 150亿元 stand in one sentence about the 孵化园区; 30亿元 is another company's revenue.
    expect(a.money.filter((m) => m.project === 'OPC创业孵化园区').map((m) => m.text)).toEqual(['3.8亿元', '150亿元']);
    expect(a.money.find((m) => m.text === '30亿元')!.project).toBeNull();
  });

  it('an industry page lists an amount whose sentence is about that industry', () => {
    expect(industryAmounts('汽车及新能源汽车')).toEqual(expect.arrayContaining(['245亿元']));
    expect(industryAmounts('冷链物流')).toEqual(expect.arrayContaining(['50亿元', '300亿元']));
  });
});

describe('across the samples', () => {
  it('every taxonomy project the samples name (by name or alias) is found in at least one article', () => {
    // The taxonomy also lists projects the samples never name (editors' list of well-known projects);
    // the taxonomy tests check those are well formed. Each one the samples do name must be tagged.
    const text = articles.map((a) => [a.kicker, a.title, a.subtitle, ...a.paragraphs.map((p) => p.text)].join('\n')).join('\n');
    const found = new Set(articles.flatMap((a) => a.tags.projects.map((t) => t.name)));
    const named = taxonomy.projects.filter((p) => [p.name, ...p.aliases].some((form) => form.length >= 3 && text.includes(form)));
    expect(named.map((p) => p.name).filter((n) => !found.has(n))).toEqual([]);
    // And the samples name most of it: the editors' list is not where the samples' tags come from.
    expect(named.length).toBeGreaterThanOrEqual(taxonomy.projects.length - 10);
  });

  it('never tags a place outside Tianjin or a look-alike district', () => {
    for (const a of articles) expectNoFalseDistricts(a);
  });

  it('tags projects the taxonomy lacks as discovered, and lists each with a sample sentence', () => {
    // 沪苏 visit: the 徐州 project the delegation saw is a named project a reader sees, and so is the
    // 江苏交控集团 REITs project it inspected (an owner's name before a description names a project).
    expect(find('市政协调研组赴沪苏就盘活存量进行专题调研').tags.projects).toEqual([
      { name: '徐州云龙湖文旅项目', mentions: 1, discovered: true },
      { name: '江苏交控集团沪苏浙高速公募REITs项目', mentions: 1, discovered: true },
    ]);
    const candidates = discoverCandidates(articles, taxonomy);
    // 河西区: 融邦大厦 is one of the buildings to be revived (盘活), 天津湾码头 a stop on its Haihe route,
    // 河西儿童体育公园 a park it renews (更新升级), 解放南路中央绿轴 one of its listed 谋划项目; 京滨工业园 is one
    // of 武清's three car parks (…汽车园和京滨工业园), and the AI pilot zone a named national zone.
    expect(candidates.map((c) => c.name).sort()).toEqual(
      ['天津湾码头', '徐州云龙湖文旅项目', '江苏交控集团沪苏浙高速公募REITs项目', '河西儿童体育公园', '融邦大厦', '解放南路中央绿轴', '京滨工业园', '天津国家人工智能创新应用先导区'].sort(),
    );
    for (const c of candidates) expect(c.sample).toContain(c.name.slice(0, 2));
  });
});
