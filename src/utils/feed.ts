/**
 * RSS items for the site feed and the entity feeds. @astrojs/rss escapes the text;
 * we only choose what goes in.
 */
import type { RSSFeedItem } from '@astrojs/rss';
import type { Article } from '../schema/article.ts';
import { compareNewestFirst, displayTitle, excerpt } from './articles.ts';
import { feedDate } from './dates.ts';
import { absoluteUrl, articlePath } from './urls.ts';

/** How many items a feed carries: enough for a reader who checks weekly. */
export const FEED_LENGTH = 50;

export function feedItem(article: Article, siteUrl: string): RSSFeedItem {
  const categories = [...article.tags.projects, ...article.tags.districts, ...article.tags.industries].map((t) => t.name);
  const item: RSSFeedItem = {
    title: displayTitle(article),
    link: absoluteUrl(articlePath(article.id), siteUrl),
    description: excerpt(article, 200),
    categories: [...new Set(categories)].sort(),
  };
  if (article.published) item.pubDate = feedDate(article.published);
  return item;
}

/** Newest first, capped, for a feed. */
export function feedItems(articles: readonly Article[], siteUrl: string, limit: number = FEED_LENGTH): RSSFeedItem[] {
  return [...articles].sort(compareNewestFirst).slice(0, limit).map((a) => feedItem(a, siteUrl));
}
