/**
 * The public JSON export: every record as the schema declares it, plus its URL,
 * one file per month of publication (undated records in their own file) so that no
 * file grows with the archive, and an index at /data/articles.json naming the parts.
 */
import type { Article } from '../schema/article.ts';
import { sortChronological } from './articles.ts';
import { absoluteUrl, articlePath } from './urls.ts';
import { compareDatesNullLast } from '../lib/compare.ts';

export interface ExportedArticle extends Article {
  url: string;
  /** The original web address, when the source was a web page (the record's `url`). */
  sourceUrl: string | null;
}

export interface ArticlesExport {
  site: { name: string; url: string };
  /** YYYY-MM, or "undated". */
  part: string;
  count: number;
  articles: ExportedArticle[];
}

export interface ExportIndex {
  site: { name: string; url: string };
  count: number;
  /** Oldest first; undated last. */
  parts: { part: string; count: number; url: string }[];
}

export const EXPORT_INDEX_PATH = '/data/articles.json';
const UNDATED_PART = 'undated';

/** The part an article is exported in: its month of publication. */
const exportPart = (article: Article): string => article.published?.slice(0, 7) ?? UNDATED_PART;
export const exportPartPath = (part: string): string => `/data/articles/${part}.json`;

/** Articles by part, parts in order (months ascending, undated last). */
export function exportParts(articles: readonly Article[]): Map<string, Article[]> {
  const parts = new Map<string, Article[]>();
  for (const article of sortChronological(articles)) {
    const part = exportPart(article);
    const list = parts.get(part) ?? [];
    list.push(article);
    parts.set(part, list);
  }
  const order = [...parts.keys()].sort((a, b) => compareDatesNullLast(a === UNDATED_PART ? null : a, b === UNDATED_PART ? null : b));
  return new Map(order.map((part) => [part, parts.get(part)!]));
}

const siteInfo = (site: { name: string; url: string }) => ({ name: site.name, url: absoluteUrl('/', site.url) });

export function buildExportIndex(articles: readonly Article[], site: { name: string; url: string }): ExportIndex {
  return {
    site: siteInfo(site),
    count: articles.length,
    parts: [...exportParts(articles)].map(([part, list]) => ({ part, count: list.length, url: absoluteUrl(exportPartPath(part), site.url) })),
  };
}

/** One part's records oldest first, each with its page URL; the record's own `url` (the source page) moves to `sourceUrl`. */
export function buildArticlesExport(part: string, articles: readonly Article[], site: { name: string; url: string }): ArticlesExport {
  return {
    site: siteInfo(site),
    part,
    count: articles.length,
    articles: sortChronological(articles).map((a) => ({ ...a, sourceUrl: a.url, url: absoluteUrl(articlePath(a.id), site.url) })),
  };
}

/** Every exported record, read through the index (for tests and scripts over a built site): `read` gets a site path. */
export function readArticlesExport(read: (path: string) => string): ExportedArticle[] {
  const index = JSON.parse(read(EXPORT_INDEX_PATH)) as ExportIndex;
  return index.parts.flatMap((p) => (JSON.parse(read(new URL(p.url).pathname)) as ArticlesExport).articles);
}
