import { describe, expect, it } from 'vitest';
import { goldFileSchema, type GoldFile } from './gold.ts';
import { bodyStartsWith, scoreFile, titleMatches, totals, type ScoredArticle } from './score-parse.ts';

// Invented records and gold in the shapes of the corpus: a web page with chrome, an e-paper deck, a Traditional mirror.
const record = (over: Partial<ScoredArticle>): ScoredArticle => ({
  title: null,
  kicker: null,
  subtitle: null,
  dateline: null,
  paragraphs: [],
  published: null,
  script: 'hans',
  ...over,
});
const para = (text: string, kind: 'text' | 'caption' | 'subhead' = 'text') => ({ kind, text, line: 1 });
const gold = (over: Record<string, unknown>): GoldFile => goldFileSchema.parse({ script: 'hans', date: null, why: 'invented', articles: [], ...over });

describe('titleMatches', () => {
  const g = { title: '河畔新区 物流园年内开工', titleAlso: ['【聚焦】河畔新区 物流园年内开工'], body: 'x' };
  it('accepts the headline in another width, spacing or script, and the forms the gold allows', () => {
    expect(titleMatches(record({ title: '河畔新区物流园年內開工' }), g)).toBe(true);
    expect(titleMatches(record({ title: '【聚焦】河畔新区 物流园年内开工' }), g)).toBe(true);
  });
  it('accepts a deck split into kicker and title, but not a fragment or chrome', () => {
    expect(titleMatches(record({ kicker: '河畔新区', title: '物流园年内开工' }), g)).toBe(true);
    expect(titleMatches(record({ title: '开工', subtitle: '河畔新区 物流园年内开工' }), g)).toBe(false);
    expect(titleMatches(record({ title: '首页 > 新闻中心 > 正文', subtitle: '河畔新区 物流园年内开工' }), g)).toBe(false);
  });
  it('matches a long headline quoted by its start, but not chrome before it', () => {
    const long = { title: '河畔区人民政府办公室关于印发…', titleAlso: [], body: 'x' };
    expect(titleMatches(record({ title: '河畔区人民政府办公室关于印发河畔区物流园建设方案的通知' }), long)).toBe(true);
    expect(titleMatches(record({ title: '发文标题：河畔区人民政府办公室关于印发河畔区物流园建设方案的通知' }), long)).toBe(false);
  });

  it('wants no title where the text prints none', () => {
    const headless = { title: null, titleAlso: [], body: 'x' };
    expect(titleMatches(record({ title: null }), headless)).toBe(true);
    expect(titleMatches(record({ title: '(资料图片)' }), headless)).toBe(false);
  });
});

describe('bodyStartsWith', () => {
  it('finds the first words with the dateline kept apart, after a caption, and in full-width punctuation', () => {
    expect(bodyStartsWith(record({ dateline: '本报讯（记者 王某）', paragraphs: [para('记者昨天获悉，园区')] }), '本报讯(记者 王某)记者昨天')).toBe(true);
    expect(bodyStartsWith(record({ paragraphs: [para('园区远景。记者 李某 摄', 'caption'), para('3日，新区10个项目开工')] }), '3日,新区10个项目')).toBe(true);
    expect(bodyStartsWith(record({ paragraphs: [para('首页 > 资讯'), para('3日，新区10个项目开工')] }), '3日,新区10个项目')).toBe(false);
  });
});

describe('scoreFile', () => {
  const page = gold({
    date: '2031-04-02',
    articles: [{ title: '河畔新区物流园年内开工', body: '3日,新区10个' }],
    junk: ['首页 > 资讯', '分享至', '0'],
  });

  it('counts a clean record as right on every measure', () => {
    const s = scoreFile('a.txt', page, [record({ title: '河畔新区物流园年内开工', published: '2031-04-02', paragraphs: [para('3日，新区10个项目开工，总投资0.5亿元。')] })]);
    expect(s.titles).toEqual({ right: 1, of: 1 });
    expect(s.bodies).toEqual({ right: 1, of: 1 });
    expect(s.date?.right).toBe(true);
    // "0" is a short quote: it counts only as a whole line, not inside "0.5亿元".
    expect(s.junk).toEqual({ lines: 2, left: 0, quotesLeft: [] });
    expect(s.noArticles).toBe(false);
  });

  it('counts chrome lines left in the deck and the body, a wrong date and a missed body start', () => {
    const s = scoreFile('a.txt', page, [
      record({ title: '首页 > 资讯 > 正文', subtitle: '河畔新区物流园年内开工', published: '2031-04-03', paragraphs: [para('分享至'), para('0'), para('3日，新区10个项目开工')] }),
    ]);
    expect(s.titles.right).toBe(0);
    expect(s.bodies.right).toBe(0);
    expect(s.date).toEqual({ right: false, gold: '2031-04-02', found: '2031-04-03' });
    expect(s.junk.left).toBe(3);
    expect(s.junk.lines).toBe(5);
    expect(s.junk.quotesLeft.sort()).toEqual(['0', '分享至', '首页 > 资讯'].sort());
  });

  it('scores Traditional recognition, undetermined dates and files without articles', () => {
    const mirror = gold({ script: 'hant', why: 'only 5月3日 printed', year: 2031, articles: [{ title: null, body: '備受矚目的' }] });
    const missed = scoreFile('b.txt', mirror, [record({ paragraphs: [para('備受矚目的新園')], script: 'hans', published: '2031-05-04' })]);
    expect(missed.traditional).toBe(false);
    expect(missed.date).toBeNull();
    expect(missed.year?.right).toBe(true);
    expect(missed.dateClaimed).toBe(true);
    const none = scoreFile('c.txt', mirror, []);
    expect(none.noArticles).toBe(true);
    expect(none.traditional).toBe(false);

    const t = totals([missed, none], { 'b.txt': mirror, 'c.txt': mirror });
    expect(t.traditional).toEqual({ right: 0, of: 2 });
    expect(t.noArticles).toBe(1);
    expect(t.bodies).toEqual({ right: 1, of: 2 });
    expect(t.dates.of).toBe(0);
  });

  it('matches several gold articles to records by their first words, in any order', () => {
    const two = gold({ articles: [{ title: null, body: '今天上午,老桥' }, { title: null, body: '新公园昨日开园' }] });
    const s = scoreFile('d.txt', two, [record({ paragraphs: [para('▲新公园昨日开园。')] }), record({ paragraphs: [para('▲今天上午，老桥完成顶进。')] })]);
    expect(s.bodies).toEqual({ right: 2, of: 2 });
    expect(s.titles).toEqual({ right: 2, of: 2 });
  });
});

describe('gold schema', () => {
  it('refuses a year next to a full date and a file without articles', () => {
    expect(() => goldFileSchema.parse({ script: 'hans', date: '2031-01-01', year: 2031, why: 'x', articles: [{ title: null, body: 'ab' }] })).toThrow();
    expect(() => goldFileSchema.parse({ script: 'hans', date: null, why: 'x', articles: [] })).toThrow();
  });
});
