/**
 * The five real sample pages, read by a person first: these expectations come from
 * reading the texts, not from running the parser.
 */
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../src/io/pipeline.ts';
import { readPapers } from '../src/io/read-papers.ts';
import { endsSentence } from '../src/pipeline/patterns.ts';
import type { Article } from '../src/schema/article.ts';

const { parseAll } = createPipeline();
const result = parseAll(readPapers());
const inFile = (prefix: string) => result.articles.filter((a) => a.file.startsWith(prefix));

interface Expected {
  title: string | null;
  kicker?: string | null;
  subtitle?: string | null;
  column?: string;
  reporters?: string[];
  photographers?: string[];
  credit?: string;
  first: string;
  last: string;
  subheads?: string[];
  continued?: boolean;
}

function check(article: Article | undefined, want: Expected): void {
  expect(article, `article "${want.title}"`).toBeDefined();
  const a = article!;
  expect(a.title).toBe(want.title);
  expect(a.kicker).toBe(want.kicker ?? null);
  expect(a.subtitle).toBe(want.subtitle ?? null);
  if (want.column) expect(a.column).toBe(want.column);
  expect(a.reporters).toEqual(want.reporters ?? []);
  expect(a.photographers).toEqual(want.photographers ?? []);
  if (want.credit) expect(a.credit).toBe(want.credit);
  const body = a.paragraphs.filter((p) => p.kind !== 'subhead');
  expect(body[0]!.text.startsWith(want.first), `first paragraph of "${want.title}": ${body[0]!.text.slice(0, 30)}`).toBe(true);
  expect(body[body.length - 1]!.text.startsWith(want.last), `last paragraph of "${want.title}": ${body[body.length - 1]!.text.slice(0, 30)}`).toBe(true);
  if (want.subheads) expect(a.paragraphs.filter((p) => p.kind === 'subhead').map((p) => p.text)).toEqual(want.subheads);
  expect(a.continued).toBe(want.continued ?? false);
}

function checkFile(prefix: string, published: string, inferred: boolean, expected: Expected[]): void {
  const articles = inFile(prefix);
  it('finds the stories in reading order', () => {
    expect(articles.map((a) => a.title)).toEqual(expected.map((e) => e.title));
  });
  expected.forEach((want, i) => {
    it(`reads "${want.title ?? want.first}"`, () => check(articles[i], want));
  });
  it(`dates the page ${published}${inferred ? ' (inferred, with evidence)' : ''}`, () => {
    for (const a of articles) {
      expect(a.published).toBe(published);
      expect(a.dateInferred).toBe(inferred);
      expect(a.dateEvidence.length).toBeGreaterThan(0);
    }
  });
}

describe('000: 天津日报, 117项目 / 天开 / 生态城', () => {
  checkFile('000_', '2026-05-10', true, [
    {
      kicker: '陈敏尔张工在“117项目”及周边区域调研时强调',
      title: '扎实推进“117项目”盘活利用 打造京津冀新质生产力创新协同区',
      subtitle: '刘桂平参加',
      reporters: ['于春津', '刘国栋'],
      first: '5月9日，市委书记陈敏尔，市委副书记、市长张工前往“117项目”',
      last: '市有关区、部门负责同志参加。',
    },
    {
      kicker: '央国企协同创新 赋能科创产业发展',
      title: '天开应用场景市集启动仪式举行',
      reporters: ['李佳萌', '苗娜'],
      first: '昨日下午，天开应用场景市集启动仪式暨央国企场景对接专场活动',
      last: '下一步，天开高教科创园将持续完善',
    },
    {
      kicker: '生态城布局未来健康产业',
      title: '蓝色光钥签约投资1.5亿元 建设合成生物中试产业基地',
      reporters: ['李梅旭', '苗娜'],
      credit: '图片由中新天津生态城提供',
      first: '日前，生态城生命健康谷与蓝色光钥',
      last: '作为生态城重要的大健康产业载体',
    },
  ]);
  it('mends sentences cut across blank lines', () => {
    const text = inFile('000_')[0]!.paragraphs.map((p) => p.text).join('\n');
    expect(text).toContain('要注重规划引领');
    expect(text).toContain('创新教学理念，突出办学特色');
    expect(text).toContain('税源增量的企业');
  });
  it('takes the dateline of the lead', () => {
    expect(inFile('000_')[0]!.dateline).toBe('本报讯（记者 于春津 刘国栋）');
    expect(inFile('000_')[0]!.source).toBe('天津日报');
  });
});

describe('001: 天津日报, 生态城 / 巡视 / 东丽 / caption', () => {
  checkFile('001_', '2026-04-12', true, [
    {
      kicker: '聚焦智能科技核心赛道',
      title: '中新天津生态城智能科技产业融入首都产业协同圈',
      reporters: ['李梅旭', '苗娜'],
      subheads: ['承接北京资源 加速项目落地', '深耕技术创新 强化产业赋能', '释放增长动能 优化产业生态'],
      first: '今年以来，中新天津生态城紧抓京津冀协同发展战略机遇',
      last: '当前，中新天津生态城正在全力建设国家绿色发展示范区升级版',
    },
    { title: '本市召开十二届市委第六轮巡视工作动员部署会', reporters: ['侯蕾'], first: '4月11日，本市召开', last: '会议要求，要准确把握巡视监督重点' },
    { title: '十二届市委第六轮第一批巡视对象公布', reporters: ['侯蕾'], first: '经市委批准', last: '经市委批准' },
    { title: '北方首个一级冷链交易中心90%单体进入地上施工阶段', reporters: ['安元'], first: '总投资50亿元的玉湖冷链（天津）交易中心项目', last: '该项目进展较快' },
    { title: '中汽中心智能网联科创基地全面开工', reporters: ['安元'], first: '作为全市智能网联汽车产业发展的标志性工程', last: '东丽区相关负责人表示' },
    { title: null, photographers: ['周伟'], credit: '记者 周伟 摄', first: '4月10日至4月12日，首届津一放风节', last: '4月10日至4月12日' },
  ]);
  it('marks the stand-alone photo text as a caption', () => {
    const caption = inFile('001_').find((a) => a.title === null)!;
    expect(caption.paragraphs.map((p) => p.kind)).toEqual(['caption']);
  });
  it('mends the plan sentence cut across a column break', () => {
    expect(inFile('001_')[0]!.paragraphs.some((p) => p.text.includes('计划今年10月前完成竣工'))).toBe(true);
  });
});

describe('002: 天津日报, a page with scattered pieces and jumps', () => {
  checkFile('002_', '2024-04-30', true, [
    {
      title: '推动京津冀6条重点产业链图谱落地',
      subtitle: '三地着手制定行动方案 谋划关键环节联合攻关',
      reporters: ['吴巧君'],
      first: '我市以推进京津冀协同发展作为战略牵引',
      last: '来自发布会的数据显示',
    },
    { title: '我市为北京整车配套重点企业超120家', reporters: ['吴巧君'], first: '记者昨天从市政府新闻办召开', last: '以武清区为例' },
    {
      title: '天开实验室创新发展联盟服务天开园能源领域专场对接活动举办',
      subtitle: '以实验室体系赋能天开园建设',
      reporters: ['胡萌萌'],
      first: '“我们公司侧重于基础研究',
      last: '市科技局局长、一级巡视员张桂华表示',
    },
    { title: '“中国青年五四奖章”评选 我市1人上榜', reporters: ['王奇'], first: '4月29日，第28届', last: '在中船天津任职期间，朱平积极推进' },
    { title: '“天津青年五四奖章”“两红两优”光荣榜揭晓', reporters: ['王奇'], first: '昨天从团市委获悉', last: '天津市“两红两优”评选结果同步揭晓' },
    { title: '津药联合院与经开区、天津科技大学共建生物制造创新创业基地揭牌', reporters: ['胡萌伟'], first: '昨天，天津国际生物医药联合研究院', last: '“这是津药联合院和政府、高校的一次强强联合' },
    { title: '把握同城化发展机遇 推动创新协同产业融合', continued: true, first: '希望发挥好科研人员集聚优势', last: '张工强调' },
    { title: '市政协调研组赴沪苏就盘活存量进行专题调研', continued: true, first: '实地考察江苏交控集团', last: '王常松指出' },
    { title: '纪念天津市关工委成立三十周年暨“五爱”教育阵地建设推动会议召开', continued: true, first: '要进一步加强组织领导', last: '市关工委及成员单位' },
    { title: '天津市人大财政经济委员会主任委员王洪海接受纪律审查和监察调查', reporters: ['徐丽'], first: '从市纪委监委获悉', last: '从市纪委监委获悉' },
    { title: '做优这场“循环之旅”', continued: true, first: '循环经济不是为了循环而循环', last: '若问循环经济究竟能带来什么' },
    { title: '戎归再起航', reporters: ['张清'], first: '昨日上午，位于河东区的中国（天津）人力资源发展促进中心', last: '今年以来，市退役军人事务局聚焦' },
    {
      title: '宝坻区“五一”推出动漫cosplay欢乐大巡游活动',
      subtitle: '聚力打造文旅融合“独特名片”',
      column: '新闻发布厅',
      reporters: ['杜洋'],
      first: '4月26日，市政府新闻办召开',
      last: '眼下，宝坻区正在成为年轻时尚的潮流胜地',
    },
  ]);
  const byTitle = (title: string) => inFile('002_').find((a) => a.title === title)!;
  it('joins a lead printed away from its headline', () => {
    const story = byTitle('我市为北京整车配套重点企业超120家');
    expect(story.dateline).toBe('本报讯（记者 吴巧君）');
    expect(story.paragraphs[0]!.text).toContain('我市为北京整车配套的重点企业超过120家。');
  });
  it('puts the overflow of the last column back at the end of its story', () => {
    expect(byTitle('宝坻区“五一”推出动漫cosplay欢乐大巡游活动').paragraphs.some((p) => p.text.includes('了凡善廉文化馆、京东大鼓艺术馆等场馆'))).toBe(true);
    expect(byTitle('戎归再起航').paragraphs.some((p) => p.text.startsWith('人协会在招聘会启动仪式上'))).toBe(true);
    const placed = result.fragments.filter((f) => f.file.startsWith('002_'));
    expect(placed.map((f) => f.line)).toEqual([57, 59, 61, 63, 65, 67]);
    expect(placed.every((f) => f.placedIn !== null)).toBe(true);
  });
  it('sets the jump marks aside', () => {
    const marks = result.furniture.filter((f) => f.file.startsWith('002_') && f.kind === 'continuation');
    expect(marks.map((f) => f.line)).toEqual([99, 109, 117, 139]);
    expect(byTitle('市政协调研组赴沪苏就盘活存量进行专题调研').paragraphs[0]!.text).toContain('在常州奥体中心超充站');
  });
});

describe('003: 天津日报, 117项目 / 河西区', () => {
  checkFile('003_', '2026-06-13', true, [
    {
      kicker: '陈敏尔张工在“117项目”周边区域调研时强调',
      title: '提供品质服务 打造优质环境 因地制宜发展新质生产力',
      subtitle: '刘桂平参加',
      reporters: ['于春津', '刘国栋'],
      first: '6月12日，市委书记陈敏尔',
      last: '市有关区、部门负责同志参加。',
    },
    {
      title: '河西区“十五五”全力以赴推动“施工图”变为“实景图” 构建“1247”生产生活生态空间格局',
      reporters: ['解菁'],
      credit: '图片由河西区委宣传部提供',
      subheads: [
        '走好产业提质之路 夯实经济增长的坚实基础',
        '走好内涵式发展之路 塑造可感可及的城区之美',
        '走好文旅商融合之路 彰显时尚消费新高地魅力',
        '走好民生福祉之路 打造“一老一小”的美好生活',
      ],
      first: '昨日，市政府新闻办举行开局起步“十五五”河西区专场新闻发布会',
      last: '以实施20项民心工程等重点工作为抓手',
    },
  ]);
  it('mends a paragraph cut across three blank lines', () => {
    expect(inFile('003_')[1]!.paragraphs.some((p) => p.text.includes('引导设计产业数智化发展。'))).toBe(true);
  });
});

describe('004: 中国日报网, a scraped web article', () => {
  checkFile('004_', '2025-03-01', false, [
    {
      title: '京津中关村科技城推介会暨重点项目签约仪式在京举行',
      reporters: ['杨成'],
      subheads: ['栽下一方协同发展“试验田”', '厚植“类中关村”成长基因', '产业发展跑出“加速度”'],
      first: '2月28日，在京津冀协同发展第二个十年的开局之年',
      last: '宝坻区委书记毛劲松表示',
    },
  ]);
  it('keeps source and editor, and sets the web furniture aside', () => {
    const [a] = inFile('004_');
    expect(a!.source).toBe('中国日报网');
    expect(a!.editors).toEqual(['陈秋静']);
    const kinds = result.furniture.filter((f) => f.file.startsWith('004_')).map((f) => f.kind);
    expect(kinds).toEqual(expect.arrayContaining(['duplicate-title', 'source-line', 'share', 'editor', 'copyright', 'byline']));
  });
});

describe('every sample article', () => {
  it('has no paragraph cut mid-sentence', () => {
    for (const a of result.articles) {
      for (const p of a.paragraphs) {
        if (p.kind === 'text') expect(endsSentence(p.text), `${a.file}:${p.line} ${p.text.slice(-12)}`).toBe(true);
      }
    }
  });
  it('carries no boilerplate, bylines or markers in its text', () => {
    const junk = /分享到|责任编辑|版权|来源：|本报讯|上接第|下转第|■|本报记者|摄$|图片由|提供$/;
    for (const a of result.articles) {
      for (const text of [a.title ?? '', a.kicker ?? '', a.subtitle ?? '', ...a.paragraphs.map((p) => p.text)]) {
        expect(junk.test(text), `${a.file}: ${text.slice(0, 40)}`).toBe(false);
      }
    }
  });
  it('has a stable, URL-safe id', () => {
    const ids = result.articles.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9_-]+$/);
  });
  it('produces no warnings on the samples', () => {
    expect(result.warnings).toEqual([]);
  });
});
