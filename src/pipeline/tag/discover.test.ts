import { beforeAll, describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../io/read-taxonomy.ts';
import type { Article } from '../../schema/article.ts';
import { makeArticle } from '../../utils/testing/make-article.ts';
import type { Taxonomy } from '../../schema/taxonomy.ts';
import { discoverCandidates } from './discover.ts';
import { createTagger, type Tagger } from './index.ts';

let taxonomy: Taxonomy;
let tagger: Tagger;
beforeAll(() => {
  taxonomy = loadTaxonomy();
  tagger = createTagger(taxonomy);
});

function article(id: string, paragraphs: string[]): Article {
  return makeArticle({
    id,
    file: `${id}.txt`,
    source: null,
    title: null,
    published: '2026-06-13',
    paragraphs: paragraphs.map((text, i) => ({ kind: 'text', text, line: 10 + i })),
  });
}

describe('discoverCandidates', () => {
  it('lists named projects the taxonomy lacks, with count, articles and a sample sentence', () => {
    const found = discoverCandidates(
      [
        article('a', ['陈敏尔、张工来到位于“117项目”附近的天津天星科技发展有限公司,走进具身智能综合体项目,察看机器人加工中心。']),
        article('b', ['在无锡拈花湾、徐州云龙湖文旅项目现场,详细了解加强文旅资源整合的有关情况。', '徐州云龙湖文旅项目游客众多。']),
      ],
      taxonomy,
      tagger,
    );
    expect(found.map((c) => [c.name, c.count, c.articles])).toEqual([
      ['徐州云龙湖文旅项目', 2, ['b']],
      ['具身智能综合体项目', 1, ['a']],
    ]);
    expect(found[1]).toMatchObject({ source: 'a.txt:10', sample: '陈敏尔、张工来到位于“117项目”附近的天津天星科技发展有限公司,走进具身智能综合体项目,察看机器人加工中心。' });
  });

  it('leaves out what the taxonomy knows and phrases that describe rather than name', () => {
    const found = discoverCandidates(
      [
        article('c', [
          '天开园企业现场推介。总投资50亿元的玉湖冷链(天津)交易中心项目一直备受关注。',
          '推动签约项目早落地。一批标志性重大项目建成投产。作为全市的重要项目,加快建设国家级科技企业孵化器。',
          '天津市科技创新成果服务中心有限公司承办。',
        ]),
      ],
      taxonomy,
      tagger,
    );
    expect(found).toEqual([]);
  });
});
