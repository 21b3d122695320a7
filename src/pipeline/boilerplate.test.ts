import { describe, expect, it } from 'vitest';
import { classifyBoilerplate as classifyFeatures, judgeLine, judgeLines, lineFeatures } from './boilerplate.ts';

const classifyBoilerplate = (page: string[], anchors?: Set<number>) => {
  const features = page.map(lineFeatures);
  return classifyFeatures(features, judgeLines(features), anchors);
};

const judge = (line: string) => judgeLine(lineFeatures(line));

describe('judging a line on its own', () => {
  it.each([
    ['a menu as a bullet list', '• 首页 • 时政 • 财经 • 文旅 • 专题'],
    ['a spaced menu', '首 页 新闻中心 区县动态 招商引资 政务公开 联系我们'],
    ['a breadcrumb', '您的位置：首页 > 新闻中心 > 区县动态'],
    ['a breadcrumb with » marks', '首页 » 经济 » 产业园区'],
    ['a login box', '找回密码 | 立即注册'],
    ['a share bar', '分享至 微信 微博 QQ空间'],
    ['a forum counter', '查看：212|回复：3'],
    ['a bare number', '3862'],
    ['a split time stamp', '09/21'],
    ['an image file name', '开工现场1_副本.jpg'],
    ['a template placeholder', '{{article.body}}'],
    ['a markdown image', '![]() |'],
    ['an empty keyword label', '关键词：'],
    ['an SEO answer line', '最佳答案：天津的产业园区很多，具体可以咨询当地招商部门，谢谢采纳。'],
    ['an e-paper page header', '第03版：经济新闻'],
    ['an e-paper tool bar', '返回目录 放大 缩小 全文复制 下一篇'],
    ['a related headline with its date', '北辰区新一批项目集中签约 2024-06-18'],
    ['a rating widget', '非常满意 基本满意 不太满意 很不满意'],
  ])('%s is chrome', (_, line) => {
    expect(judge(line)).toBe('chrome');
  });

  it.each([
    ['a sentence', '昨天，北辰区举行项目集中签约活动，共签约项目十六个。'],
    ['a sentence naming chrome words', '市民可通过微信公众号和网站首页查看分享活动的报名方式，现场还设有登录注册服务台。'],
    ['a long wrapped line without its full stop', '据介绍，该项目总投资约十二亿元，建成后将形成年产五十万套汽车零部件的生产能力，带动上下游'],
    ['a byline', '记者 张晓东'],
    ['a photo caption with its credit', '工人在生产线上忙碌。记者 李明 摄'],
  ])('%s is prose', (_, line) => {
    expect(judge(line)).toBe('prose');
  });

  it.each([
    ['a headline', '北辰区十六个项目集中签约'],
    ['a colon headline', '静海：打造绿色建材产业集群'],
    ['a subhead', '强化链条配套'],
  ])('%s is left for its neighbours to decide', (_, line) => {
    expect(judge(line)).toBe('neutral');
  });
});

describe('smoothing across neighbours', () => {
  it('takes a site name between the page edge and a breadcrumb as chrome, keeps the headline before the lead', () => {
    const page = ['津门资讯网', '', '首页 > 区县 > 正文', '', '北辰区十六个项目集中签约', '', '昨天，北辰区举行项目集中签约活动，共签约项目十六个，总投资八十亿元。'];
    expect(classifyBoilerplate(page)).toEqual(['chrome', 'neutral', 'chrome', 'neutral', 'neutral', 'neutral', 'prose']);
  });
  it('keeps a subhead between two paragraphs', () => {
    const page = ['昨天，北辰区举行项目集中签约活动，共签约项目十六个。', '强化链条配套', '签约项目涉及新能源、新材料等领域，产业链上下游协同。'];
    expect(classifyBoilerplate(page)).toEqual(['prose', 'neutral', 'prose']);
  });
  it('takes a short line between chrome lines as chrome', () => {
    const page = ['打印 上一主题 下一主题', '楼主', '阅读模式', '中新合作项目推进会举行', '[复制链接]', '昨天，中新合作项目推进会在生态城举行，双方签署三项协议。'];
    expect(classifyBoilerplate(page).slice(0, 5)).toEqual(['chrome', 'chrome', 'chrome', 'chrome', 'chrome']);
  });
  it('keeps that line when it is known to be the headline', () => {
    const page = ['打印 上一主题 下一主题', '中新合作项目推进会举行', '[复制链接]', '昨天，中新合作项目推进会在生态城举行，双方签署三项协议。'];
    expect(classifyBoilerplate(page, new Set([1]))[1]).toBe('prose');
  });
  it('takes a chrome-like line after the body as chrome and keeps a truncated last line', () => {
    const page = ['昨天，北辰区举行项目集中签约活动，共签约项目十六个。', '网友评论'];
    expect(classifyBoilerplate(page)).toEqual(['prose', 'chrome']);
    expect(classifyBoilerplate(['昨天，北辰区举行项目集中签约活动，共签约项目十六个。', '签约仪式上'])).toEqual(['prose', 'neutral']);
  });
  it('looks through the rules of a table', () => {
    const page = ['|', '| 海河沿岸新添两座公园 |', '|', '今年，海河沿岸将新建两座公园，总面积约三十公顷，年底前对市民开放。'];
    expect(classifyBoilerplate(page)[1]).toBe('neutral');
  });
  it('never takes a line of prose, whatever surrounds it', () => {
    const page = ['首页 > 新闻', '登录 | 注册', '市民可通过微信公众号报名参加活动，名额有限，先到先得。', '分享至', '版权所有'];
    expect(classifyBoilerplate(page)[2]).toBe('prose');
  });
});
