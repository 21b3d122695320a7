/**
 * Discovered projects end to end on invented sentences: found by their shape,
 * tagged per article, merged across articles into one entity with a stable page
 * address, kept when promoted, stopped by the stop list, and listed for editors.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTaxonomy, parseTaxonomy } from '../../io/read-taxonomy.ts';
import type { Article } from '../../schema/article.ts';
import { projectKey, projectSlug } from '../../schema/project-names.ts';
import type { Taxonomy } from '../../schema/taxonomy.ts';
import { makeArticle } from '../../../tests/fixtures/make-article.ts';
import { discoverCandidates } from './discover.ts';
import { createTagger, tagArticle, type Tagger } from './index.ts';
import { mergeDiscovered } from './merge-discovered.ts';

let taxonomy: Taxonomy;
let tagger: Tagger;
beforeAll(() => {
  taxonomy = loadTaxonomy();
  tagger = createTagger(taxonomy);
});

function article(id: string, published: string, paragraphs: string[], using: Tagger = tagger): Article {
  const bare = makeArticle({ id, file: `${id}.txt`, source: null, title: null, published, paragraphs: paragraphs.map((text, i) => ({ kind: 'text', text, line: 10 + i })) });
  return { ...bare, ...tagArticle(bare, using) };
}

const discovered = (a: Article) => a.tags.projects.filter((t) => t.discovered).map((t) => t.name);

describe('discovered projects', () => {
  it('tags a name with the shape of a project, and leaves descriptions and counted things alone', () => {
    const a = article('a', '2026-03-02', [
      '总投资12亿元的星河湾冷链(天津)物流中心项目昨日开工,将建成北方重要的冷链枢纽。',
      '推动签约项目早落地。一批标志性重大项目建成投产。园区将构建门窗、幕墙八大生产园区。',
      '天津市蓝鲸数据服务有限公司承办。',
    ]);
    expect(discovered(a)).toEqual(['星河湾冷链(天津)物流中心项目']);
    expect(a.tags.projects.find((t) => t.discovered)).toEqual({ name: '星河湾冷链(天津)物流中心项目', mentions: 1, discovered: true });
    expect(a.money[0]).toMatchObject({ yuan: 1_200_000_000, label: '总投资', project: '星河湾冷链(天津)物流中心项目' });
  });

  it('reads names the taxonomy lacks in the shapes news writes them', () => {
    const found = (text: string) => discovered(article('s', '2026-03-02', [text]));
    // The parts of a park listed with one suffix, and the places they are named after are not districts.
    const parts = article('p', '2026-03-02', ['示范园区规划面积85平方公里，包括华苑、北辰、武清科技园三部分。']);
    expect(discovered(parts).sort()).toEqual(['华苑科技园', '北辰科技园', '武清科技园'].sort());
    expect(parts.tags.districts).toEqual([]);
    // An owner's base, a quoted name, rail lines, a brand of digits.
    expect(found('北京化工大学产学研基地落户宝坻。')).toEqual(['北京化工大学产学研基地']);
    expect(found('全力打造“北方声谷”。')).toEqual(['北方声谷']);
    expect(found('轨道Z4线和铁路津静线加快建设。').sort()).toEqual(['Z4线', '津静线'].sort());
    expect(found('360科创园正式开园。')).toEqual(['360科创园']);
    // Not a name: a school named after one, a count, a clause after a place.
    expect(found('南开中学科技城学校开学。')).toEqual([]);
    expect(found('全区600余个项目集中开工。')).toEqual([]);
    expect(found('生态城持续吸纳北京智能科技领域优质项目。')).toEqual([]);
  });

  it('reads names without a proper noun that the text still treats as one project', () => {
    const found = (text: string) => discovered(article('v', '2026-03-02', [text]));
    // A national or city designation opens the name; after 是 it is a title the place holds.
    expect(found('被称为“西北最大”的国家级光伏建材产业园在宝坻奠基。')).toEqual(['国家级光伏建材产业园']);
    expect(found('宁河打造天津未来科学城。')).toEqual(['天津未来科学城']);
    expect(found('该片区是国家低碳交通示范区。')).toEqual([]);
    // Built with a named partner.
    expect(found('开发区与中远海运等共建远洋物流产业园。')).toEqual(['远洋物流产业园']);
    // The subject of a milestone: a facility's short name, a 项目 with a long description of its own.
    expect(found('本月，航天育种检测装备研发转化生产基地项目正式签约落地。')).toEqual(['航天育种检测装备研发转化生产基地项目']);
    expect(found('今年，重大市政设施项目全面开工。')).toEqual([]);
    // A quoted word right before the place word is the proper part; before 项目 it is a slogan.
    expect(found('记者走进这座全国首个“风光储氢”码头。')).toEqual(['风光储氢码头']);
    expect(found('镇里发挥“金字招牌”品牌项目的带动作用。')).toEqual([]);
    // After a conjunction, the name is what follows it when that reads as a name.
    expect(found('签署合作备忘录和青岛啤酒文化创新基地协议。')).toEqual(['青岛啤酒文化创新基地']);
    // A 项目 a noun turns into a base is not the end of the name.
    expect(found('镇里有温泉、国家马术项目训练基地。')).toContain('国家马术项目训练基地');
    // After a verb, a place word names what is done: 巩固商圈.
    expect(found('以首发经济巩固商圈活力。')).toEqual([]);
  });

  it('reads the items of a list the text says are projects', () => {
    const found = (text: string) => discovered(article('l', '2026-03-02', [text])).sort();
    expect(found('新区核心区楼宇陆续封顶，朗格里中心、金狮塔双塔等项目开工建设。')).toEqual(['朗格里中心', '金狮塔双塔'].sort());
    expect(found('近年来，该县先后打造了巴洛冒险世界、石门山玻璃栈道等一批新的网红旅游打卡地。')).toEqual(['巴洛冒险世界', '石门山玻璃栈道'].sort());
    expect(found('签约项目共10个，包括金鹰集团临港物流枢纽、蓝湾国际医学综合体等。')).toContain('金鹰集团临港物流枢纽');
    // Not projects: categories, activities, institutions, titles, people.
    expect(found('完善中小学和幼儿园、交通基础设施、绿化景观工程等配套项目。')).toEqual([]);
    expect(found('镇里拥有全国首批休闲农业重点镇、国家林业产业强镇等品牌项目。')).toEqual([]);
    expect(found('已建成滨城医科大学、滨城第五中医附属医院等项目。')).toEqual([]);
    expect(found('王明、李华等人参观了项目。')).toEqual([]);
  });

  it('reads a branch named after a known park as part of it', () => {
    const a = article('t', '2026-03-02', ['天开团泊园新入驻企业二十家。']);
    expect(a.tags.projects).toEqual([
      { name: '天开团泊园', mentions: 1, discovered: true },
      { name: '天开高教科创园', mentions: 0 },
    ]);
    const { taxonomy: site } = mergeDiscovered([a], taxonomy);
    expect(site.projects.find((p) => p.name === '天开团泊园')).toMatchObject({ parent: 'tiankai-park', discovered: true });
  });

  it('gives a discovered project the place its name holds, else the one its articles share', () => {
    const named = article('n', '2026-03-02', ['东丽郊野公园今年迎客百万人次。']);
    const shared = article('m', '2026-03-03', ['宝坻区星河湾冷链物流中心项目开工。'], tagger);
    const { taxonomy: site } = mergeDiscovered([named, shared], taxonomy);
    expect(site.projects.find((p) => p.name === '东丽郊野公园')!.districts).toEqual(['dongli']);
    expect(site.projects.find((p) => p.name === '星河湾冷链物流中心项目')!.districts).toEqual(['baodi']);
  });

  it('reads a taxonomy project written another way as that project, not as a new one', () => {
    const a = article('b', '2026-03-02', ['玉湖冷链交易中心项目一直备受关注。']);
    expect(a.tags.projects).toEqual([{ name: '玉湖冷链（天津）交易中心', mentions: 1 }]);
  });

  it('merges spellings across articles into one project whose address depends on its name alone', () => {
    const one = article('c1', '2026-03-02', ['星河湾冷链(天津)物流中心项目昨日开工。']);
    const two = article('c2', '2026-04-10', ['星河湾冷链物流中心主体结构封顶,星河湾冷链物流中心将于年底投用。']);
    const three = article('c3', '2026-05-20', ['星河湾冷链物流中心迎来首批客户。']);
    const { articles, taxonomy: withFound } = mergeDiscovered([one, two, three], taxonomy);
    const found = withFound.projects.filter((p) => p.discovered);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ name: '星河湾冷链物流中心', discovered: true, kind: 'platform' });
    expect(found[0]!.aliases).toEqual(['星河湾冷链(天津)物流中心项目']);
    expect(articles.map((a) => discovered(a))).toEqual([['星河湾冷链物流中心'], ['星河湾冷链物流中心'], ['星河湾冷链物流中心']]);
    expect(articles[1]!.tags.projects[0]!.mentions).toBe(2);

    // Adding other files, or reading them in another order, does not move the page.
    const other = article('d', '2026-06-01', ['海棠湾数字产业园正式开园,海棠湾数字产业园首批企业入驻。']);
    const more = mergeDiscovered([other, three, one, two], taxonomy).taxonomy.projects.filter((p) => p.discovered);
    expect(more.find((p) => p.name === '星河湾冷链物流中心')!.slug).toBe(found[0]!.slug);
    expect(found[0]!.slug).toBe(projectSlug('星河湾冷链物流中心'));
    expect(found[0]!.slug).toMatch(/^xing-he-wan-leng-lian-wu-liu-zhong-[0-9a-f]{6}$/);
  });

  it('joins a short spelling to the one longer name it ends, not to two', () => {
    const short = article('e1', '2026-03-03', ['海棠湾数字产业园发布新政策。']);
    const gold = article('e2', '2026-03-04', ['金桥海棠湾数字产业园签约。']);
    const silver = article('e3', '2026-03-05', ['银河海棠湾数字产业园签约。']);
    const names = (list: Article[]) => mergeDiscovered(list, taxonomy).taxonomy.projects.filter((p) => p.discovered).map((p) => p.name).sort();
    expect(names([gold, short])).toEqual(['金桥海棠湾数字产业园']);
    expect(names([gold, short, silver])).toEqual(['海棠湾数字产业园', '金桥海棠湾数字产业园', '银河海棠湾数字产业园']);
    expect(projectKey('天津海棠湾数字产业园区')).toBe(projectKey('海棠湾数字产业园'));
  });

  it('keeps the page address when an editor promotes the project to projects.yml without a slug', () => {
    const promoted = parseTaxonomy([
      { path: 'districts.yml', text: '- slug: dongli\n  name: 东丽区\n  kind: district\n' },
      { path: 'industries.yml', text: '- slug: cold-chain\n  name: 冷链物流\n  source: 现代服务业\n  signals: [冷链]\n' },
      { path: 'projects.yml', text: '- name: 星河湾冷链物流中心\n  kind: platform\n  aliases: [星河湾冷链(天津)物流中心]\n' },
    ]);
    expect(promoted.projects[0]!.slug).toBe(projectSlug('星河湾冷链物流中心'));
    const withIt = createTagger(promoted);
    expect(article('f', '2026-03-02', ['星河湾冷链(天津)物流中心项目昨日开工。'], withIt).tags.projects).toEqual([{ name: '星河湾冷链物流中心', mentions: 1 }]);
  });

  it('never tags a name on the stop list, in any of its spellings', () => {
    const stopped = createTagger({ ...taxonomy, notProjects: ['星河湾冷链物流中心'] });
    expect(discovered(article('g', '2026-03-02', ['星河湾冷链(天津)物流中心项目昨日开工。'], stopped))).toEqual([]);
  });

  it('lists them for editors, most covered first, with dates, page and a sample sentence', () => {
    const list = [
      article('h1', '2026-05-20', ['海棠湾数字产业园正式开园。']),
      article('h2', '2026-03-02', ['星河湾冷链物流中心项目昨日开工,投资12亿元。']),
      article('h3', '2026-04-10', ['据悉,星河湾冷链物流中心将于年底投用。']),
    ];
    const candidates = discoverCandidates(mergeDiscovered(list, taxonomy).articles, taxonomy);
    expect(candidates.map((c) => [c.name, c.articles, c.first, c.last])).toEqual([
      ['星河湾冷链物流中心', ['h2', 'h3'], '2026-03-02', '2026-04-10'],
      ['海棠湾数字产业园', ['h1'], '2026-05-20', '2026-05-20'],
    ]);
    expect(candidates[0]).toMatchObject({ sample: '星河湾冷链物流中心项目昨日开工,投资12亿元。', source: 'h2.txt:10', slug: projectSlug('星河湾冷链物流中心') });
  });
});
