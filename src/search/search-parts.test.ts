import { describe, expect, it } from 'vitest';
import type { IndexedArticle, NameEntry, SearchData } from './model.ts';
import { hitsForEntries } from './results.ts';
import { mergeSearchData, ROWS_PER_FILE, rowPlace, splitSearchData } from './search-parts.ts';

const article = (id: string, date: string | null = null, districts: string[] = []): IndexedArticle => ({ id, url: `/articles/${id}/`, title: `题${id}`, date, districts, industries: [], projects: [] });
const entry = (name: string, hits: [number, number][]): NameEntry => ({ kind: 'projects', name, aliases: [], forms: [], url: null, count: hits.length, hits });
const data: SearchData = {
  articles: [article('a', '2024-03-01', ['河西区']), article('b', '2024-02-01'), article('c', '2024-01-01', ['南开区', '河西区']), article('d')],
  entries: [entry('甲', [[2, 3], [0, 1]]), entry('乙', [[1, 1], [3, 1]]), entry('丙', [])],
  chars: '',
};
const facetsOf = ({ date, districts, industries, projects }: IndexedArticle) => ({ date, districts, industries, projects });

describe('the search data in parts', () => {
  it('keeps no article list in the names file', () => {
    const { names } = splitSearchData(data);
    expect(names.entries.every((e) => e.hits.length === 0)).toBe(true);
    expect(names.entries.map((e) => e.count)).toEqual([2, 2, 0]);
    expect(names.total).toBe(4);
  });

  it('gives the same results from one entry’s file as from the whole index, with the facets a filter needs and no titles', () => {
    const files = splitSearchData(data);
    const merged = mergeSearchData(files.names, new Map([[0, files.hits[0]!]]));
    const fromFile = hitsForEntries(merged, [merged.entries[0]!]);
    const whole = hitsForEntries(data, [data.entries[0]!]);
    expect(fromFile.map((h) => [h.article, h.mentions])).toEqual(whole.map((h) => [facetsOf(h.article), h.mentions]));
    expect(merged.articles).toEqual([facetsOf(data.articles[0]!), facetsOf(data.articles[2]!)]);
    expect(merged.entries[1]!.hits).toEqual([]);
    expect(JSON.stringify(files.hits[0])).not.toContain('题');
  });

  it('finds each hit’s title, link and excerpt in the rows file its place in the entry points to', () => {
    const many: SearchData = { ...data, articles: Array.from({ length: ROWS_PER_FILE + 5 }, (_, i) => article(`x${i}`)), entries: [] };
    many.entries = [entry('丁', many.articles.map((_, i): [number, number] => [i, 1]).reverse())];
    const files = splitSearchData(many, (at) => `…文${at}…`);
    expect(files.rowFiles).toEqual([[0, 0], [0, 1]]);
    const merged = mergeSearchData(files.names, new Map([[0, files.hits[0]!]]));
    const last = merged.entries[0]!.hits.at(-1)![0];
    const [chunk, row] = rowPlace(merged.entries[0]!, last)!;
    expect(chunk).toBe(1);
    expect(files.rows(0, chunk)[row]).toEqual({ url: '/articles/x0/', title: '题x0', excerpt: '…文0…' });
  });

  it('keeps passing mentions out of the names file and brings their facets with the entry, their rows after the hits and without excerpts', () => {
    const withPassing: SearchData = { ...data, entries: [{ ...data.entries[0]!, passing: [3] }, data.entries[1]!, data.entries[2]!] };
    const files = splitSearchData(withPassing, () => '摘录');
    expect(files.names.entries[0]!.passing).toBeUndefined();
    const merged = mergeSearchData(files.names, new Map([[0, files.hits[0]!]]));
    expect(merged.entries[0]!.passing!.map((i) => merged.articles[i])).toEqual([facetsOf(data.articles[3]!)]);
    expect(files.rows(0, 0)).toEqual([
      { url: '/articles/c/', title: '题c', excerpt: '摘录' },
      { url: '/articles/a/', title: '题a', excerpt: '摘录' },
      { url: '/articles/d/', title: '题d' },
    ]);
  });
});
