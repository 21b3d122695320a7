import { describe, expect, it } from 'vitest';
import { buildArticlesExport, buildExportIndex, readArticlesExport } from './data-export.ts';
import { makeArticle } from '../../tests/fixtures/make-article.ts';

const site = { name: '测试站', url: 'https://example.org/' };
const articles = [
  makeArticle({ id: 'b', published: '2026-05-10' }),
  makeArticle({ id: 'u', published: null }),
  makeArticle({ id: 'a', published: '2025-12-31' }),
  makeArticle({ id: 'c', published: '2026-05-01' }),
];

describe('the data export', () => {
  it('has one file per month, oldest first, undated last, named in the index with counts', () => {
    const index = buildExportIndex(articles, site);
    expect(index.count).toBe(4);
    expect(index.parts).toEqual([
      { part: '2025-12', count: 1, url: 'https://example.org/data/articles/2025-12.json' },
      { part: '2026-05', count: 2, url: 'https://example.org/data/articles/2026-05.json' },
      { part: 'undated', count: 1, url: 'https://example.org/data/articles/undated.json' },
    ]);
  });

  it('gives back every record once when read through the index', () => {
    const files = new Map<string, string>([['/data/articles.json', JSON.stringify(buildExportIndex(articles, site))]]);
    files.set('/data/articles/2025-12.json', JSON.stringify(buildArticlesExport('2025-12', [articles[2]!], site)));
    files.set('/data/articles/2026-05.json', JSON.stringify(buildArticlesExport('2026-05', [articles[0]!, articles[3]!], site)));
    files.set('/data/articles/undated.json', JSON.stringify(buildArticlesExport('undated', [articles[1]!], site)));
    const read = readArticlesExport((path) => files.get(path)!);
    expect(read.map((r) => r.id)).toEqual(['a', 'c', 'b', 'u']);
    expect(read[0]!.url).toBe('https://example.org/articles/a/');
  });
});
