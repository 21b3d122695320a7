/** A small taxonomy and tagged articles modelled on the sample papers, for the search unit tests. */
import type { Taxonomy } from '../../schema/taxonomy.ts';
import { makeArticle, tag } from '../../utils/testing/make-article.ts';

export const taxonomy: Taxonomy = {
  districts: [
    { slug: 'baodi', name: '宝坻区', kind: 'district', parent: null, aliases: ['宝坻'], not: [], description: null },
    { slug: 'eco-city', name: '中新天津生态城', kind: 'functional-zone', parent: null, aliases: ['生态城', '天津生态城'], not: [], description: null },
    { slug: 'dongli', name: '东丽区', kind: 'district', parent: null, aliases: ['东丽'], not: [], description: null },
    { slug: 'beijing', name: '北京市', kind: 'other-place', parent: null, aliases: ['北京'], not: [], description: null },
  ],
  projects: [
    { slug: 'project-117', name: '117项目', kind: 'project', aliases: ['117大厦'], districts: [], industries: [], parent: null, not: [], description: null },
    { slug: 'tiankai-park', name: '天开高教科创园', kind: 'park', aliases: ['天开园'], districts: [], industries: [], parent: null, not: [], description: null },
    { slug: 'zgc-city', name: '京津中关村科技城', kind: 'park', aliases: ['宝坻京津中关村科技城'], districts: ['baodi'], industries: [], parent: null, not: [], description: null },
    { slug: 'catarc-base', name: '中汽中心智能网联科创基地', kind: 'base', aliases: [], districts: ['dongli'], industries: [], parent: null, not: [], description: null },
  ],
  industries: [
    { slug: 'icv', name: '智能网联汽车', parent: null, source: '天津市12条重点产业链', signals: ['智能网联'], weak: [], description: null },
    { slug: 'cold-chain', name: '冷链物流', parent: null, source: '现代服务业', signals: ['冷链'], weak: [], description: null },
  ],
};

export const articles = [
  makeArticle({
    id: 'a117-may',
    title: '陈敏尔张工在“117项目”及周边区域调研',
    published: '2025-05-10',
    paragraphs: [{ kind: 'text', text: '市委书记陈敏尔前往“117项目”调研。', line: 3 }],
    tags: { projects: [tag('117项目', 9)], people: [tag('陈敏尔', 8), tag('张工', 7)] },
  }),
  makeArticle({
    id: 'a117-jun',
    title: '提供品质服务 打造优质环境',
    published: '2025-06-13',
    tags: { projects: [tag('117项目', 5)], people: [tag('陈敏尔', 6)], industries: [tag('智能网联汽车', 1)] },
  }),
  makeArticle({
    id: 'zgc',
    title: '京津中关村科技城推介会暨重点项目签约仪式在京举行',
    published: '2025-03-01',
    tags: { projects: [tag('京津中关村科技城', 12), tag('天开高教科创园', 1)], districts: [tag('宝坻区', 6), tag('北京市', 2), tag('滨海新区', 0)] },
  }),
  makeArticle({
    id: 'catarc',
    title: '中汽中心智能网联科创基地全面开工',
    published: null,
    tags: { projects: [tag('中汽中心智能网联科创基地', 2)], districts: [tag('东丽区', 4)], industries: [tag('智能网联汽车', 5)] },
  }),
];
