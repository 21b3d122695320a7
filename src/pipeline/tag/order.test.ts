/**
 * An article's tags and keywords are a function of that article and the taxonomy alone: tagging
 * other articles first (as a clean build does, and a cached build does not) changes nothing.
 * Its own file, so the segmenter starts fresh in this process.
 */
import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../io/read-taxonomy.ts';
import { createTagger, tagArticle, type TaggableArticle } from './index.ts';

const article = (...paragraphs: string[]): TaggableArticle => ({
  title: null,
  kicker: null,
  subtitle: null,
  credit: null,
  script: 'hans',
  published: '2026-04-13',
  paragraphs: paragraphs.map((text, i) => ({ kind: 'text' as const, text, line: i + 1 })),
});

// Invented texts. The first defines a short name (and names people); the second uses the same strings without defining them.
const defining = article(
  '天津蓝鲸重工装备有限公司（以下简称“蓝鲸重工”）昨日与示例区签约，蓝鲸重工将建设海上风电装备基地。',
  '蓝鲸重工负责人程远航介绍，基地投产后年产值可达二十亿元，程远航表示将优先招聘本地青年。',
);
const using = article(
  '示例港区码头今年新增三条航线，蓝鲸重工的风电叶片由此出海，港区吞吐量同比增长。',
  '蓝鲸重工订单排到明年，港区还为蓝鲸重工开辟绿色通道，程远航等企业代表出席现场会。',
  '港区负责人说，航线加密让出口装备企业节省运输时间，港区将继续优化营商环境。',
);

describe('tagging order', () => {
  it('gives an article the same keywords and tags whether or not another article was tagged first', () => {
    const tagger = createTagger(loadTaxonomy());
    const alone = tagArticle(using, tagger);
    const own = tagArticle(defining, tagger);
    const after = tagArticle(using, tagger);
    expect(after).toEqual(alone);
    // The defining article still reads its own names as whole words.
    expect(own.keywords).toContain('蓝鲸重工');
    expect(own.keywords).toContain('程远航');
  });
});
