/**
 * The public JSON export: every record as the schema declares it, plus its URL.
 */
import type { Article } from '../schema/article.ts';
import { sortChronological } from './articles.ts';
import { absoluteUrl, articlePath } from './urls.ts';

export interface ExportedArticle extends Article {
  url: string;
  /** The original web address, when the source was a web page (the record's `url`). */
  sourceUrl: string | null;
}

export interface ArticlesExport {
  site: { name: string; url: string };
  count: number;
  articles: ExportedArticle[];
}

/** Records oldest first, each with its page URL; the record's own `url` (the source page) moves to `sourceUrl`. */
export function buildArticlesExport(articles: readonly Article[], site: { name: string; url: string }): ArticlesExport {
  return {
    site: { name: site.name, url: absoluteUrl('/', site.url) },
    count: articles.length,
    articles: sortChronological(articles).map((a) => ({ ...a, sourceUrl: a.url, url: absoluteUrl(articlePath(a.id), site.url) })),
  };
}
