import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../tests/fixtures/make-article.ts';
import { pagefindRecord } from './pagefind-record.ts';

const toSimplified = (t: string): string => t.replace(/開/g, '开').replace(/園/g, '园');

describe('pagefindRecord', () => {
  it('indexes the text a reader sees, one Han character per word, with the page’s filters and metadata', () => {
    const article = makeArticle({
      id: 'x-1',
      kicker: '聚焦',
      title: '冷链中心开工',
      dateline: '本报讯',
      published: '2026-05-10',
      paragraphs: [
        { kind: 'text', text: '东丽区冷链项目开工。', line: 3 },
        { kind: 'subhead', text: '加快建设', line: 4 },
      ],
      tags: { projects: [], districts: [{ name: '东丽区', mentions: 1 }], industries: [], organizations: [], people: [{ name: '林海川', mentions: 1 }] },
    });
    const record = pagefindRecord(article, toSimplified);
    expect(record.url).toBe('/articles/x-1/');
    expect(record.content).toBe('聚 焦. 冷 链 中 心 开 工. 本 报 讯 东 丽 区 冷 链 项 目 开 工 。 加 快 建 设');
    // The facets only: people are searched through the name index, not filtered by.
    expect(record.filters).toEqual({ district: ['东丽区'], year: ['2026'] });
    expect(record.sort).toEqual({ date: '2026-05-10' });
    expect(record.meta).toEqual({ title: '冷链中心开工', date: '2026-05-10' });
  });

  it('indexes a Traditional source in Simplified, the script queries are converted to', () => {
    const article = makeArticle({ title: '天開園', script: 'hant', paragraphs: [{ kind: 'text', text: '天開園開放', line: 1 }] });
    expect(pagefindRecord(article, toSimplified).content).toBe('天 开 园. 天 开 园 开 放');
  });
});
