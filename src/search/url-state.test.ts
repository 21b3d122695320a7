import { describe, expect, it } from 'vitest';
import { parseSearchState, searchStateUrl } from './url-state.ts';

describe('search state in the URL', () => {
  it('reads the query, one value per facet and the order', () => {
    const state = parseSearchState(new URLSearchParams('q=117%E9%A1%B9%E7%9B%AE&district=%E5%AE%9D%E5%9D%BB%E5%8C%BA&year=2025&sort=date&x=1'));
    expect(state).toEqual({ q: '117项目', filter: { district: '宝坻区', year: '2025' }, sort: 'date' });
  });

  it('defaults to relevance and drops empty parameters', () => {
    expect(parseSearchState(new URLSearchParams('q=&district=&sort=bogus'))).toEqual({ q: '', filter: {}, sort: 'relevance' });
  });

  it('writes a canonical URL that reads back the same', () => {
    const state = { q: '天開園', filter: { year: '2024', project: '天开高教科创园' }, sort: 'date' as const };
    const url = searchStateUrl(state);
    expect(url).toBe('/search/?q=%E5%A4%A9%E9%96%8B%E5%9C%92&project=%E5%A4%A9%E5%BC%80%E9%AB%98%E6%95%99%E7%A7%91%E5%88%9B%E5%9B%AD&year=2024&sort=date');
    expect(parseSearchState(new URL(url, 'http://x').searchParams)).toEqual(state);
    expect(searchStateUrl({ q: '', filter: {}, sort: 'relevance' })).toBe('/search/');
  });
});
