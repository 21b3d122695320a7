import { describe, expect, it } from 'vitest';
import { displayTitle, excerpt, headlineNote, groupByMonth, groupByYear, papersByDate, prevNext, sortChronological, sortNewestFirst } from './articles.ts';
import { makeArticle } from '../../tests/fixtures/make-article.ts';

const a = makeArticle({ id: 'a', file: '1.txt', order: 0, published: '2025-05-09' });
const b = makeArticle({ id: 'b', file: '1.txt', order: 1, published: '2025-05-09' });
const c = makeArticle({ id: 'c', file: '2.txt', order: 0, published: '2025-06-12' });
const d = makeArticle({ id: 'd', file: '3.txt', order: 0, published: '2024-12-31' });
const undated = makeArticle({ id: 'u', file: '0.txt', order: 0, published: null });

describe('article order', () => {
  it('sorts oldest first with a page in reading order and undated last', () => {
    expect(sortChronological([undated, c, b, a, d]).map((x) => x.id)).toEqual(['d', 'a', 'b', 'c', 'u']);
  });
  it('sorts newest first, keeping reading order within a day and undated last', () => {
    expect(sortNewestFirst([undated, a, d, b, c]).map((x) => x.id)).toEqual(['c', 'a', 'b', 'd', 'u']);
  });
  it('gives the neighbours in time', () => {
    const all = sortChronological([a, b, c, d]);
    expect(prevNext(b, all)).toEqual({ prev: a, next: c });
    expect(prevNext(d, all).prev).toBeNull();
    expect(prevNext(c, all).next).toBeNull();
  });
});

describe('grouping', () => {
  it('groups by month, newest first, undated last', () => {
    const groups = groupByMonth([a, b, c, d, undated]);
    expect(groups.map((g) => [g.month, g.articles.map((x) => x.id)])).toEqual([
      ['2025-06', ['c']],
      ['2025-05', ['a', 'b']],
      ['2024-12', ['d']],
      [null, ['u']],
    ]);
  });
  it('groups months into years with counts', () => {
    const years = groupByYear([a, b, c, d, undated]);
    expect(years.map((y) => [y.year, y.count, y.months.length])).toEqual([
      ['2025', 3, 2],
      ['2024', 1, 1],
      [null, 1, 1],
    ]);
  });
  it('lists papers (files) newest first with their articles in reading order', () => {
    const papers = papersByDate([b, c, a, d]);
    expect(papers.map((p) => [p.file, p.published, p.articles.map((x) => x.id)])).toEqual([
      ['2.txt', '2025-06-12', ['c']],
      ['1.txt', '2025-05-09', ['a', 'b']],
      ['3.txt', '2024-12-31', ['d']],
    ]);
  });
});

describe('titles and excerpts', () => {
  it('uses the title when there is one', () => {
    expect(displayTitle(a)).toBe('标题');
  });
  it('names a headless brief by its lead, marked as made', () => {
    const brief = makeArticle({ title: null, paragraphs: [{ kind: 'text', text: '昨天，和平区召开营商环境推进会，部署今年重点任务和项目建设安排。', line: 1 }] });
    expect(displayTitle(brief)).toBe('昨天，和平区召开营商环境推进会…');
    expect(headlineNote(brief)).not.toBeNull();
    expect(headlineNote(a)).toBeNull();
  });
  it('titles a headless photo item 图片新闻, without a note', () => {
    const caption = makeArticle({ title: null, paragraphs: [{ kind: 'caption', text: '4月10日，市民在河东区公园赏花。', line: 1 }] });
    expect(displayTitle(caption)).toBe('图片新闻');
    expect(headlineNote(caption)).toBeNull();
  });
  it('cuts excerpts on whole characters', () => {
    const article = makeArticle({ paragraphs: [{ kind: 'subhead', text: '小标题', line: 1 }, { kind: 'text', text: '𠀀天津港', line: 2 }] });
    expect(excerpt(article, 2)).toBe('𠀀天…');
    expect(excerpt(article)).toBe('𠀀天津港');
    // A lone surrogate counts as one character, as Array.from counts it.
    const lone = makeArticle({ paragraphs: [{ kind: 'text', text: '\ud800天\udc00😀津', line: 1 }] });
    expect(excerpt(lone, 3)).toBe('\ud800天\udc00…');
    expect(excerpt(lone, 4)).toBe('\ud800天\udc00😀…');
    expect(excerpt(lone, 5)).toBe('\ud800天\udc00😀津');
  });
});
