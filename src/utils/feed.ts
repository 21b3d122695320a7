/**
 * RSS items for the site feed and the entity feeds. A description is HTML inside XML (readers render
 * it as HTML), so its text is escaped for HTML here and @astrojs/rss escapes that for XML. Titles are
 * plain text in RSS and are escaped once, by @astrojs/rss.
 */
import type { RSSFeedItem } from '@astrojs/rss';
import type { Article } from '../schema/article.ts';
import { compareNewestFirst, displayTitle, excerpt } from './articles.ts';
import { feedDate } from './dates.ts';
import { absoluteUrl, articlePath } from './urls.ts';

/** How many items a feed carries: enough for a reader who checks weekly. */
const FEED_LENGTH = 50;

export function feedItem(article: Article, siteUrl: string): RSSFeedItem {
  const categories = [...article.tags.projects, ...article.tags.districts, ...article.tags.industries].map((t) => t.name);
  const item: RSSFeedItem = {
    title: displayTitle(article),
    link: absoluteUrl(articlePath(article.id), siteUrl),
    description: escapeHtml(excerpt(article, 200)),
    categories: [...new Set(categories)].sort(),
  };
  if (article.published) item.pubDate = feedDate(article.published);
  return item;
}

/** Newest first, capped, for a feed. */
export function feedItems(articles: readonly Article[], siteUrl: string, limit: number = FEED_LENGTH): RSSFeedItem[] {
  return [...articles].sort(compareNewestFirst).slice(0, limit).map((a) => feedItem(a, siteUrl));
}

/** Text as HTML text: every character that could start markup or an entity. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
