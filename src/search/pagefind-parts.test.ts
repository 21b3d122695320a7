import { describe, expect, it } from 'vitest';
import { partitionByDate, partLabel, partMayHold, partsSpan, queryChunks, sortedAcrossParts, type IndexChunk } from './pagefind-parts.ts';
import type { PagefindApi, PagefindResponse, PagefindSearchOptions } from './text-search.ts';

const days = (dates: (string | null)[]) => dates.map((date, i) => ({ i, date }));
const keys = (items: { i: number; date: string | null }[], max: number) =>
  partitionByDate(items, (x) => x.date, max).map((p) => `${p.key}:${p.items.map((x) => x.i).join(',')}`);

describe('partitionByDate', () => {
  it('keeps an archive that fits as one part', () => {
    expect(keys(days(['2016-01-01', null]), 5)).toEqual(['all:0,1']);
  });

  it('splits by year, a large year by quarter, then by month; newest first, undated last', () => {
    const items = days(['2016-01-05', '2016-02-01', '2016-05-01', '2017-03-01', null, '2016-11-30', '2015-12-31']);
    expect(keys(items, 3)).toEqual(['2017:3', '2016-q4:5', '2016-q2:2', '2016-q1:0,1', '2015:6', 'undated:4']);
    expect(keys(days(['2016-01-01', '2016-01-02', '2016-02-01', '2017-01-01']), 1)).toEqual(['2017:3', '2016-02:2', '2016-01:0,1']);
  });
});

describe('sortedAcrossParts', () => {
  // A fake merged index whose sorted scores are places within a part, as Pagefind's are.
  const pages = [
    { id: 'a', part: '2017', date: '2017-01-02' },
    { id: 'b', part: '2017', date: '2017-01-01' },
    { id: 'c', part: '2016', date: '2016-12-31' },
    { id: 'd', part: '2016', date: '2016-01-01' },
  ];
  const calls: PagefindSearchOptions[] = [];
  const merged: PagefindApi = {
    search: async (_term, options) => {
      calls.push(options ?? {});
      const part = options?.filters?.part;
      const hits = pages.filter((p) => !part || p.part === part);
      const response: PagefindResponse = {
        results: hits.map((p) => ({ id: p.id, score: 1, words: [], data: async () => ({ url: p.id, content: '', meta: {}, filters: {} }) })),
        filters: { year: { [part ?? 'all']: hits.length } },
        totalFilters: { year: { all: 4 } },
      };
      return response;
    },
  };

  it('asks part by part under a sort and joins the answers newest part first', async () => {
    const api = sortedAcrossParts(merged, ['2017', '2016']);
    const sorted = await api.search(null, { sort: { date: 'desc' }, filters: { district: '河西区' } });
    expect(sorted!.results.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(sorted!.filters).toEqual({ year: { '2017': 2, '2016': 2 } });
    expect(sorted!.totalFilters).toEqual({ year: { all: 4 } });
    expect(calls.map((c) => c.filters)).toEqual([
      { district: '河西区', part: '2017' },
      { district: '河西区', part: '2016' },
    ]);
    calls.length = 0;
    await api.search('x', {});
    expect(calls).toEqual([{}]);
  });

  it('is the index itself when there is one part', () => {
    expect(sortedAcrossParts(merged, ['all'])).toBe(merged);
  });
});

describe('the parts a search has looked through', () => {
  it('rules out the parts of other years under a year filter, and never the whole index', () => {
    expect(['2017', '2016-q4', '2016-12', 'undated', 'all'].map((k) => partMayHold(k, '2016'))).toEqual([false, true, true, false, true]);
    expect(partMayHold('undated', null)).toBe(true);
  });

  it('names the span searched, oldest to newest, as the status line says it', () => {
    expect(partsSpan(['2017', '2016-12'])).toBe('2016年12月至2017年');
    expect(partsSpan(['2016-q4'])).toBe('2016年第四季度');
    expect(partsSpan(['2016', 'undated'])).toBe('2016年');
    expect(partLabel('undated')).toBe('日期不详');
  });
});

describe('queryChunks', () => {
  const chunks: IndexChunk[] = [
    ['0', 'z', 'latin'],
    ['一', '丝', 'first'],
    ['丞', '龥', 'second'],
    ['ｚ', '𠀀', 'wide'],
  ];

  it('names, per word, the first chunk whose range holds it, each chunk once', () => {
    expect(queryChunks(chunks, '"一 丞 龥 一"')).toEqual(['first', 'second']);
    expect(queryChunks(chunks, '5G 技 术')).toEqual(['latin', 'second']);
  });

  it('reads the words as Pagefind does: no punctuation, lower case, by code point', () => {
    expect(queryChunks(chunks, '“丝”， （AI）')).toEqual(['first', 'latin']);
    // U+20000 sorts after U+FF5A by code point (and in Pagefind's UTF-8), though not by UTF-16 unit.
    expect(queryChunks(chunks, '𠀀')).toEqual(['wide']);
    expect(queryChunks(chunks, '')).toEqual([]);
  });
});
