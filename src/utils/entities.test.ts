import { describe, expect, it } from 'vitest';
import { buildEntityIndex, indexOrder, mostCovered, relatedEntities, type EntityEntry } from './entities.ts';
import { makeArticle, tag } from '../../tests/fixtures/make-article.ts';

const entry = (e: Partial<EntityEntry> & Pick<EntityEntry, 'kind' | 'slug' | 'name'>): EntityEntry => ({
  aliases: [],
  not: [],
  type: null,
  description: null,
  parent: null,
  districts: [],
  industries: [],
  ...e,
});

const entries: EntityEntry[] = [
  entry({ kind: 'projects', slug: 'p117', name: '117项目', districts: ['xiqing'], industries: ['ai'] }),
  entry({ kind: 'projects', slug: 'tiankai', name: '天开高教科创园', districts: ['nankai'] }),
  entry({ kind: 'districts', slug: 'xiqing', name: '西青区' }),
  entry({ kind: 'districts', slug: 'nankai', name: '南开区' }),
  entry({ kind: 'districts', slug: 'binhai', name: '滨海新区' }),
  entry({ kind: 'districts', slug: 'eco', name: '中新天津生态城', parent: 'binhai' }),
  entry({ kind: 'industries', slug: 'ai', name: '人工智能' }),
  entry({ kind: 'industries', slug: 'robots', name: '具身智能' }),
];

const a1 = makeArticle({ id: 'a1', published: '2025-05-09', tags: { projects: [tag('117项目', 5)], districts: [tag('西青区')], industries: [tag('具身智能', 2)] } });
const a2 = makeArticle({ id: 'a2', published: '2025-06-12', tags: { projects: [tag('117项目', 2)], districts: [tag('南开区')] } });
const a3 = makeArticle({ id: 'a3', published: '2025-06-20', tags: { projects: [tag('天开高教科创园')], districts: [tag('南开区'), tag('不存在区')] } });

describe('entity index', () => {
  const index = buildEntityIndex(entries, [a1, a2, a3]);

  it('joins articles to entities by canonical name, newest first, with mentions and months', () => {
    const p = index.get('projects', 'p117')!;
    expect(p.articles.map((a) => a.id)).toEqual(['a2', 'a1']);
    expect(p.mentions).toBe(7);
    expect([...p.monthly]).toEqual([
      ['2025-06', 1],
      ['2025-05', 1],
    ]);
    expect(index.byName('districts', '南开区')?.slug).toBe('nankai');
  });

  it('reports tags that name no taxonomy entry', () => {
    expect(index.unknownTags).toEqual([{ kind: 'districts', name: '不存在区' }]);
  });

  it('ranks the most covered and leaves out the never reported', () => {
    expect(mostCovered(index.all.districts, 5).map((e) => e.slug)).toEqual(['nankai', 'xiqing']);
    // Unreported ones follow by name in code-point order: 中 (U+4E2D) before 滨 (U+6EE8).
    expect(indexOrder(index.all.districts).map((e) => e.slug)).toEqual(['nankai', 'xiqing', 'eco', 'binhai']);
  });

  it('relates a project to its declared districts and industries, then to co-reported ones', () => {
    const related = relatedEntities(index.get('projects', 'p117')!, index);
    expect(related.districts.map((r) => [r.slug, r.declared, r.shared])).toEqual([
      ['xiqing', true, 1],
      ['nankai', false, 1],
    ]);
    expect(related.industries.map((r) => [r.slug, r.declared, r.shared])).toEqual([
      ['ai', true, 0],
      ['robots', false, 1],
    ]);
    expect(related.projects).toEqual([]);
  });

  it('relates a district to the projects and zones inside it', () => {
    expect(relatedEntities(index.get('districts', 'nankai')!, index).projects.map((r) => r.slug)).toEqual(['tiankai', 'p117']);
    expect(relatedEntities(index.get('districts', 'binhai')!, index).districts.map((r) => r.slug)).toEqual(['eco']);
    expect(relatedEntities(index.get('districts', 'eco')!, index).districts.map((r) => r.slug)).toEqual(['binhai']);
  });
});

describe('parents and children', () => {
  const family: EntityEntry[] = [
    entry({ kind: 'projects', slug: 'tiankai', name: '天开高教科创园' }),
    entry({ kind: 'projects', slug: 'tiankai-hexi', name: '天开河西园', parent: 'tiankai' }),
    entry({ kind: 'industries', slug: 'aerospace', name: '航空航天' }),
    entry({ kind: 'industries', slug: 'space', name: '商业航天', parent: 'aerospace' }),
  ];
  const hexi = makeArticle({ id: 'hexi', published: '2025-06-01', tags: { projects: [tag('天开河西园', 3)] } });
  const both = makeArticle({ id: 'both', published: '2025-06-02', tags: { projects: [tag('天开河西园', 1), tag('天开高教科创园', 2)] } });
  const rocket = makeArticle({ id: 'rocket', published: '2025-06-03', tags: { industries: [tag('商业航天', 2)] } });
  const index = buildEntityIndex(family, [hexi, both, rocket]);

  it('lists a child’s stories on its parent’s page, each once, and links both ways', () => {
    const park = index.get('projects', 'tiankai')!;
    expect(park.articles.map((a) => a.id)).toEqual(['both', 'hexi']);
    expect(park.children.map((c) => c.slug)).toEqual(['tiankai-hexi']);
    expect(index.get('projects', 'tiankai-hexi')!.articles.map((a) => a.id)).toEqual(['both', 'hexi']);
    expect(index.get('industries', 'aerospace')!.articles.map((a) => a.id)).toEqual(['rocket']);
    expect(relatedEntities(park, index).projects).toContainEqual(expect.objectContaining({ slug: 'tiankai-hexi', declared: true }));
    expect(relatedEntities(index.get('industries', 'space')!, index).industries).toContainEqual(expect.objectContaining({ slug: 'aerospace', declared: true }));
  });
});
