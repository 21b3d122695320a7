import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../tests/fixtures/make-article.ts';
import { buildPaperIndex, calendarWeeks, formatPage } from './paper-issues.ts';

describe('formatPage', () => {
  it('reads page numbers the way the paper prints them', () => {
    expect(formatPage('1')).toBe('第1版');
    expect(formatPage('03')).toBe('第3版');
    expect(formatPage('A03')).toBe('A03版');
    expect(formatPage('第5版')).toBe('第5版');
    expect(formatPage(null)).toBe('未注明版次');
  });
});

describe('buildPaperIndex', () => {
  const a = (id: string, over: Parameters<typeof makeArticle>[0]) => makeArticle({ id, ...over });
  const articles = [
    a('p10-a', { file: 'f3.txt', page: '10', order: 0 }),
    a('p2-b', { file: 'f2.txt', page: '2', order: 1 }),
    a('p2-a', { file: 'f2.txt', page: '2', order: 0 }),
    a('web', { file: 'w.txt', source: '北方网', page: null }),
    a('old', { file: 'f0.txt', published: '2025-04-30', page: '1' }),
    a('nodate', { file: 'x.txt', published: null }),
    a('u1', { file: 'u1.txt', page: null, published: '2025-04-30' }),
    a('u2', { file: 'u2.txt', page: null, published: '2025-04-30' }),
  ];
  const index = buildPaperIndex(articles);

  it('lists days newest first with undated last', () => {
    expect(index.days.map((d) => d.date)).toEqual(['2025-05-10', '2025-04-30', null]);
    expect(index.days.map((d) => d.path)).toEqual(['/papers/2025-05-10/', '/papers/2025-04-30/', '/papers/undated/']);
  });

  it('orders papers by name and pages by number, stories in reading order', () => {
    const day = index.day('2025-05-10')!;
    expect(day.issues.map((i) => i.source)).toEqual(['北方网', '天津日报']);
    const paper = day.issues[1]!;
    expect(paper.pages.map((p) => p.label)).toEqual(['第2版', '第10版']);
    expect(paper.pages[0]!.articles.map((x) => x.id)).toEqual(['p2-a', 'p2-b']);
  });

  it('keeps unnumbered files apart and links every article to its page', () => {
    const paper = index.day('2025-04-30')!.issues[0]!;
    expect(paper.pages.map((p) => p.label)).toEqual(['第1版', '未注明版次（1）', '未注明版次（2）']);
    const where = index.pageOf(articles[1]!)!;
    expect(where.href).toMatch(/^\/papers\/2025-05-10\/#p-[0-9a-f]{8}$/);
    expect(where.page.articles).toHaveLength(2);
  });

  it('gives an anchor that does not move when other papers are added', () => {
    const more = buildPaperIndex([...articles, a('new', { file: 'zz.txt', source: '今晚报', page: '1' })]);
    expect(more.pageOf(articles[0]!)!.href).toBe(index.pageOf(articles[0]!)!.href);
  });

  it('counts stories per day in the month calendar', () => {
    const may = index.months.find((m) => m.month === '2025-05')!;
    expect(may.days.get(10)).toBe(4);
  });
});

describe('calendarWeeks', () => {
  it('starts weeks on Monday and pads both ends', () => {
    // 2025-05-01 is a Thursday; May has 31 days.
    const weeks = calendarWeeks({ month: '2025-05', days: new Map([[10, 2]]) });
    expect(weeks[0]!.slice(0, 3)).toEqual([null, null, null]);
    expect(weeks[0]![3]).toEqual({ day: 1, count: 0 });
    expect(weeks[1]![5]).toEqual({ day: 10, count: 2 });
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    expect(weeks.flat().filter((c) => c !== null)).toHaveLength(31);
  });
});
