import { describe, expect, it } from 'vitest';
import { buildRelatedIndex, relatedArticles } from './related.ts';
import { makeArticle, tag } from '../../tests/fixtures/make-article.ts';

const base = makeArticle({ id: 'base', published: '2025-05-09', tags: { projects: [tag('117项目')], districts: [tag('西青区')], industries: [tag('具身智能')] } });
const sameProjectFar = makeArticle({ id: 'p-far', published: '2024-01-01', tags: { projects: [tag('117项目')] } });
const sameProjectNear = makeArticle({ id: 'p-near', published: '2025-05-20', tags: { projects: [tag('117项目')] } });
const sameProjectMoreTags = makeArticle({ id: 'p-tags', published: '2023-01-01', tags: { projects: [tag('117项目')], districts: [tag('西青区')] } });
const sameDistrict = makeArticle({ id: 'd', published: '2025-05-09', tags: { districts: [tag('西青区')], industries: [tag('具身智能')] } });
const sameIndustry = makeArticle({ id: 'i', published: '2025-05-09', tags: { industries: [tag('具身智能')] } });
const unrelated = makeArticle({ id: 'x', published: '2025-05-09', tags: { districts: [tag('南开区')] } });
const undated = makeArticle({ id: 'p-undated', published: null, tags: { projects: [tag('117项目')] } });

describe('related articles', () => {
  it('puts same project before same district before same industry, then shared tags, then closeness in time', () => {
    const related = relatedArticles(base, [unrelated, sameIndustry, sameDistrict, undated, sameProjectFar, sameProjectNear, sameProjectMoreTags, base], 10);
    expect(related.map((r) => r.article.id)).toEqual(['p-tags', 'p-near', 'p-far', 'p-undated', 'd', 'i']);
    expect(related[1]!.daysApart).toBe(11);
  });
  it('respects the limit', () => {
    expect(relatedArticles(base, [sameProjectFar, sameProjectNear, sameDistrict], 2).map((r) => r.article.id)).toEqual(['p-near', 'p-far']);
  });
});

describe('buildRelatedIndex', () => {
  it('offers exactly the articles that share a tag, whatever their date', () => {
    const a = makeArticle({ id: 'a', published: '2026-01-01', tags: { projects: [tag('117项目')] } });
    const b = makeArticle({ id: 'b', published: '2026-02-01', tags: { districts: [tag('河西区')] } });
    const c = makeArticle({ id: 'c', published: '2026-03-01', tags: { projects: [tag('117项目')], districts: [tag('河西区')] } });
    const { candidates } = buildRelatedIndex([a, b, c]);
    expect(candidates(c).map((x) => x.id).sort()).toEqual(['a', 'b', 'c']);
    expect(candidates(a).map((x) => x.id).sort()).toEqual(['a', 'c']);
  });
  it('ranks its candidates as relatedArticles does', () => {
    const articles = [sameProjectFar, sameProjectMoreTags, base, sameDistrict, sameIndustry, unrelated, sameProjectNear, undated];
    const index = buildRelatedIndex(articles);
    for (const article of articles) {
      expect(index.related(article, 3)).toEqual(relatedArticles(article, index.candidates(article), 3));
    }
    expect(index.related(base, 10).map((r) => r.article.id)).toEqual(['p-tags', 'p-near', 'p-far', 'p-undated', 'd', 'i']);
  });
});
