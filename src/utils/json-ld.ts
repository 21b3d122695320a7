/**
 * Structured data for search engines and link previews. Built as plain objects,
 * serialised so that no input text can close the surrounding <script> element.
 */
import type { Article } from '../schema/article.ts';
import { displayTitle, excerpt } from './articles.ts';

export interface JsonLdContext {
  /** Absolute URL of the article page. */
  url: string;
  siteName: string;
  siteUrl: string;
}

export function newsArticleJsonLd(article: Article, ctx: JsonLdContext): Record<string, unknown> {
  const tagNames = [...article.tags.projects, ...article.tags.districts, ...article.tags.industries].map((t) => t.name);
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: displayTitle(article),
    url: ctx.url,
    mainEntityOfPage: ctx.url,
    inLanguage: article.script === 'hant' ? 'zh-Hant' : 'zh-CN',
    description: excerpt(article, 120),
    publisher: { '@type': 'Organization', name: ctx.siteName, url: ctx.siteUrl },
  };
  const alternative = [article.kicker, article.subtitle].filter(Boolean).join(' ');
  if (alternative) data.alternativeHeadline = alternative;
  if (article.published) data.datePublished = article.published;
  if (article.reporters.length) data.author = article.reporters.map((name) => ({ '@type': 'Person', name }));
  if (article.source) data.sourceOrganization = { '@type': 'Organization', name: article.source };
  if (article.column) data.articleSection = article.column;
  if (article.url) data.isBasedOn = article.url;
  if (tagNames.length) {
    data.keywords = tagNames.join(',');
    data.about = tagNames.map((name) => ({ '@type': 'Thing', name }));
  }
  return data;
}

/**
 * JSON for an inline <script>: `<`, `>` and `&` become \u escapes (so "</script>" and
 * "<!--" cannot appear), and U+2028/U+2029 too, which old JavaScript parsers reject.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
