import { describe, expect, it } from 'vitest';
import { entryArticles, facetValues } from './model.ts';
import { buildNameIndex } from './name-index.ts';
import { articles, taxonomy } from '../../tests/fixtures/search.ts';
import { makeArticle, tag } from '../../tests/fixtures/make-article.ts';

const index = buildNameIndex(taxonomy, articles);
const find = (name: string) => index.entries.find((e) => e.name === name)!;

describe('buildNameIndex', () => {
  it('lists the articles newest first, undated last, with their URL, title, date and tag names', () => {
    expect(index.articles.map((a) => a.id)).toEqual(['a117-jun', 'a117-may', 'zgc', 'catarc']);
    expect(index.articles[2]).toEqual({
      id: 'zgc',
      url: '/articles/zgc/',
      title: '京津中关村科技城推介会暨重点项目签约仪式在京举行',
      date: '2025-03-01',
      districts: ['宝坻区', '北京市', '滨海新区'],
      industries: [],
      projects: ['京津中关村科技城', '天开高教科创园'],
    });
  });

  it('gives a project its page, aliases, Traditional forms and exactly the articles tagged with it', () => {
    const p = find('117项目');
    expect(p).toMatchObject({ kind: 'projects', url: '/projects/project-117/', aliases: ['117大厦'], count: 2 });
    expect(p.forms).toEqual(expect.arrayContaining(['117項目', '117大廈']));
    expect(entryArticles(index, p).map((a) => a.id)).toEqual(['a117-may', 'a117-jun']);
  });

  it('lists the stories of a park’s parts under the park, and not the other way round', () => {
    const withChild = {
      ...taxonomy,
      projects: [
        ...taxonomy.projects,
        { slug: 'tiankai-hexi', name: '天开河西园', kind: 'park' as const, aliases: [], districts: [], industries: [], parent: 'tiankai-park', not: [], description: null },
      ],
    };
    const hexi = makeArticle({ id: 'hexi', title: '天开河西园揭牌', published: '2025-07-01', tags: { projects: [tag('天开河西园', 4)] } });
    const family = buildNameIndex(withChild, [...articles, hexi]);
    const entryOf = (name: string) => family.entries.find((e) => e.name === name)!;
    expect(entryArticles(family, entryOf('天开高教科创园')).map((a) => a.id)).toEqual(['hexi', 'zgc']);
    expect(entryArticles(family, entryOf('天开河西园')).map((a) => a.id)).toEqual(['hexi']);
  });

  it('lists apart the articles that name an entity only in passing, and never a look-alike phrase', () => {
    const passing = makeArticle({
      id: 'passing',
      title: '管委会召开会议',
      published: '2025-08-01',
      paragraphs: [{ kind: 'text', text: '市天开高教科创园管理委员会、东丽区有关部门参加会议。', line: 2 }],
    });
    const withPassing = buildNameIndex(taxonomy, [...articles, passing]);
    const entryOf = (name: string) => withPassing.entries.find((e) => e.name === name)!;
    const at = withPassing.articles.findIndex((a) => a.id === 'passing');
    expect(entryOf('天开高教科创园').passing).toEqual([at]);
    expect(entryArticles(withPassing, entryOf('天开高教科创园')).map((a) => a.id)).not.toContain('passing');
    // Tagged articles are not repeated as passing mentions.
    expect(entryOf('117项目').passing).toBeUndefined();
  });

  it('orders an entry’s articles by mentions, then newest first', () => {
    expect(entryArticles(index, find('智能网联汽车')).map((a) => a.id)).toEqual(['catarc', 'a117-jun']);
  });

  it('leaves out articles whose tag is only implied (no mention), while their facets keep it', () => {
    expect(find('滨海新区')).toMatchObject({ count: 0, hits: [] });
    expect(index.articles.find((a) => a.id === 'zgc')!.districts).toContain('滨海新区');
  });

  it('keeps taxonomy entries that no article mentions, with a count of zero', () => {
    expect(find('冷链物流')).toMatchObject({ kind: 'industries', url: '/industries/cold-chain/', count: 0, hits: [] });
  });

  it('adds tagged people, and tags the taxonomy gives no page, without a URL', () => {
    expect(find('陈敏尔')).toMatchObject({ kind: 'people', url: null, count: 2, forms: ['陳敏爾'] });
    // 北京市 is an "other-place": tagged so the tagger does not mistake it, but it has no page.
    expect(find('北京市')).toMatchObject({ kind: 'districts', url: null, count: 1, aliases: [] });
  });

  it('does not make industry signals into names', () => {
    expect(find('冷链物流').aliases).toEqual([]);
  });

  it('orders entries by kind, then coverage, then name, and is byte-identical for the same input', () => {
    const kinds = index.entries.map((e) => e.kind);
    expect(kinds).toEqual([...kinds].sort((a, b) => ['projects', 'districts', 'industries', 'people'].indexOf(a) - ['projects', 'districts', 'industries', 'people'].indexOf(b)));
    expect(index.entries[0]!.name).toBe('117项目');
    expect(JSON.stringify(buildNameIndex(taxonomy, [...articles].reverse()))).toBe(JSON.stringify(index));
  });

  it('gives each article its facet values, with the year of its date', () => {
    const zgc = index.articles.find((a) => a.id === 'zgc')!;
    expect(facetValues(zgc, 'year')).toEqual(['2025']);
    expect(facetValues(zgc, 'district')).toEqual(['宝坻区', '北京市', '滨海新区']);
    expect(facetValues(index.articles.find((a) => a.id === 'catarc')!, 'year')).toEqual([]);
  });
});
