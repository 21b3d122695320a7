/**
 * The bodies and related lists a build makes ahead on the worker thread are the ones a page
 * would make itself: same HTML (entity links, kept names, Traditional spellings), same related
 * articles in the same order; a page the build skipped or did not announce makes its own.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { makeArticle, tag } from '../../tests/fixtures/make-article.ts';
import { sortChronological } from '../utils/articles.ts';
import { buildEntityIndex } from '../utils/entities.ts';
import { linkEntries as entries } from '../../tests/fixtures/entity-entries.ts';
import { buildRelatedIndex } from '../utils/related.ts';
import { announceArticles, articleParts, closeArticleService, openArticleService } from './article-ahead.ts';
import { createArticlePool, type ArticlePool } from './article-ahead-pool.ts';

const projects = [[tag('天开高教科创园')], []];
const districts = [[tag('南开区')], [tag('西青区')], [tag('南开区'), tag('西青区')]];
const industries = [[tag('生物医药')], []];

// 150 articles over ten months, tagged in turn, some printed in Traditional, some with a reporter named in the text.
const articles = sortChronological(
  Array.from({ length: 150 }, (_, i) =>
    makeArticle({
      id: `a-${String(i).padStart(3, '0')}`,
      order: i,
      published: i % 37 === 5 ? null : `2025-${String((i % 10) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      script: i % 9 === 0 ? 'hant' : 'hans',
      dateline: i % 4 === 0 ? '本报讯（记者 王小明）' : null,
      reporters: i % 4 === 0 ? ['王小明'] : [],
      paragraphs: [
        { kind: 'text', text: i % 9 === 0 ? `南開大學師生走進天開園，天津市南開區第${i}次發展生物醫藥。` : `南开大学师生走进天开园，天津市南开区和西青区第${i}次发展生物医药，王小明报道。`, line: 2 },
        { kind: 'subhead', text: '天开园里的新事', line: 3 },
      ],
      tags: { projects: projects[i % 2]!, districts: districts[i % 3]!, industries: industries[i % 5 === 0 ? 1 : 0]! },
    }),
  ),
);
const byId = new Map(articles.map((a) => [a.id, a]));
const entities = buildEntityIndex(entries, articles);
const index = buildRelatedIndex(articles);
const site = { articles, byId, entities, related: index.related };

let pool: ArticlePool | null = null;
afterEach(async () => {
  closeArticleService();
  await pool?.close();
  pool = null;
});

/** What the page makes when no build opened the service. */
const inPage = (id: string) => articleParts(byId.get(id)!, site);

describe('article bodies and related lists made ahead', () => {
  it('gives each announced page what it would make itself, from the worker', async () => {
    const mine = await Promise.all(articles.map((a) => inPage(a.id)));
    expect(mine.some((m) => m.body.includes('class="entity-link"'))).toBe(true);
    expect(mine.every((m) => m.related.length === 6)).toBe(true);
    const warnings: string[] = [];
    pool = createArticlePool((m) => warnings.push(m));
    openArticleService(pool);
    announceArticles(site);
    for (const [i, article] of articles.entries()) {
      const made = await articleParts(article, site);
      expect(made.body).toBe(mine[i]!.body);
      expect(made.related.map((a) => a.id)).toEqual(mine[i]!.related.map((a) => a.id));
      // The page gets the records themselves, not copies from the worker.
      expect(made.related.every((a) => byId.get(a.id) === a)).toBe(true);
    }
    expect(pool.counts()).toEqual({ fromWorker: articles.length, byPage: 0 });
    expect(warnings).toEqual([]);
  });

  it('leaves an unannounced or skipped page to make its own', async () => {
    const at100 = articles[100]!;
    const expected = await inPage(at100.id);
    pool = createArticlePool();
    openArticleService(pool);
    announceArticles(site);
    expect(pool.take('not-announced')).toBeNull();
    // Pages 0-99 restored from the cache: the first page rendered is page 100.
    expect(await articleParts(at100, site)).toEqual(expected);
    expect(pool.counts()).toEqual({ fromWorker: 1, byPage: 0 });
    // A page taken twice (it does not happen in a build) makes the second one itself.
    expect(pool.take(at100.id)).toBeNull();
    expect(pool.counts()).toEqual({ fromWorker: 1, byPage: 1 });
  });
});
