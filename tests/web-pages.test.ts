/**
 * Web pages as editors paste them, chrome and all, in the shapes real sites print (the text
 * is invented): the story comes out clean, the chrome is kept as furniture, nothing is lost.
 */
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../src/io/pipeline.ts';

const { parse } = createPipeline({ tag: false });
const encoder = new TextEncoder();
const run = (text: string) => parse({ file: 'page.txt', bytes: encoder.encode(text) });
const bodyOf = (text: string) => run(text).articles.flatMap((a) => a.paragraphs.map((p) => p.text));

const portal = `津门资讯网
• 首页 • 时政 • 经济 • 区县 • 专题
您当前的位置：津门资讯网 > 区县频道 > 正文

北辰区十六个项目集中签约 总投资八十亿元_津门资讯网

北辰区十六个项目集中签约 总投资八十亿元

2024-06-18 09:30:12　来源：津门资讯网　作者：王小明
分享到：
扫一扫在手机打开

昨天，北辰区举行二季度重点项目集中签约活动，共签约项目十六个，总投资八十亿元，涉及新能源、新材料等领域。

据介绍，签约项目中亿元以上项目九个，预计年内全部开工。

（资料图片）

关键词：北辰 签约 项目
相关新闻
西青区新建三座口袋公园 2024-06-17
静海区绿色建材产业园开园 2024-06-15
推荐内容
版权所有 © 2024 津门资讯网 津ICP备00000000号
`;

describe('a portal article with menus, breadcrumb, repeated headline and a related list', () => {
  const out = run(portal);
  const [a] = out.articles;
  it('finds the one story, its headline and its date', () => {
    expect(out.articles).toHaveLength(1);
    expect(a!.title).toBe('北辰区十六个项目集中签约 总投资八十亿元');
    expect(a!.headline).toEqual({ text: a!.title, from: 'title' });
    expect(a!.published).toBe('2024-06-18');
  });
  it('keeps only the story in the body', () => {
    expect(a!.paragraphs.map((p) => p.text)).toEqual([
      '昨天，北辰区举行二季度重点项目集中签约活动，共签约项目十六个，总投资八十亿元，涉及新能源、新材料等领域。',
      '据介绍，签约项目中亿元以上项目九个，预计年内全部开工。',
    ]);
    expect(out.fragments).toEqual([]);
  });
  it('keeps the chrome as furniture with its line, the headline copy as duplicate-title', () => {
    const kinds = new Map(out.furniture.map((f) => [f.line, f.kind]));
    expect(kinds.get(1)).toBe('boilerplate');
    expect(kinds.get(3)).toBe('boilerplate');
    expect(kinds.get(5)).toBe('duplicate-title');
    expect(kinds.get(21)).toBe('boilerplate');
    expect(kinds.get(24)).toBe('copyright');
  });
});

describe('a forum post around a wire story', () => {
  const out = run(`某某社区论坛
查看：212|回复：3
打印 上一主题 下一主题

中新合作项目推进会在生态城举行

[复制链接]
128
主题
3862
积分
楼主
发表于 2024-5-6 10:02:11 | 只看该作者 |倒序浏览
中新合作项目推进会昨日在生态城举行，双方签署三项合作协议。
会议听取了生态城工作报告。
来源：中新社
回复
您需要登录后才可以回帖 登录 | 立即注册
`);
  it('reads the thread title as the headline and the post as the body', () => {
    expect(out.articles).toHaveLength(1);
    expect(out.articles[0]!.title).toBe('中新合作项目推进会在生态城举行');
    expect(out.articles[0]!.paragraphs.map((p) => p.text)).toEqual(['中新合作项目推进会昨日在生态城举行，双方签署三项合作协议。', '会议听取了生态城工作报告。']);
    expect(out.articles[0]!.source).toBe('中新社');
    expect(out.articles[0]!.published).toBe('2024-05-06');
  });
});

describe('an e-paper page with its navigation', () => {
  const out = run(`第03版：经济新闻 上一版 下一版
标题导航
~~~西青区新建三座口袋公园
静海区绿色建材产业园开园~~~
回到首页 | 标题导航
3 上一篇 下一篇 4 放大 缩小 默认
宝坻新能源产业园
首批十二家企业入驻
王小明 通讯员 赵大伟

  本报讯（记者 王小明）昨天，宝坻区新能源产业园开园，首批十二家企业入驻园区。

  园区规划面积三平方公里。
`);
  it('takes the page header and the title list as chrome and reads the story', () => {
    expect(out.articles).toHaveLength(1);
    const [a] = out.articles;
    expect([a!.kicker, a!.title]).toEqual(['宝坻新能源产业园', '首批十二家企业入驻']);
    expect(a!.reporters).toEqual(['王小明', '赵大伟']);
    expect(a!.paragraphs[0]!.text.startsWith('昨天，宝坻区新能源产业园开园')).toBe(true);
    expect(out.furniture.filter((f) => f.kind === 'boilerplate').map((f) => f.line)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('a text without a headline', () => {
  const prose = `昨天，宝坻区新能源产业园开园，首批十二家企业入驻，涵盖储能、光伏装备等领域，总投资约四十亿元。

园区规划面积三平方公里，将建设研发中试基地和人才公寓。
`;
  const out = run(prose);
  it('still yields one article, with no title and a headline made from the lead', () => {
    expect(out.articles).toHaveLength(1);
    const [a] = out.articles;
    expect(a!.title).toBeNull();
    expect(a!.headline).toEqual({ text: '昨天，宝坻区新能源产业园开园，首批十二家企业入驻…', from: 'lead' });
    expect(a!.paragraphs).toHaveLength(2);
    expect(out.warnings).toEqual([]);
  });
  it('reads one long line as one article', () => {
    const out = run(prose.replace(/\n+/g, ''));
    expect(out.articles).toHaveLength(1);
    expect(out.fragments).toEqual([]);
  });
  it('says "no article found" only for a file without prose', () => {
    const out = run('首页 > 新闻\n登录 | 注册\n');
    expect(out.articles).toEqual([]);
    expect(out.warnings.some((w) => w.message.startsWith('no article found in this file'))).toBe(true);
  });
});

describe('a photo item without a headline', () => {
  const out = run(`（资料图）
6月1日，市民在河东区新开放的滨河公园里散步。新华社记者 王五 摄
6月1日，孩子们在公园的游乐区玩耍。新华社记者 王五 摄
`);
  it('is titled 图片新闻, with the captions as body and the credit once', () => {
    expect(out.articles).toHaveLength(1);
    const [a] = out.articles;
    expect(a!.title).toBeNull();
    expect(a!.headline).toEqual({ text: '图片新闻', from: 'photo' });
    expect(a!.paragraphs.map((p) => [p.kind, p.text])).toEqual([
      ['caption', '6月1日，市民在河东区新开放的滨河公园里散步。'],
      ['caption', '6月1日，孩子们在公园的游乐区玩耍。'],
    ]);
    expect(a!.credit).toBe('新华社记者 王五 摄');
    expect(a!.photographers).toEqual(['王五']);
  });
});

describe('a story printed twice on one page', () => {
  const story = `西青区新建三座口袋公园

本报讯（记者 王小明）日前，西青区新建的三座口袋公园向市民开放，总面积约两万平方米。

公园配建健身步道和儿童游乐设施。

记者 王小明
`;
  const out = run(`${story}\n${story}`);
  it('yields the story once; only the repeated headline line is furniture', () => {
    expect(out.articles).toHaveLength(1);
    expect(out.articles[0]!.paragraphs).toHaveLength(2);
    const copy = out.furniture.filter((f) => f.line > 8);
    expect(copy.map((f) => f.kind).sort()).toEqual(['byline', 'dateline', 'duplicate-title']);
    expect(copy.find((f) => f.kind === 'byline')!.article).toBe(out.articles[0]!.id);
    // The copy's body is reported to editors, not hidden as furniture.
    expect(out.fragments.map((f) => f.text)).toEqual(out.articles[0]!.paragraphs.map((p) => p.text));
  });
});

describe('anti-scraping noise inside lines', () => {
  it('sets the noise aside and keeps the sentence', () => {
    expect(bodyOf('北辰区项目签约\n\n昨天，北辰区举行项目集中签约活动，共签约项目十六个。 k7 W% u2 ;Q x9\n')).toEqual(['昨天，北辰区举行项目集中签约活动，共签约项目十六个。']);
  });
});

describe('wire datelines of any agency, and a caption glued to the lead', () => {
  it('reads 央广网…消息 and 某某社…电 as datelines with their reporters and source', () => {
    const out = run('央广网天津6月3日消息（记者 李四）3日上午，东疆港区又一架租赁飞机完成交付，这是今年交付的第十架。\n');
    expect(out.articles[0]!.dateline).toBe('央广网天津6月3日消息（记者 李四）');
    expect(out.articles[0]!.reporters).toEqual(['李四']);
    expect(out.articles[0]!.source).toBe('央广网');
  });
  it('reads a site’s own 某某网讯 mark as a dateline', () => {
    const out = run('津门资讯网讯：记者从东疆港区获悉，今年已有十架租赁飞机完成交付，数量居全国前列。\n');
    expect(out.articles[0]!.dateline).toBe('津门资讯网讯：');
    expect(out.articles[0]!.paragraphs[0]!.text.startsWith('记者从东疆港区获悉')).toBe(true);
  });
  it('splits a photo caption off the lead printed on the same line', () => {
    const out = run('记者们在码头参观自动化岸桥（某某社 王五摄） 某某社天津9月1日电（记者 王五）8月30日下午，中外记者走进天津港，参观自动化码头。\n\n码头的岸桥起升高度达五十米。\n');
    expect(out.articles).toHaveLength(1);
    const [a] = out.articles;
    expect(a!.paragraphs.map((p) => p.kind)).toEqual(['caption', 'text', 'text']);
    expect(a!.dateline).toBe('某某社天津9月1日电（记者 王五）');
    expect(a!.credit).toBe('（某某社 王五摄）');
  });
});

describe('a column of briefs', () => {
  it('reads each ▲ item as a brief of its own, its bracketed sign-off ending it', () => {
    const out = run('▲今天上午，海河上的一座老桥完成改造，下月将重新通车。（王五）\n▲西青区首个社区书屋昨日开放，藏书两万册。（赵六）\n');
    expect(out.articles.map((a) => a.paragraphs[0]!.text)).toEqual(['今天上午，海河上的一座老桥完成改造，下月将重新通车。（王五）', '西青区首个社区书屋昨日开放，藏书两万册。（赵六）']);
    expect(out.furniture.filter((f) => f.text === '▲')).toHaveLength(2);
  });
});

describe('what sites print around a headline and a lead', () => {
  it('sets a summary that repeats the lead aside, and keeps the lead', () => {
    const out = run('内容提要：宝坻区新能源产业园昨天开园，首批十二家企业入驻。\n宝坻区新能源产业园昨天开园，首批十二家企业入驻，总投资约四十亿元。\n');
    expect(out.articles[0]!.paragraphs.map((p) => p.text)).toEqual(['宝坻区新能源产业园昨天开园，首批十二家企业入驻，总投资约四十亿元。']);
    expect(out.furniture.map((f) => [f.kind, f.line])).toEqual([['boilerplate', 1]]);
  });
  it('reads a time stamp printed over three lines as the date', () => {
    const out = run('津门资讯网\n宝坻区新能源产业园开园\n2024\n05/10\n10:47\n\n昨天，宝坻区新能源产业园开园，首批十二家企业入驻。\n');
    expect(out.articles[0]!.title).toBe('宝坻区新能源产业园开园');
    expect(out.articles[0]!.published).toBe('2024-05-10');
    expect(out.furniture.filter((f) => f.kind === 'source-line').map((f) => f.line)).toEqual([3, 4, 5]);
  });
  it('drops the dots of a cut listing title', () => {
    const out = run('论坛 | 春来早——开年首月一线扫描 ...\n\n春来早，开年首月，宝坻区新能源产业园开园，首批企业入驻。\n');
    expect(out.articles[0]!.title).toBe('春来早——开年首月一线扫描');
  });
});

describe('a web page’s sections', () => {
  it('reads numbered and two-line section headings as subheads of the one story', () => {
    const out = run(`首页 > 园区
健康产业园规划

一、基本情况

健康产业园位于静海区，规划面积十平方公里，以医疗和体育产业为主。

二、功能分区
（一）体育功能区

园区建有足球场、网球中心等场馆。

三次跨越
书写园区发展新篇

园区自2006年启动以来，累计完成投资一百五十亿元。
`);
    expect(out.articles).toHaveLength(1);
    expect(out.articles[0]!.paragraphs.filter((p) => p.kind === 'subhead').map((p) => p.text)).toEqual(['一、基本情况', '二、功能分区', '（一）体育功能区', '三次跨越', '书写园区发展新篇']);
  });
});

describe('e-paper and database headers', () => {
  it('reads a masthead line as the paper and its date', () => {
    const out = run('某某日报 2023年02月13日 星期一\n\n宝坻区新能源产业园开园\n\n本报讯（记者 王五）昨天，宝坻区新能源产业园开园，首批十二家企业入驻。\n');
    expect(out.articles[0]!.title).toBe('宝坻区新能源产业园开园');
    expect(out.articles[0]!.published).toBe('2023-02-13');
    expect(out.furniture[0]).toMatchObject({ kind: 'source-line', line: 1 });
  });
  it('reads a database citation with its author, paper, date and page', () => {
    const out = run('宝坻区新能源产业园开园\n作者：本报记者 王五 《某某日报》（ 2023年04月18日 第 07 版）\n\n昨天，宝坻区新能源产业园开园，首批十二家企业入驻。\n');
    expect(out.articles[0]!.title).toBe('宝坻区新能源产业园开园');
    expect(out.articles[0]!.published).toBe('2023-04-18');
    expect(out.articles[0]!.source).toBe('某某日报');
  });
  it('takes an ICP footer and a credit “图片为…提供” for what they are', () => {
    const out = run('宝坻区新能源产业园开园\n\n昨天，宝坻区新能源产业园开园，首批十二家企业入驻。\n\n图片为宝坻区委宣传部提供\n\n津ICP备00000000号-1\n');
    expect(out.articles[0]!.credit).toBe('图片为宝坻区委宣传部提供');
    expect(out.furniture.find((f) => f.line === 7)?.kind).toBe('copyright');
  });
});

describe('a wire story on a portal with its tool bars and related links', () => {
  const out = run(`某某网 > 地方频道 > 天津

天津港保税区新引进项目二十个

2024-03-05 08:12:33 来源：某某网

字体：大 中 小 打印本页 关闭窗口

【新华社天津3月5日电（记者 张三）】记者从天津港保税区获悉，今年前两个月，保税区新引进项目二十个，总投资超过六十亿元。

这些项目主要集中在航空航天、生物医药等领域。

【纠错】 【责任编辑：李四】

上一篇：西青区新建三座口袋公园
下一篇：静海区绿色建材产业园开园

相关阅读：
· 保税区举办招商推介会 03-01
· 保税区航空物流园二期开工 02-20

扫描二维码关注我们
打开APP阅读更多精彩内容
`);
  it('reads the bracketed dateline, the editor in the tool bar, and nothing else into the story', () => {
    expect(out.articles).toHaveLength(1);
    const [a] = out.articles;
    expect([a!.title, a!.dateline, a!.source, a!.published]).toEqual(['天津港保税区新引进项目二十个', '【新华社天津3月5日电（记者 张三）】', '新华社', '2024-03-05']);
    expect(a!.reporters).toEqual(['张三']);
    expect(a!.editors).toEqual(['李四']);
    expect(a!.paragraphs).toHaveLength(2);
    expect(out.fragments).toEqual([]);
  });
});
