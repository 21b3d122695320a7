/**
 * The amount tables of the entity pages over the five sample papers, as a reader checks
 * them: an industry page lists only amounts about that industry (or one of its
 * sub-industries), a project page only the project's own, each with the sentence it
 * stands in. Written from reading the samples (content/papers).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { site } from '../src/config/site.ts';
import { readPapers } from '../src/io/read-papers.ts';
import { loadTaxonomy } from '../src/io/read-taxonomy.ts';
import { parsePapers } from '../src/pipeline/index.ts';
import { createTagger, tagArticle } from '../src/pipeline/tag/index.ts';
import type { Article } from '../src/schema/article.ts';
import type { Taxonomy } from '../src/schema/taxonomy.ts';
import { amountsFor } from '../src/utils/facts.ts';

let articles: Article[];
let taxonomy: Taxonomy;

beforeAll(() => {
  taxonomy = loadTaxonomy();
  const tagger = createTagger(taxonomy);
  articles = parsePapers(readPapers(), { homePaper: site.homePaper, tag: (a) => tagArticle(a, tagger) }).articles;
});

/** What an industry page's table lists: the page's articles (its own and its sub-industries'), amounts about it. */
function industryTable(name: string): string[] {
  const industry = taxonomy.industries.find((i) => i.name === name)!;
  const scope = [name, ...taxonomy.industries.filter((i) => i.parent === industry.slug).map((i) => i.name)];
  const onPage = articles.filter((a) => a.tags.industries.some((t) => scope.includes(t.name)));
  return amountsFor(onPage, { industries: scope }).map(({ fact }) => fact.text);
}

/** What a project page's table lists. */
function projectTable(name: string): string[] {
  const onPage = articles.filter((a) => a.tags.projects.some((t) => t.name === name));
  return amountsFor(onPage, { project: name }).map(({ fact }) => fact.text);
}

const tables = (names: string[], table: (name: string) => string[]): Record<string, string[]> =>
  Object.fromEntries(names.map((n) => [n, table(n)]).filter(([, list]) => list.length > 0));

describe('amount tables over the samples', () => {
  it('list on each industry page only the amounts about that industry', () => {
    expect(tables(taxonomy.industries.map((i) => i.name), industryTable)).toEqual({
      // The shipyard's output (2023年公司实现产值23亿元) after its team delivered container ships.
      高端装备: ['23亿元'],
      海工装备与船舶: ['23亿元'],
      // 武清's 汽车及新能源（智能网联）车产业 output, 东丽's base revenue, the 中汽中心 base's revenue and investment.
      车联网: ['245亿元', '200亿元', '185亿元', '18亿元'],
      智能网联汽车: ['245亿元', '200亿元', '185亿元', '18亿元'],
      汽车及新能源汽车: ['245亿元'],
      // The 京津冀生命健康集群's output.
      生物医药: ['3900亿元'],
      合成生物与生物制造: ['5亿元', '1.5亿元'],
      冷链物流: ['300亿元', '50亿元'],
    });
    // Neither the 世界智能大会 deals (6200亿元) nor the health cluster's output is about 具身智能与机器人 (issue 9);
    // nor is the base's 185亿元 about 人工智能, named only after it (车载人工智能安全基准).
    expect(industryTable('具身智能与机器人')).toEqual([]);
    expect(industryTable('人工智能')).toEqual([]);
  });

  it('list on each project page only the project’s own amounts', () => {
    const projects = [...new Set(articles.flatMap((a) => a.tags.projects.map((t) => t.name)))].sort();
    expect(tables(projects, projectTable)).toEqual({
      OPC创业孵化园区: ['150亿元', '3.8亿元'],
      // The deals signed at the event over seven years.
      世界智能产业博览会: ['6200亿元'],
      中汽中心智能网联科创基地: ['185亿元', '18亿元'],
      // The 45 projects signed into the park: its projects' total, no one project's.
      京津中关村科技城: ['207.88亿元'],
      '玉湖冷链（天津）交易中心': ['300亿元', '50亿元'],
      蓝色光钥合成生物中试产业基地: ['5亿元', '1.5亿元'],
    });
  });

  it('give a company’s figures to the company, and a place’s or a count of projects’ to no project', () => {
    const money = articles.flatMap((a) => a.money);
    const of = (text: string) => money.find((m) => m.text === text)!;
    expect(of('23亿元')).toMatchObject({ project: null, organization: '中船（天津）船舶制造有限公司' });
    expect(of('30亿元')).toMatchObject({ project: null, organization: '北京薪享云科技有限公司' });
    // 河西区's 25 projects to revive (盘活) buildings: a count of projects, no one project.
    expect(of('42亿元')).toMatchObject({ project: null, organization: null });
  });
});
