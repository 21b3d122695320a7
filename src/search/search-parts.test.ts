import { describe, expect, it } from 'vitest';
import type { IndexedArticle, NameEntry, SearchData } from './model.ts';
import { hitsForEntries } from './results.ts';
import { mergeSearchData, splitSearchData } from './search-parts.ts';

const article = (id: string): IndexedArticle => ({ id, url: `/articles/${id}/`, title: id, date: null, districts: [], industries: [], projects: [] });
const entry = (name: string, hits: [number, number][]): NameEntry => ({ kind: 'projects', name, aliases: [], forms: [], url: null, count: hits.length, hits });
const data: SearchData = {
  articles: ['a', 'b', 'c', 'd'].map(article),
  entries: [entry('甲', [[2, 3], [0, 1]]), entry('乙', [[1, 1], [3, 1]]), entry('丙', [])],
  chars: '',
};

describe('the search data in parts', () => {
  it('keeps no article list in the names file', () => {
    const { names } = splitSearchData(data);
    expect(names.entries.every((e) => e.hits.length === 0)).toBe(true);
    expect(names.entries.map((e) => e.count)).toEqual([2, 2, 0]);
    expect(names.total).toBe(4);
  });

  it('gives the same results from one entry’s file as from the whole index', () => {
    const files = splitSearchData(data);
    const merged = mergeSearchData(files.names, new Map([[1, files.hits[1]!]]));
    expect(hitsForEntries(merged, [merged.entries[1]!])).toEqual(hitsForEntries(data, [data.entries[1]!]));
    expect(merged.articles.map((a) => a.id)).toEqual(['b', 'd']);
    expect(merged.entries[0]!.hits).toEqual([]);
  });

  it('is the whole index again with every file', () => {
    const files = splitSearchData(data);
    expect(mergeSearchData(files.names, new Map(files.hits.map((h, n) => [n, h])), files.articles)).toEqual(data);
  });

  it('keeps passing mentions out of the names file and brings their articles with the entry', () => {
    const withPassing: SearchData = { ...data, entries: [{ ...data.entries[0]!, passing: [3] }, data.entries[1]!, data.entries[2]!] };
    const files = splitSearchData(withPassing);
    expect(files.names.entries[0]!.passing).toBeUndefined();
    const merged = mergeSearchData(files.names, new Map([[0, files.hits[0]!]]));
    expect(merged.entries[0]!.passing!.map((i) => merged.articles[i]!.id)).toEqual(['d']);
    expect(mergeSearchData(files.names, new Map(files.hits.map((h, n) => [n, h])), files.articles)).toEqual(withPassing);
  });
});
