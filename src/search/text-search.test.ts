import { describe, expect, it } from 'vitest';
import { segmentText } from './segment.ts';
import { phraseRuns, searchText, verify, wordCount, type PagefindApi, type PagefindResponse, type PagefindSearchOptions } from './text-search.ts';

interface Doc {
  id: string;
  text: string;
  date: string;
  filters: Record<string, string[]>;
}

/**
 * Pagefind's observable behaviour on a segmented index, reduced: a quoted query
 * matches consecutive words (one location reported), an unquoted one needs every
 * word and reports all their locations; filters narrow, sort orders by a key.
 */
function fakePagefind(docs: Doc[], log: string[] = []): PagefindApi {
  const words = (text: string) => segmentText(text).split(/[\s，。、“”]+/).filter(Boolean);
  return {
    async search(query: string | null, options: PagefindSearchOptions = {}): Promise<PagefindResponse> {
      log.push(query ?? '');
      const q = query ?? '';
      const phrase = q.startsWith('"');
      const terms = q.replace(/"/g, '').split(' ').filter(Boolean);
      const pass = docs.filter((d) => Object.entries(options.filters ?? {}).every(([k, v]) => d.filters[k]?.includes(v)));
      const found = pass.flatMap((d) => {
        const w = words(d.text);
        let locations: number[] = [];
        if (phrase) {
          const at = w.findIndex((_, i) => terms.every((t, k) => w[i + k] === t));
          if (at !== -1) locations = terms.map((_, k) => at + k);
        } else if (terms.every((t) => w.includes(t))) {
          locations = w.flatMap((x, i) => (terms.includes(x) ? [i] : []));
        }
        return locations.length ? [{ d, locations }] : [];
      });
      if (options.sort?.date) found.sort((a, b) => (a.d.date < b.d.date ? 1 : -1));
      const counts: Record<string, Record<string, number>> = {};
      for (const { d } of found) for (const [k, vs] of Object.entries(d.filters)) for (const v of vs) ((counts[k] ??= {})[v] = (counts[k]![v] ?? 0) + 1);
      return {
        results: found.map(({ d, locations }) => ({
          id: d.id,
          score: 1,
          words: locations,
          data: async () => ({ url: `/articles/${d.id}/`, content: segmentText(d.text).trim().replace(/\s+/g, ' '), meta: { title: d.id }, filters: d.filters }),
        })),
        filters: counts,
        totalFilters: { district: { 东丽区: 1, 宝坻区: 1, 河西区: 1 } },
      };
    },
  };
}

const docs: Doc[] = [
  { id: 'yuhu', date: '2025-04-14', text: '北方首个一级冷链交易中心。玉湖冷链交易中心项目进展顺利，冷链食品流通。', filters: { district: ['东丽区'], year: ['2025'] } },
  { id: 'chain', date: '2026-01-01', text: '强化产业链招商，产业链供应链，冷链仓储。', filters: { district: ['河西区'], year: ['2026'] } },
  { id: 'comma', date: '2024-05-01', text: '天气寒冷，链条断裂。', filters: { district: ['宝坻区'], year: ['2024'] } },
  { id: 'eco', date: '2024-01-01', text: '生产生活生态空间格局，城市更新。', filters: { district: ['河西区'], year: ['2024'] } },
];

describe('searchText', () => {
  it('finds exactly the pages where the characters stand together, most occurrences first', async () => {
    const pf = fakePagefind(docs);
    const { results, counts } = await searchText(pf, ['冷链'], {}, 'relevance');
    // "寒冷，链条" passes the phrase search (punctuation is no word) and is dropped on verification.
    expect(results.map((r) => r.id)).toEqual(['yuhu', 'chain', 'comma']);
    const verified = await Promise.all(results.map((r) => verify(r, ['冷链'])));
    expect(verified.map((v) => v?.url ?? null)).toEqual(['/articles/yuhu/', '/articles/chain/', null]);
    expect(counts?.district).toEqual({ 东丽区: 1, 河西区: 1, 宝坻区: 1 });
  });

  it('does not match a name across words: 生态城 is not in "生态空间 … 城市"', async () => {
    const { results } = await searchText(fakePagefind(docs), ['生态城'], {}, 'relevance');
    expect(results).toEqual([]);
  });

  it('passes filters and the date order to Pagefind under the facet names', async () => {
    const log: string[] = [];
    const pf = fakePagefind(docs, log);
    const byDate = await searchText(pf, ['冷链'], {}, 'date');
    expect(byDate.results.map((r) => r.id)).toEqual(['chain', 'yuhu', 'comma']);
    const filtered = await searchText(pf, ['冷链'], { district: '东丽区' }, 'relevance');
    expect(filtered.results.map((r) => r.id)).toEqual(['yuhu']);
    expect(log).toContain('"冷 链"');
  });

  it('needs every term of a several-term query, and gives no counts it cannot know', async () => {
    const { results, counts, allValues } = await searchText(fakePagefind(docs), ['冷链', '招商'], {}, 'relevance');
    expect(results.map((r) => r.id)).toEqual(['chain']);
    expect(counts).toBeNull();
    expect(Object.keys(allValues.district)).toEqual(['东丽区', '宝坻区', '河西区']);
  });

  it('given the archive\'s facet values, offers them for the menus instead of counts from the filter index', async () => {
    const values = { district: ['东丽区', '河西区'], industry: [], project: [], year: ['2025'] };
    const { results, counts, allValues } = await searchText(fakePagefind(docs), ['冷链'], {}, 'relevance', values);
    expect(results.length).toBeGreaterThan(0);
    expect(counts).toBeNull();
    expect(allValues.district).toEqual({ 东丽区: 0, 河西区: 0 });
    expect(allValues.year).toEqual({ '2025': 0 });
  });
});

describe('phraseRuns', () => {
  it('counts runs of consecutive locations as long as the phrase', () => {
    expect(phraseRuns([3, 4, 10, 20, 21], 2)).toBe(2);
    expect(phraseRuns([1, 2, 3, 4], 2)).toBe(2);
    expect(phraseRuns([1, 3, 5], 2)).toBe(0);
    expect(phraseRuns([7], 1)).toBe(1);
  });

  it('knows how many index words a term becomes', () => {
    expect(wordCount('117项目')).toBe(3);
    expect(wordCount('冷链')).toBe(2);
  });
});
