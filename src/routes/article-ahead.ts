/**
 * How an article page gets its body and related articles. During a build they are made a
 * little ahead of the pages on a worker thread (./article-ahead-pool.ts), so the main thread,
 * which renders every page in turn, only picks them up; anywhere else (dev server, tests, a
 * page the build did not announce, a worker that stopped) the page makes them here, with the
 * same functions (./article-parts.ts). Pages render in a module graph apart from the config's
 * integrations, so the two meet on a global that only a build opens (as the QR codes do).
 */
import { entityLinkOptions } from '../markdown/entity-links.ts';
import { toTraditional } from '../pipeline/script.ts';
import type { Article } from '../schema/article.ts';
import type { AheadPool } from '../utils/ahead-pool.ts';
import type { EntityIndex } from '../utils/entities.ts';
import { articlePeople } from '../utils/person-names.ts';
import { articleBody, relatables, RELATED_SHOWN, type ArticleJob, type ArticleParts } from './article-parts.ts';
import type { SiteData } from './load-site.ts';

const SERVICE = Symbol.for('tianjin-news.article-ahead');

export type ArticleService = Pick<AheadPool<ArticleJob, ArticleParts>, 'announce' | 'take'>;

const global = globalThis as Record<symbol, ArticleService | undefined>;

/** Called by the integration when a build starts. */
export function openArticleService(service: ArticleService): void {
  global[SERVICE] = service;
}

export function closeArticleService(): void {
  global[SERVICE] = undefined;
}

/** What the article's body is made from: its paragraphs, dateline, entity links and people's names. */
function articleJob(article: Article, entities: EntityIndex): ArticleJob {
  return {
    id: article.id,
    paragraphs: article.paragraphs,
    options: {
      dateline: article.dateline,
      links: entityLinkOptions(article, entities, article.script === 'hant' ? toTraditional : undefined),
      // People's names keep their characters in the 繁 view (于春津 is not 於春津).
      names: articlePeople(article),
    },
  };
}

/** Tells a running build which article pages come, in order (`site.articles`); does nothing elsewhere. */
export function announceArticles(site: Pick<SiteData, 'articles' | 'byId' | 'entities'>): void {
  global[SERVICE]?.announce(
    site.articles.map((a) => a.id),
    (id) => articleJob(site.byId.get(id)!, site.entities),
    relatables(site.articles),
  );
}

/** The article's body as HTML and its related articles, most related first. */
export async function articleParts(article: Article, site: Pick<SiteData, 'byId' | 'entities' | 'related'>): Promise<{ body: string; related: Article[] }> {
  const made = await global[SERVICE]?.take(article.id);
  if (made) return { body: made.body, related: made.related.map((id) => site.byId.get(id)!) };
  return { body: articleBody(articleJob(article, site.entities)), related: site.related(article, RELATED_SHOWN).map((r) => r.article) };
}
