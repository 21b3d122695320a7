import { describe, expect, it } from 'vitest';
import { editDistance, matchNames, similarity, suggestNames } from './match-names.ts';
import { buildNameIndex } from './name-index.ts';
import { buildCharMap } from './traditional.ts';
import { articles, taxonomy } from '../../tests/fixtures/search.ts';

const index = buildNameIndex(taxonomy, articles);
const chars = buildCharMap(index.entries.flatMap((e) => [e.name, ...e.aliases]));
const names = (list: { name: string }[]) => list.map((e) => e.name);
const match = (q: string) => matchNames(index.entries, q, chars);

describe('matchNames: exact', () => {
  it('finds an entity by its canonical name or an alias', () => {
    expect(names(match('117项目').exact)).toEqual(['117项目']);
    expect(names(match('117大厦').exact)).toEqual(['117项目']);
    expect(names(match('宝坻').exact)).toEqual(['宝坻区']);
    expect(names(match('生态城').exact)).toEqual(['中新天津生态城']);
  });

  it('finds it in Traditional characters, from the precomputed forms or through the character table', () => {
    expect(names(match('天開園').exact)).toEqual(['天开高教科创园']);
    expect(names(match('寶坻').exact)).toEqual(['宝坻区']);
    expect(names(match('陳敏爾').exact)).toEqual(['陈敏尔']);
    // A mix of scripts is no form OpenCC produces; the table still converts it.
    expect(names(matchNames(index.entries, '寶坻区', chars).exact)).toEqual(['宝坻区']);
  });

  it('ignores width, case, spacing quotes and surrounding space', () => {
    expect(names(match(' “１１７项目” ').exact)).toEqual(['117项目']);
  });

  it('answers an exact match alone, without partial ones', () => {
    const m = match('宝坻');
    expect(m.partial).toEqual([]);
    expect(m.named).toEqual([]);
  });
});

describe('matchNames: partial', () => {
  it('offers the entities whose name contains a query of two or more characters, most-covered first', () => {
    expect(names(match('京津中关村').partial)).toEqual(['京津中关村科技城']);
    expect(names(match('智能網聯').partial)).toEqual(['智能网联汽车', '中汽中心智能网联科创基地']);
    expect(match('智能網聯').exact).toEqual([]);
  });

  it('never matches a single character partially', () => {
    expect(match('城')).toEqual({ exact: [], named: [], partial: [] });
  });

  it('finds nothing for words that are no part of any name', () => {
    expect(match('招商')).toEqual({ exact: [], named: [], partial: [] });
    expect(match('')).toEqual({ exact: [], named: [], partial: [] });
  });
});

describe('matchNames: several terms', () => {
  it('names the entities that single terms name, without narrowing the query to them', () => {
    const m = match('117项目 招商');
    expect(m.exact).toEqual([]);
    expect(names(m.named)).toEqual(['117项目']);
  });
});

describe('suggestNames', () => {
  it('suggests names one character off, or sharing most characters', () => {
    expect(names(suggestNames(index.entries, '天开员', chars))).toContain('天开高教科创园');
    expect(names(suggestNames(index.entries, '宝底区', chars))[0]).toBe('宝坻区');
    expect(names(suggestNames(index.entries, '中关村科技城', chars))[0]).toBe('京津中关村科技城');
  });

  it('suggests nothing for a query that shares little with any name', () => {
    expect(suggestNames(index.entries, '循环经济', chars)).toEqual([]);
  });
});

describe('similarity', () => {
  it('is 1 for equal strings, 0 without a shared character', () => {
    expect(similarity('东丽区', '东丽区')).toBe(1);
    expect(similarity('冷链', '宝坻')).toBe(0);
    expect(editDistance([...'宝坻区'], [...'宝底区'])).toBe(1);
  });
});
