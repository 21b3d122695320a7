import { describe, expect, it } from 'vitest';
import { buildNameIndex } from './name-index.ts';
import { applyFilter, facetCounts, facetOptions, hitsForEntries, sortHits } from './results.ts';
import { articles, taxonomy } from '../../tests/fixtures/search.ts';

const index = buildNameIndex(taxonomy, articles);
const entry = (name: string) => index.entries.find((e) => e.name === name)!;
const ids = (hits: { article: { id: string } }[]) => hits.map((h) => h.article.id);

describe('hitsForEntries', () => {
  it('lists each article once, most mentions first', () => {
    expect(ids(hitsForEntries(index, [entry('117项目')]))).toEqual(['a117-may', 'a117-jun']);
    const both = hitsForEntries(index, [entry('智能网联汽车'), entry('117项目')]);
    expect(ids(both)).toEqual(['a117-may', 'a117-jun', 'catarc']);
    expect(both.find((h) => h.article.id === 'a117-jun')!.mentions).toBe(6);
  });
});

describe('filters and order', () => {
  const hits = hitsForEntries(index, [entry('智能网联汽车'), entry('117项目'), entry('京津中关村科技城')]);

  it('keeps the articles carrying the selected value of each facet', () => {
    expect(ids(applyFilter(hits, { district: '宝坻区' }))).toEqual(['zgc']);
    expect(ids(applyFilter(hits, { year: '2025', industry: '智能网联汽车' }))).toEqual(['a117-jun']);
    expect(ids(applyFilter(hits, { project: '不存在' }))).toEqual([]);
  });

  it('sorts newest first with undated last, or keeps relevance order', () => {
    expect(ids(sortHits(hits, 'date'))).toEqual(['a117-jun', 'a117-may', 'zgc', 'catarc']);
    expect(ids(sortHits(hits, 'relevance'))).toEqual(ids(hits));
  });

  it('counts facet values, and offers each facet the values left by the other facets', () => {
    expect(facetCounts(hits).year).toEqual({ 2025: 3 });
    const options = facetOptions(hits, { district: '宝坻区', year: '2025' });
    // The district menu is narrowed by the year only: the undated article (东丽区) drops out.
    expect(options.district).toEqual({ 宝坻区: 1, 北京市: 1, 滨海新区: 1 });
    expect(facetOptions(hits, {}).district).toEqual({ 宝坻区: 1, 北京市: 1, 滨海新区: 1, 东丽区: 1 });
    expect(options.project).toEqual({ 京津中关村科技城: 1, 天开高教科创园: 1 });
  });
});
